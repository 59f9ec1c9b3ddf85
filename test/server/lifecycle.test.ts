/** Graceful shutdown in-process: it waits for turns even when their caller hung up, and gives up at the timeout. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { manageLifecycle, WorkTracker } from '../../src/http/lifecycle';

const silent = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const serve = async (handler: http.RequestListener) => {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
};

const fire = (port: number) => {
  const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/' });
  req.on('error', () => undefined);
  req.end('x');
  return req;
};

test('a turn whose caller hung up is still waited for; then the exit code is 0', async () => {
  const work = new WorkTracker();
  let written = false;
  const { server, port } = await serve((_req, res) => {
    void work.run(async () => {
      await sleep(300);
      written = true;
    }).then(() => res.end('done'));
  });
  const lines: string[] = [];
  const lifecycle = manageLifecycle(server, { logger: silent, work, timeoutMs: 5000, print: (l) => lines.push(l) });
  const req = fire(port);
  await sleep(50);
  req.destroy();
  await sleep(20);
  expect(work.count).toBe(1);
  const code = await lifecycle.shutdown('Received SIGTERM');
  expect(code).toBe(0);
  expect(written).toBe(true);
  expect(lines).toEqual(['Received SIGTERM: finishing 1 request in flight, then stopping.', 'Stopped.']);
});

test('a request that never ends is cut at the timeout, and the exit code is 1', async () => {
  const work = new WorkTracker();
  const { server, port } = await serve(() => undefined);
  const lines: string[] = [];
  const lifecycle = manageLifecycle(server, { logger: silent, work, timeoutMs: 200, print: (l) => lines.push(l) });
  fire(port);
  await sleep(50);
  const started = Date.now();
  expect(await lifecycle.shutdown('Received SIGINT')).toBe(1);
  // Cut at its 200 ms timeout rather than left open (a busy machine may still take seconds).
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(lines[lines.length - 1]).toBe('Stopped after 200 ms with requests still open.');
  expect(lifecycle.isShuttingDown()).toBe(true);
});

test('a second shutdown call is the same shutdown', async () => {
  const { server } = await serve((_req, res) => res.end());
  const lifecycle = manageLifecycle(server, { logger: silent, work: new WorkTracker(), timeoutMs: 1000, print: () => undefined });
  const first = lifecycle.shutdown('a');
  expect(lifecycle.shutdown('b')).toBe(first);
  expect(await first).toBe(0);
});
