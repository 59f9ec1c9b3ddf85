/**
 * The browser console's router mounted as the server mounts it, in front of the real console service, turn
 * runner, NLU and a lowdb store in a throwaway directory, listening on 127.0.0.1 on a free port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import pino from 'pino';
import { createConsoleService } from '../../src/console/consoleService';
import { securityHeaders } from '../../src/http/securityHeaders';
import { sharedNlu } from '../../src/nlu/sharedNlu';
import { LowdbUserStore } from '../../src/store';
import { createTurnRunner } from '../../src/turns/turnRunner';
import { createConsoleRouter } from '../../src/web/consoleRouter';

export interface ConsoleApp {
  url: string;
  store: LowdbUserStore;
  close(): Promise<void>;
}

export interface ConsoleAppOptions {
  /** The clock of every turn (the machine's by default). */
  clock?: () => Date;
  guard?: express.RequestHandler;
}

export const startConsoleApp = async (options: ConsoleAppOptions = {}): Promise<ConsoleApp> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'backcoach-web-'));
  const store = new LowdbUserStore(dataDir);
  const logger = pino({ level: 'silent' });
  // Turns still running when the app is closed (a page's request whose connection was cut goes on to write) are waited
  // for before the folder is removed, so none writes into a folder being removed.
  const runner = createTurnRunner({ store, logger });
  const running = new Set<Promise<unknown>>();
  const runTurn: typeof runner = (request) => {
    const turn = runner(request);
    running.add(turn);
    void turn.finally(() => running.delete(turn));
    return turn;
  };
  const service = createConsoleService({
    runTurn,
    nlu: sharedNlu,
    defaultTimeZone: 'America/Chicago',
    clock: options.clock,
    logger,
    vehicle: 'unknown',
  });
  const app = express();
  // The headers the server puts on the page and its API, Content-Security-Policy included, so the page is tested under them.
  app.use(securityHeaders());
  app.use(createConsoleRouter({ console: service, logger, guard: options.guard }));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await Promise.allSettled([...running]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
