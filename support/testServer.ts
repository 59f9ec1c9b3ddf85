/**
 * The HTTP app on a real loopback socket (127.0.0.1, a free port), with a throwaway data directory, a silent
 * logger and a clock the test moves. Dialogflow turns read the clock directly; Alexa turns take their time
 * from the request's timestamp, which the test sets from the same clock.
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Verifier } from 'ask-sdk-express-adapter';
import type { Router } from 'express';
import pino from 'pino';
import { createAlexaSkill } from '../src/alexa/skill';
import { sharedNlu } from '../src/nlu/sharedNlu';
import { createApp } from '../src/http/app';
import type { McpAccess } from '../src/http/mcpRoute';
import { createCoachMcpServer } from '../src/mcp/coachServer';
import type { DialogflowAccess } from '../src/http/dialogflowRoute';
import type { Logger } from '../src/log';
import { LowdbUserStore } from '../src/store';
import type { UserStore } from '../src/store/userStore';
import { createDocumentReader } from '../src/turns/documentReader';
import { createTurnRunner } from '../src/turns/turnRunner';

export const TEST_CREDENTIALS = { user: 'dialogflow', password: 'correct horse battery staple' };

export class TestClock {
  private time: number;
  constructor(start: string) {
    this.time = Date.parse(start);
  }
  now = (): Date => new Date(this.time);
  advanceMinutes(minutes: number): this {
    this.time += minutes * 60_000;
    return this;
  }
  set(iso: string): this {
    this.time = Date.parse(iso);
    return this;
  }
}

export interface TestServerOptions {
  dialogflow?: DialogflowAccess;
  verifyAlexa?: boolean;
  skillId?: string;
  defaultTimeZone?: string;
  clock?: TestClock;
  dataDir?: string;
  logger?: Logger;
  /** The store's longest wait for one user's earlier turns (its default otherwise). */
  storeWaitMs?: number;
  /** The check of Alexa's request signatures (the server's default otherwise). */
  alexaSignatureVerifier?: Verifier;
  /** Where documents are kept (lowdb in `dataDir` otherwise). */
  store?: UserStore;
  /** Who may call /mcp, and the protected-resource metadata with tokens (local mode as the driver MCP_TEST_DRIVER otherwise). */
  mcp?: { access: McpAccess; metadata?: Router };
  /**
   * Seconds of the coach's time per real second while a tool call waits out a count or a rest for a client that asked
   * for progress (MCP_TEST_PACE otherwise: a 60 s rest takes 60 ms).
   */
  mcpPace?: number;
}

/** The driver an assistant talks as on the test server's /mcp. */
export const MCP_TEST_DRIVER = 'mcp:test-driver';
export const MCP_TEST_PACE = 1000;

export interface TestServer {
  url: string;
  dataDir: string;
  store: UserStore;
  clock: TestClock;
  close(): Promise<void>;
}

export const startTestServer = async (options: TestServerOptions = {}): Promise<TestServer> => {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'backcoach-http-'));
  const logger = options.logger ?? pino({ level: 'silent' });
  const store = options.store ?? new LowdbUserStore(dataDir, { waitMs: options.storeWaitMs });
  const clock = options.clock ?? new TestClock('2024-05-06T14:00:00.000Z');
  const defaultTimeZone = options.defaultTimeZone ?? 'America/Chicago';
  const runTurn = createTurnRunner({ store, logger });
  // As the server does at start: no first line spends the turn's budget training the local NLU.
  await sharedNlu();
  const skill = createAlexaSkill({ runTurn, defaultTimeZone, skillId: options.skillId, logger, nlu: sharedNlu });
  const app = createApp({
    runTurn,
    logger,
    skill,
    nlu: sharedNlu,
    defaultTimeZone,
    verifyAlexa: options.verifyAlexa ?? true,
    alexaSignatureVerifier: options.alexaSignatureVerifier,
    dialogflow: options.dialogflow ?? { kind: 'protected', credentials: TEST_CREDENTIALS },
    clock: clock.now,
    mcp: {
      ...(options.mcp ?? { access: { kind: 'local', userId: MCP_TEST_DRIVER } }),
      serverFor: (userId) =>
        Promise.resolve(
          createCoachMcpServer(
          { runTurn, readDocument: createDocumentReader({ store }), defaultTimeZone, logger, clock: clock.now, pace: options.mcpPace ?? MCP_TEST_PACE },
            userId,
          ),
        ),
    },
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  // A test's client shares this process: while it works for seconds on end (the MCP client compiles a validator for
  // every tool's output schema), Node's 5 s keep-alive would close its idle sockets as it picks one up again.
  server.keepAliveTimeout = 60_000;
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    store,
    clock,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

export const basicAuthHeader = (user: string, password: string): string =>
  `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

/** POSTs a body (a string is sent as it is; anything else as JSON). */
export const post = async (url: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
};
