/**
 * lowdb's data directory serves one process: real server processes on one temp directory. A second is refused at
 * start, naming the first one's pid, while the first goes on serving; a lock left by a killed server is taken over;
 * a server that stops cleanly removes its lock.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LISTENING, startServerProcess, type ServerProcess } from '../support/serverProcess';

jest.setTimeout(300_000);

let dataDir: string;
const running: ServerProcess[] = [];

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backcoach-lock-'));
});
afterEach(() => {
  running.splice(0).forEach((p) => p.kill());
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const start = (): ServerProcess => {
  const server = startServerProcess({ BACKCOACH_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', BACKCOACH_INSECURE_LOCAL: '1' });
  running.push(server);
  return server;
};

const lockOwner = (): number | null => {
  const file = path.join(dataDir, 'backcoach.lock');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number }).pid : null;
};

test('a second server on the same data directory is refused at start, naming the first, which goes on serving', async () => {
  const first = start();
  const [, url] = await first.waitFor(LISTENING);
  expect(lockOwner()).toBe(first.child.pid);

  const second = start();
  expect((await second.exited).code).toBe(1);
  expect(second.stdout()).not.toMatch(LISTENING);
  expect(second.stderr()).toContain(`The data directory ${path.resolve(dataDir)} is in use by process ${first.child.pid}`);
  expect(second.stderr()).toMatch(/BACKCOACH_STORE=dynamodb to serve from more than one process/);

  expect((await fetch(`${url}/healthz`)).status).toBe(200);
  expect(lockOwner()).toBe(first.child.pid);
});

test("a lock left by a killed server is taken over; a server that stops cleanly removes its own", async () => {
  const killed = start();
  await killed.waitFor(LISTENING);
  killed.child.kill('SIGKILL');
  await killed.exited;
  expect(lockOwner()).toBe(killed.child.pid);

  const next = start();
  const [, url] = await next.waitFor(LISTENING);
  expect(lockOwner()).toBe(next.child.pid);
  expect((await fetch(`${url}/healthz`)).status).toBe(200);

  next.child.kill('SIGTERM');
  expect(await next.exited).toEqual({ code: 0, signal: null });
  expect(lockOwner()).toBeNull();
});
