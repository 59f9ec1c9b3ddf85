/**
 * The Dialogflow webhook under load on loopback, against two floors in the same run: the fair floor
 * (bench/servers/fairFloor.ts: Express, JSON, a per-user queue, and the same lowdb read and atomic write of the coach's
 * own document after the same turn) and, for reference, a bare Express app answering fixed JSON. Each
 * server runs in its own process, the coach started the way it is deployed (`npm run serve`: scripts/start.mjs runs the
 * bundled server, dist/server.js, in production mode: basic auth on, LOG_LEVEL=silent, the lowdb store in a temporary
 * folder), and the floors bundled the same way (esbuild, their packages loaded from node_modules) into a temporary
 * folder and run by plain Node, so no server pays for compiling TypeScript or for tsx's hooks; autocannon drives it from this process with
 * 50 connections. Every request is a real webhook request of some user's scripted session (bench/workoutScript.ts)
 * with the basic-auth header; a user has at most one request in flight, and a user who finishes the script is
 * replaced by a new one. A short run first warms each server up and is not counted; then the three take turns, a few
 * seconds each, for several rounds (the order turning every round), and the figures are the medians of the rounds'
 * ratios with their spread, so a machine that gets busier or quieter meanwhile touches all three alike.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { build } from 'esbuild';
import type { CoachEvent } from '../src/core/events';
import { figure, median, medianWithSpread, ms, printFigure, type Figure } from './report';
import { dialogflowRequest, workoutScript } from './workoutScript';

const CONNECTIONS = 50;
const USERS_AT_ONCE = 500;
const WARMUP_SECONDS = 5;
const SECONDS = 3;
const ROUNDS = 7;
const THROUGHPUT_TARGET = 0.8;
const CPU_TARGET = 1.3;
/** Dialogflow gives a webhook 5 s to answer. */
const DEADLINE_MS = 5000;
const ROOT = path.resolve(__dirname, '..');
const CREDENTIALS = { user: 'bench', password: 'bench-webhook-password' };
const AUTHORIZATION = `Basic ${Buffer.from(`${CREDENTIALS.user}:${CREDENTIALS.password}`).toString('base64')}`;

interface Server {
  url: string;
  process: ChildProcess;
}

/** A floor's TypeScript entry point bundled as the server is (scripts/build-server.mjs), into `dir`: its JavaScript file. */
const bundled = async (entry: string, dir: string): Promise<string> => {
  const outfile = path.join(dir, `${path.basename(entry, '.ts')}.js`);
  await build({ absWorkingDir: ROOT, entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', minify: true, logLevel: 'warning' });
  return outfile;
};

/** Starts a JavaScript file with plain Node and waits for the URL it prints. */
const startServer = (entry: string, env: NodeJS.ProcessEnv): Promise<Server> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
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

/** Numbers each set of users, so no two sets share a user id. */
let userSets = 0;

/**
 * Hands each request the next turn of a user with nothing in flight; a user who is done is replaced by a new one. Each
 * set of users (each warm-up and each round of each server) has ids of its own: a user id used again would start the
 * script over on a document already stored, the coach answering requests it remembers (the same ids) from memory with
 * nothing written, and the floor writing the longer documents of later turns.
 */
class Users {
  private readonly ready: { id: number; turn: number }[] = [];
  private next = 0;
  private readonly set = userSets++;
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
        const id = `bench-user-${this.set}-${user.id}`;
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

/** One server's figures in one round, printed as they come. */
const measureRound = async (label: string, server: Server, script: readonly CoachEvent[], seconds: number): Promise<Load> => {
  const result = await load(server, new Users(script), seconds);
  const cpu = result.cpuMsPerRequest === null ? '' : `, CPU ${ms(result.cpuMsPerRequest, 2)} a request`;
  console.log(
    `    ${label.padEnd(16)} ${result.requestsPerSecond.toFixed(0).padStart(6)} requests/s, p50 ${ms(result.p50, 0)}, p99 ${ms(result.p99, 0)},` +
      ` max ${ms(result.max, 0)}; ${result.total} requests, ${result.failed} failed${cpu}`,
  );
  if (result.failed) throw new Error(`${result.failed} requests to the ${label} failed under load`);
  return result;
};

interface StoredTurn {
  /** The coach's document after the turn, as its store wrote it. */
  document: unknown;
  /** The length of the coach's file then, in bytes. */
  bytes: number;
}

/**
 * The coach's stored document after each turn of the script, for the fair floor to write the same documents: one user
 * taken through the whole script, one request at a time, before any load.
 */
const documentsAfterEachTurn = async (server: Server, dataDir: string, script: readonly CoachEvent[]): Promise<StoredTurn[]> => {
  const usersDir = path.join(dataDir, 'users');
  const stored: StoredTurn[] = [];
  for (const [turn, event] of script.entries()) {
    const answer = await fetch(`${server.url}/dialogflow`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: AUTHORIZATION },
      body: dialogflowRequest('bench-sizing-user', 'bench-sizing-session', event, `bench-sizing-${turn}`),
    });
    if (answer.status !== 200) throw new Error(`the coach answered the sizing user's turn ${turn} with ${answer.status}: ${await answer.text()}`);
    const files = (await readdir(usersDir)).filter((name) => name.endsWith('.json'));
    if (files.length !== 1) throw new Error(`expected the sizing user's file alone in ${usersDir}, found ${files.length}`);
    const text = await readFile(path.join(usersDir, files[0]!));
    stored.push({ document: (JSON.parse(text.toString('utf8')) as { document: unknown }).document, bytes: text.length });
  }
  await rm(usersDir, { recursive: true, force: true });
  return stored;
};

/** Waits until the coach's local NLU has loaded in its worker, so its loading does not count against the first round. */
const nluReady = async (server: Server): Promise<void> => {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { nlu?: string };
    if (health.nlu !== 'loading') return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the coach\'s local NLU did not load within 120 s');
};

interface Contender {
  label: string;
  server: Server;
  rounds: Load[];
}

const ratioText = (x: number): string => `${x.toFixed(2)}x`;

export async function run(): Promise<Figure[]> {
  const script = workoutScript();
  const coachDir = await mkdtemp(path.join(os.tmpdir(), 'backcoach-bench-webhook-'));
  const floorDir = await mkdtemp(path.join(os.tmpdir(), 'backcoach-bench-floor-'));
  const servers: Server[] = [];
  try {
    const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production' };
    const coachServer = await startServer('scripts/start.mjs', {
      ...base,
      HOST: '127.0.0.1',
      PORT: '0',
      BACKCOACH_DATA_DIR: coachDir,
      DIALOGFLOW_WEBHOOK_USER: CREDENTIALS.user,
      DIALOGFLOW_WEBHOOK_PASSWORD: CREDENTIALS.password,
      BACKCOACH_DEFAULT_TIME_ZONE: 'America/Chicago',
      LOG_LEVEL: 'silent',
    });
    servers.push(coachServer);
    await nluReady(coachServer);
    const stored = await documentsAfterEachTurn(coachServer, coachDir, script);
    const sizes = stored.map((turn) => turn.bytes);
    const documentsFile = path.join(floorDir, 'documents.json');
    await writeFile(documentsFile, JSON.stringify(stored.map((turn) => turn.document)));
    // The floors' bundles, in the temporary folder, find their packages where the coach's do.
    const floorBase = { ...base, NODE_PATH: path.join(ROOT, 'node_modules') };
    const fairServer = await startServer(await bundled('bench/servers/fairFloor.ts', floorDir), { ...floorBase, BENCH_DATA_DIR: floorDir, BENCH_DOCUMENTS: documentsFile });
    servers.push(fairServer);
    const bareServer = await startServer(await bundled('bench/servers/bareExpress.ts', floorDir), floorBase);
    servers.push(bareServer);
    const contenders: Contender[] = [
      { label: 'coach webhook', server: coachServer, rounds: [] },
      { label: 'fair floor', server: fairServer, rounds: [] },
      { label: 'bare Express', server: bareServer, rounds: [] },
    ];
    const [coach, fair, bare] = contenders as [Contender, Contender, Contender];
    console.log(
      `  ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${SECONDS} s for each server after ${WARMUP_SECONDS} s of warm-up, ${USERS_AT_ONCE} users at a time,` +
        ` ${script.length} turns a user; the coach's document grows from ${sizes[0]} to ${sizes[sizes.length - 1]} bytes over the script:`,
    );
    for (const contender of contenders) await load(contender.server, new Users(script), WARMUP_SECONDS);
    for (let round = 0; round < ROUNDS; round++) {
      console.log(`  round ${round + 1} of ${ROUNDS}:`);
      // The order turns each round, so no server always follows the same one.
      for (let i = 0; i < contenders.length; i++) {
        const contender = contenders[(round + i) % contenders.length]!;
        contender.rounds.push(await measureRound(contender.label, contender.server, script, SECONDS));
      }
    }
    const paired = (a: Contender, b: Contender, of: (l: Load) => number | null): number[] =>
      a.rounds.map((l, i) => {
        const x = of(l);
        const y = of(b.rounds[i]!);
        return x === null || y === null ? Number.NaN : x / y;
      }).filter((r) => Number.isFinite(r));
    const rps = (l: Load): number => l.requestsPerSecond;
    const cpu = (l: Load): number | null => l.cpuMsPerRequest;
    const throughputFair = medianWithSpread(paired(coach, fair, rps), ratioText, 'rounds');
    const cpuFair = medianWithSpread(paired(coach, fair, cpu), ratioText, 'rounds');
    const throughputBare = medianWithSpread(paired(coach, bare, rps), ratioText, 'rounds');
    const cpuBare = medianWithSpread(paired(coach, bare, cpu), ratioText, 'rounds');
    const medianOf = (c: Contender, of: (l: Load) => number | null): number => median(c.rounds.map(of).filter((x): x is number => x !== null));
    const p99 = Math.max(...coach.rounds.map((l) => l.p99));
    console.log(
      `  medians: coach ${medianOf(coach, rps).toFixed(0)} requests/s and ${ms(medianOf(coach, cpu), 2)} of CPU a request; fair floor ${medianOf(fair, rps).toFixed(0)} and ` +
        `${ms(medianOf(fair, cpu), 2)}; bare Express ${medianOf(bare, rps).toFixed(0)} and ${ms(medianOf(bare, cpu), 2)}`,
    );
    const figures = [
      figure('webhook requests/s, coach / fair floor', throughputFair.text, `at least ${THROUGHPUT_TARGET}x`, throughputFair.median >= THROUGHPUT_TARGET),
      figure('webhook CPU a request, coach / fair floor', cpuFair.text, `at most ${CPU_TARGET}x`, cpuFair.median <= CPU_TARGET),
      figure('webhook requests/s, coach / bare Express', throughputBare.text, 'for reference', null),
      figure('webhook CPU a request, coach / bare Express', cpuBare.text, 'for reference', null),
      figure('webhook p99 latency, coach (worst round)', ms(p99, 0), `under Dialogflow's ${DEADLINE_MS / 1000} s deadline`, p99 < DEADLINE_MS),
    ];
    figures.forEach(printFigure);
    return figures;
  } finally {
    for (const server of servers) await stopServer(server);
    await rm(coachDir, { recursive: true, force: true });
    await rm(floorDir, { recursive: true, force: true });
  }
}
