/**
 * A crash never loses an acknowledged turn and never leaves a user unreadable. A child process saves turns for
 * many users at once through the real turn runner and lowdb store and prints each acknowledged turn; it is killed
 * with SIGKILL at random moments, many times, and started again on the same data directory. lowdb writes a temp
 * file and renames it over the user's file, so a kill before the rename leaves the old file whole (and a stale temp
 * file, which nobody reads), and a kill after it leaves the new one.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { userDocumentSchema } from '../../src/core/document';
import { LowdbUserStore } from '../../src/store';
import { turnContext } from '../../src/turns/turnContext';
import { createTurnRunner } from '../../src/turns/turnRunner';
import { crashUserId } from '../support/crashWriter';
import { ROOT } from '../support/serverProcess';

const ROUNDS = 12;
const USERS = 12;
/** Longest time the child runs after its first acknowledged turn before it is killed. */
const MAX_RUN_MS = 400;

/** A small seeded generator, so a failing round can be run again. */
const seeded = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

interface Round {
  acked: Map<string, number>;
  failures: string[];
}

/** Starts the writer, kills it `runMs` after its first acknowledged turn, and reads what it acknowledged. */
const runUntilKilled = (dataDir: string, runMs: number): Promise<Round> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/crashWriter.ts', dataDir, String(USERS)], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? ROOT },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let killTimer: NodeJS.Timeout | null = null;
    const giveUp = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      killTimer ??= setTimeout(() => child.kill('SIGKILL'), runMs);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    child.once('error', reject);
    child.once('exit', (_code, signal) => {
      clearTimeout(giveUp);
      if (killTimer) clearTimeout(killTimer);
      if (signal !== 'SIGKILL' || !killTimer) {
        reject(new Error(`the writer stopped on its own (${signal ?? 'exit'}):\n${err}`));
        return;
      }
      const acked = new Map<string, number>();
      const failures: string[] = [];
      // Only whole lines: the kill may come in the middle of nothing else.
      for (const line of out.split('\n').slice(0, -1)) {
        const [kind, userId = '', value = ''] = line.split(' ');
        if (kind === 'ack') acked.set(userId, Math.max(acked.get(userId) ?? 0, Number(value)));
        else failures.push(line);
      }
      resolve({ acked, failures });
    });
  });

test(`${ROUNDS} kills at random moments lose no acknowledged turn and leave every user readable`, async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backcoach-crash-'));
  const random = seeded(7);
  const lastAcked = new Map<string, number>();
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      const { acked, failures } = await runUntilKilled(dataDir, Math.floor(random() * MAX_RUN_MS));
      expect(failures).toEqual([]);
      expect(acked.size).toBeGreaterThan(0);
      for (const [userId, turns] of acked) lastAcked.set(userId, Math.max(lastAcked.get(userId) ?? 0, turns));

      // What the next start finds: every acknowledged turn, every user readable.
      const store = new LowdbUserStore(dataDir);
      const lost: string[] = [];
      for (const [userId, turns] of lastAcked) {
        const stored = (await store.get(userId))?.turns ?? 0;
        if (stored < turns) lost.push(`round ${round}: ${userId} acknowledged turn ${turns}, stored ${stored}`);
      }
      expect(lost).toEqual([]);
    }
    expect(lastAcked.size).toBe(USERS);

    const usersDir = path.join(dataDir, 'users');
    for (const file of fs.readdirSync(usersDir).filter((name) => name.endsWith('.json') && !name.startsWith('.'))) {
      const stored = JSON.parse(fs.readFileSync(path.join(usersDir, file), 'utf8')) as { document: unknown };
      expect(userDocumentSchema.safeParse(stored.document).success).toBe(true);
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 120_000);

describe('what a kill between the temp file and the rename leaves', () => {
  const runner = (dataDir: string) => createTurnRunner({ store: new LowdbUserStore(dataDir), logger: pino({ level: 'silent' }) });
  const turn = (dataDir: string, userId: string) =>
    runner(dataDir)({
      userId,
      event: { type: 'launch' },
      locale: 'en-US',
      context: turnContext({ now: '2024-05-06T14:00:00.000Z', deviceTimeZone: null, defaultTimeZone: 'America/Chicago', locale: 'en-US' }),
    });
  const tempFileOf = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.tmp`);

  test.each([
    ['a whole next version', (json: string) => json.replace(/"turns": ?1\b/, '"turns": 2')],
    ['half a next version', (json: string) => json.slice(0, json.length / 2)],
    ['an empty file', () => ''],
  ])('a stale temp file holding %s beside the user\'s file: the user reads as before, and the next turn goes through', async (_name, tempContent) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backcoach-crash-temp-'));
    try {
      const userId = crashUserId(0);
      expect((await turn(dataDir, userId)).failure).toBeNull();
      const file = new LowdbUserStore(dataDir).fileFor(userId);
      fs.writeFileSync(tempFileOf(file), tempContent(fs.readFileSync(file, 'utf8')));
      expect((await new LowdbUserStore(dataDir).get(userId))?.turns).toBe(1);
      const next = await turn(dataDir, userId);
      expect(next.failure).toBeNull();
      expect(next.document?.turns).toBe(2);
      expect((await new LowdbUserStore(dataDir).get(userId))?.turns).toBe(2);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('a temp file left by a first turn that never got renamed: the user is new, not unreadable', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backcoach-crash-temp-'));
    try {
      const userId = crashUserId(1);
      const file = new LowdbUserStore(dataDir).fileFor(userId);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(tempFileOf(file), '{"version":1,"docu');
      expect(await new LowdbUserStore(dataDir).get(userId)).toBeNull();
      expect((await turn(dataDir, userId)).document?.turns).toBe(1);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
