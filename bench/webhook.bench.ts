/**
 * The Dialogflow webhook's latency over HTTP on loopback, against Dialogflow's 5 s deadline: the real app
 * (basic auth, JSON parsing, the coach, the lowdb store writing one file per turn) answering the turns of
 * 20 users going through first use, the baseline test and the first workout sets. Measured one request at a
 * time, then 10 at a time.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { createAlexaSkill } from '../src/alexa/skill';
import { createApp } from '../src/http/app';
import { LowdbUserStore } from '../src/store/lowdbUserStore';
import { createTurnRunner } from '../src/turns/turnRunner';

const USERS = 20;
const SAMPLES = 200;
const WARMUP = 20;
const CREDENTIALS = { user: 'bench', password: 'bench-password' };
const AUTHORIZATION = `Basic ${Buffer.from(`${CREDENTIALS.user}:${CREDENTIALS.password}`).toString('base64')}`;

/** One user's turns, as Dialogflow would send them after matching each phrase. */
const SCRIPT: [string, Record<string, unknown>][] = [
  ['Default Welcome Intent', {}],
  ['YesIntent', {}],
  ['SideIntent', { side: 'left' }],
  ['WeightIntent', { weight: 25, unit: 'lb' }],
  ['ReadyIntent', {}],
  ['CountIntent', { count: 10 }],
  ['CountIntent', { count: 13 }],
  ['YesIntent', {}],
  ['ReadyIntent', {}],
  ['CountIntent', { count: 11 }],
  ['HelpIntent', {}],
  ['CountIntent', { count: 11 }],
  ['ProgressIntent', {}],
  ['CountIntent', { count: 12 }],
];

const body = (user: number, turn: number): string => {
  const [intent, parameters] = SCRIPT[turn % SCRIPT.length] ?? ['AMAZON.HelpIntent', {}];
  return JSON.stringify({
    responseId: `bench-${user}-${turn}`,
    session: `projects/backcoach-bench/agent/sessions/user-${user}-${Math.floor(turn / SCRIPT.length)}`,
    queryResult: {
      queryText: intent,
      languageCode: 'en',
      parameters,
      allRequiredParamsPresent: true,
      intent: { name: 'projects/backcoach-bench/agent/intents/x', displayName: intent },
      intentDetectionConfidence: 1,
    },
    originalDetectIntentRequest: { source: 'DIALOGFLOW_CONSOLE', payload: {} },
  });
};

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;

const report = (label: string, times: number[]): void => {
  const sorted = [...times].sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(
    `${label.padEnd(22)} n=${sorted.length}  p50 ${fmt(percentile(sorted, 50))}  p95 ${fmt(percentile(sorted, 95))}  p99 ${fmt(percentile(sorted, 99))}  max ${fmt(sorted[sorted.length - 1] ?? Number.NaN)}`,
  );
};

export async function run(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'backcoach-webhook-bench-'));
  const logger = pino({ level: 'silent' });
  const runTurn = createTurnRunner({ store: new LowdbUserStore(dataDir), logger });
  const app = createApp({
    runTurn,
    logger,
    skill: createAlexaSkill({ runTurn, defaultTimeZone: 'America/Chicago', logger }),
    defaultTimeZone: 'America/Chicago',
    verifyAlexa: true,
    dialogflow: { kind: 'protected', credentials: CREDENTIALS },
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/dialogflow`;
  const turns = new Array<number>(USERS).fill(0);

  const call = async (user: number): Promise<number> => {
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: AUTHORIZATION },
      body: body(user, (turns[user] = (turns[user] ?? 0) + 1) - 1),
    });
    const json = (await response.json()) as { fulfillmentText?: string };
    if (response.status !== 200 || !json.fulfillmentText) throw new Error(`webhook answered ${response.status}`);
    return performance.now() - started;
  };

  try {
    for (let i = 0; i < WARMUP; i++) await call(i % USERS);

    const sequential: number[] = [];
    for (let i = 0; i < SAMPLES; i++) sequential.push(await call(i % USERS));
    report('one at a time', sequential);

    const concurrent: number[] = [];
    for (let i = 0; i < SAMPLES; i += 10) {
      const batch = await Promise.all(Array.from({ length: 10 }, (_, k) => call((i + k) % USERS)));
      concurrent.push(...batch);
    }
    report('10 at a time', concurrent);
    console.log("Dialogflow's webhook deadline: 5000 ms.");
  } finally {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await rm(dataDir, { recursive: true, force: true });
  }
}
