/**
 * The Dialogflow webhook under load on loopback, next to a bare Express app answering fixed JSON, in the same run.
 * Each server runs in its own process, started the way it is deployed (`src/server.ts` in production mode: basic
 * auth on, LOG_LEVEL=silent, the lowdb store in a temporary folder); autocannon drives it from this process with
 * 50 connections. Every request is a real webhook request of some user's scripted session (bench/workoutScript.ts)
 * with the basic-auth header; a user has at most one request in flight, and a user who finishes the script is
 * replaced by a new one. A short run first warms each server up and is not counted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import type { CoachEvent } from '../src/core/events';
import { figure, ms, printFigure, type Figure } from './report';
import { dialogflowRequest, workoutScript } from './workoutScript';

const CONNECTIONS = 50;
const USERS_AT_ONCE = 500;
const WARMUP_SECONDS = 3;
const SECONDS = 10;
/** Dialogflow gives a webhook 5 s to answer. */
const DEADLINE_MS = 5000;
const ROOT = path.resolve(__dirname, '..');
const CREDENTIALS = { user: 'bench', password: 'bench-webhook-password' };
const AUTHORIZATION = `Basic ${Buffer.from(`${CREDENTIALS.user}:${CREDENTIALS.password}`).toString('base64')}`;

interface Server {
  url: string;
  process: ChildProcess;
}

/** Starts a TypeScript entry point under tsx and waits for the URL it prints. */
const startServer = (entry: string, env: NodeJS.ProcessEnv): Promise<Server> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${entry} did not say where it listens within 30 s:\n${out}`));
    }, 30_000);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      const url = /listening on (https?:\/\/\S+)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, process: child });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited with ${code}:\n${out}`));
    });
  });

const stopServer = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    if (server.process.exitCode !== null) return resolve();
    server.process.once('exit', () => resolve());
    server.process.kill('SIGTERM');
  });

/** Hands each request the next turn of a user with nothing in flight; a user who is done is replaced by a new one. */
class Users {
  private readonly ready: { id: number; turn: number }[] = [];
  private next = 0;
  bad = 0;

  constructor(private readonly script: readonly CoachEvent[]) {
    for (let i = 0; i < USERS_AT_ONCE; i++) this.ready.push({ id: this.next++, turn: 0 });
  }

  request(): autocannon.Request {
    return {
      method: 'POST',
      path: '/dialogflow',
      headers: { 'content-type': 'application/json', authorization: AUTHORIZATION },
      setupRequest: (request, context) => {
        const user = this.ready.shift() ?? { id: this.next++, turn: 0 };
        context.user = user;
        const event = this.script[user.turn]!;
        const id = `bench-user-${user.id}`;
        return { ...request, body: dialogflowRequest(id, `${id}-session`, event, `${id}-${user.turn}`) };
      },
      onResponse: (status, body, context) => {
        if (status !== 200 || !body.includes('"fulfillmentText"')) this.bad++;
        const user = context.user as { id: number; turn: number };
        user.turn++;
        this.ready.push(user.turn < this.script.length ? user : { id: this.next++, turn: 0 });
      },
    };
  }
}

/** CPU time (user and system, all threads) a process has used so far, in ms; null where /proc is not there. */
const cpuMsOf = (pid: number | undefined): number | null => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [utime = 0, stime = 0] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 13).map(Number);
    // USER_HZ: 100 ticks a second on Linux.
    return (utime + stime) * 10;
  } catch {
    return null;
  }
};

interface Load {
  requestsPerSecond: number;
  /** The server's CPU time per answered request (its main thread and libuv's threads), when known. */
  cpuMsPerRequest: number | null;
  p50: number;
  p99: number;
  max: number;
  total: number;
  failed: number;
}

const load = async (server: Server, users: Users, seconds: number): Promise<Load> => {
  const cpuBefore = cpuMsOf(server.process.pid);
  const result = await autocannon({ url: `${server.url}/dialogflow`, connections: CONNECTIONS, duration: seconds, timeout: 10, requests: [users.request()] });
  const cpuAfter = cpuMsOf(server.process.pid);
  return {
    requestsPerSecond: result.requests.average,
    cpuMsPerRequest: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / Math.max(1, result.requests.total),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    total: result.requests.total,
    failed: result.errors + result.timeouts + result.non2xx + users.bad,
  };
};

const measure = async (label: string, entry: string, env: NodeJS.ProcessEnv, script: readonly CoachEvent[]): Promise<Load> => {
  const server = await startServer(entry, env);
  try {
    await load(server, new Users(script), WARMUP_SECONDS);
    const result = await load(server, new Users(script), SECONDS);
    const cpu = result.cpuMsPerRequest === null ? '' : `, server CPU ${ms(result.cpuMsPerRequest, 2)} a request`;
    console.log(
      `  ${label.padEnd(18)} ${result.requestsPerSecond.toFixed(0).padStart(6)} requests/s, latency p50 ${ms(result.p50, 0)}, p99 ${ms(result.p99, 0)},` +
        ` max ${ms(result.max, 0)}; ${result.total} requests, ${result.failed} failed${cpu}`,
    );
    return result;
  } finally {
    await stopServer(server);
  }
};

export async function run(): Promise<Figure[]> {
  const script = workoutScript();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'backcoach-bench-webhook-'));
  try {
    const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production' };
    console.log(`  ${CONNECTIONS} connections, ${SECONDS} s each after ${WARMUP_SECONDS} s of warm-up, ${USERS_AT_ONCE} users at a time, ${script.length} turns a user:`);
    const coach = await measure(
      'coach webhook',
      'src/server.ts',
      {
        ...base,
        HOST: '127.0.0.1',
        PORT: '0',
        BACKCOACH_DATA_DIR: dataDir,
        DIALOGFLOW_WEBHOOK_USER: CREDENTIALS.user,
        DIALOGFLOW_WEBHOOK_PASSWORD: CREDENTIALS.password,
        BACKCOACH_DEFAULT_TIME_ZONE: 'America/Chicago',
        LOG_LEVEL: 'silent',
      },
      script,
    );
    const bare = await measure('bare Express app', 'bench/servers/bareExpress.ts', base, script);
    if (coach.failed || bare.failed) throw new Error(`requests failed under load: coach ${coach.failed}, bare ${bare.failed}`);
    const figures = [
      figure(
        'webhook under load: requests/s, coach vs bare',
        `${coach.requestsPerSecond.toFixed(0)} vs ${bare.requestsPerSecond.toFixed(0)} (${((100 * coach.requestsPerSecond) / bare.requestsPerSecond).toFixed(0)}%)`,
        'side by side',
        null,
      ),
      figure(
        'webhook under load: p99 latency, coach vs bare',
        `${ms(coach.p99, 0)} vs ${ms(bare.p99, 0)}`,
        `under Dialogflow's ${DEADLINE_MS / 1000} s deadline`,
        coach.p99 < DEADLINE_MS,
      ),
    ];
    figures.forEach(printFigure);
    return figures;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
