/**
 * Start-up: from spawning the server to the first 200 on GET /healthz, for what `npm start` runs
 * (`node scripts/start.mjs --local`: the bundled server, its NLU loading in a worker) against a bare Express app that
 * answers /healthz, started with `node` the same way. Runs are paired and interleaved, the order inside a pair
 * alternating, and the figure is the median of the pairs' ratios, with their spread. npm's own start (a few hundred
 * milliseconds to run a script) is left out of both.
 *
 * Fairness: both get a free port on loopback and print their address once listening; the coach runs with a fresh
 * temporary data folder, LOG_LEVEL=silent, and the snapshot `npm run build` wrote (the bundle and the snapshot are
 * made fresh by one start before the pairs). Each run is stopped with SIGTERM and waited for before the next.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { figure, median, medianWithSpread, ms, printFigure, type Figure } from './report';

const PAIRS = 15;
const RATIO_TARGET = 2;
const ROOT = path.resolve(__dirname, '..');
const DEADLINE_MS = 60_000;

const BARE_APP = `
const express = require('express');
const app = express();
app.get('/healthz', (_req, res) => res.json({ status: 'ok' }));
const server = app.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
`;

interface Start {
  /** From the spawn to the first 200 on /healthz. */
  ms: number;
  /** What /healthz answered. */
  health: Record<string, unknown>;
}

const URL_PATTERN = /https?:\/\/127\.0\.0\.1:\d+/;

const healthy = async (url: string): Promise<Record<string, unknown> | null> => {
  try {
    const response = await fetch(`${url}/healthz`);
    return response.status === 200 ? ((await response.json()) as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

/** One start: spawn, read the address it prints, ask /healthz until it answers 200, then stop it. */
const startOnce = (args: string[], env: NodeJS.ProcessEnv): Promise<Start> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let polling = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args.join(' ')} did not answer /healthz within ${DEADLINE_MS} ms:\n${out}${err}`));
    }, DEADLINE_MS);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const url = URL_PATTERN.exec(out)?.[0];
      if (!url || polling) return;
      polling = true;
      void (async () => {
        let health = await healthy(url);
        while (!health) health = await healthy(url);
        const elapsed = performance.now() - started;
        clearTimeout(timer);
        child.once('exit', () => resolve({ ms: elapsed, health }));
        child.kill('SIGTERM');
      })();
    });
  });

export async function run(): Promise<Figure[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'backcoach-bench-start-'));
  try {
    const bare = path.join(dir, 'bare-express.js');
    await writeFile(bare, BARE_APP);
    const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, PORT: '0', NODE_PATH: path.join(ROOT, 'node_modules') };
    const coachEnv = { ...base, BACKCOACH_DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'silent' };
    const coachArgs = [path.join(ROOT, 'scripts/start.mjs'), '--local'];

    // Not counted: bundles the server if a source is newer, and warms the disk cache for both.
    await startOnce(coachArgs, coachEnv);
    await startOnce([bare], base);

    const coach: Start[] = [];
    const plain: Start[] = [];
    for (let pair = 0; pair < PAIRS; pair++) {
      if (pair % 2 === 0) {
        coach.push(await startOnce(coachArgs, coachEnv));
        plain.push(await startOnce([bare], base));
      } else {
        plain.push(await startOnce([bare], base));
        coach.push(await startOnce(coachArgs, coachEnv));
      }
    }
    const ratios = coach.map((c, i) => c.ms / (plain[i]?.ms ?? Number.NaN));
    const ratio = medianWithSpread(ratios, (x) => `${x.toFixed(2)}x`);
    const nluLoading = coach.filter((c) => c.health.nlu === 'loading').length;
    console.log(`  ${PAIRS} interleaved pairs, each a new process from spawn to the first 200 on /healthz (medians):`);
    console.log(`    npm start's server ${ms(median(coach.map((c) => c.ms)), 1)}, bare Express ${ms(median(plain.map((p) => p.ms)), 1)}`);
    console.log(`    the coach's /healthz said the NLU was still loading in ${nluLoading} of ${PAIRS} starts (it loads in a worker after listening)`);
    const figures = [figure('npm start to /healthz, coach / bare Express', ratio.text, `at most ${RATIO_TARGET}x`, ratio.median <= RATIO_TARGET)];
    figures.forEach(printFigure);
    return figures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
