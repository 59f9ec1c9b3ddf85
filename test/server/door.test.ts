/**
 * The real server process's door: failed console sign-ins limited per client (a 429 with Retry-After, for the
 * right password too, while another client still gets in), helmet's headers on the page and the APIs (no HSTS over
 * plain HTTP), and a request body trickled a byte at a time cut off by the request deadline, set short here
 * through BACKCOACH_REQUEST_TIMEOUT_MS so the test waits for the server's answer, never for a clock.
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { LISTENING, startServerProcess, type ServerProcess } from '../support/serverProcess';

jest.setTimeout(300_000);

const PASSWORD = 'road-ready-42';
const MAX_FAILURES = 10;

let dataDir: string;
let server: ServerProcess;
let port: number;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backcoach-door-'));
  server = startServerProcess({
    BACKCOACH_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    BACKCOACH_CONSOLE_PASSWORD: PASSWORD,
    DIALOGFLOW_WEBHOOK_USER: 'df',
    DIALOGFLOW_WEBHOOK_PASSWORD: 'df-password',
    BACKCOACH_REQUEST_TIMEOUT_MS: '1000',
  });
  const [, url] = await server.waitFor(LISTENING);
  port = Number(new URL(url!).port);
});

afterAll(() => {
  server.kill();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const basic = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** One request from `from` (another loopback address is another client). */
const request = (method: string, target: string, { from = '127.0.0.1', authorization, body }: { from?: string; authorization?: string; body?: string } = {}): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { ...(authorization ? { authorization } : {}), ...(body ? { 'content-type': 'application/json' } : {}) };
    const req = http.request({ host: '127.0.0.1', port, path: target, method, headers, localAddress: from, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });

const openConsole = (from: string, authorization?: string): Promise<Answer> =>
  request('POST', '/console/api/open', { from, authorization, body: JSON.stringify({ conversationId: `door-${from.replace(/\./g, '-')}` }) });

test('failed console sign-ins are limited per client: 429 with Retry-After, even for the right password, while another client signs in', async () => {
  const attacker = '127.0.0.2';
  // A driver's own sign-ins are never counted against them, however many.
  for (let i = 0; i < MAX_FAILURES + 5; i += 1) expect((await request('GET', '/', { from: attacker, authorization: basic('me', PASSWORD) })).status).toBe(200);
  // Asking without a password (a browser's first visit) guesses nothing and is not counted either.
  for (let i = 0; i < 3; i += 1) expect((await request('GET', '/', { from: attacker })).status).toBe(401);

  for (let i = 0; i < MAX_FAILURES; i += 1) expect((await openConsole(attacker, basic('me', `guess-${i}`))).status).toBe(401);
  const refused = await openConsole(attacker, basic('me', 'guess-again'));
  expect(refused.status).toBe(429);
  expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'too_many_failures' } });
  // Locked out: the right password gets the same 429, so it cannot be told from a wrong one.
  const rightButLocked = await openConsole(attacker, basic('me', PASSWORD));
  expect(rightButLocked.status).toBe(429);
  expect(rightButLocked.headers['retry-after']).toBeDefined();
  expect(fs.existsSync(path.join(dataDir, 'users'))).toBe(false);

  // Another client is not locked out by someone else's guesses.
  const driver = await openConsole('127.0.0.3', basic('me', PASSWORD));
  expect(driver.status).toBe(200);
  expect(driver.body).toMatch(/Welcome to Back Coach/);
});

test("helmet's headers are on the page and on the APIs, with the page's Content-Security-Policy, and no HSTS over plain HTTP", async () => {
  const from = '127.0.0.4';
  const answers = [
    await request('GET', '/', { from, authorization: basic('me', PASSWORD) }),
    await request('GET', '/healthz', { from }),
    await request('POST', '/dialogflow', { from, authorization: basic('df', 'df-password'), body: '{}' }),
    await request('POST', '/alexa', { from, body: '{}' }),
  ];
  for (const answer of answers) {
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    expect(answer.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(answer.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(answer.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(answer.headers['content-security-policy']).not.toMatch(/upgrade-insecure-requests/);
    expect(answer.headers['strict-transport-security']).toBeUndefined();
  }
  expect(answers[0]?.body).toMatch(/<script type="module" src="console\/static\/main.js">/);
});

test('a request body trickled a byte at a time is answered 408 and its socket closed at the request deadline', async () => {
  const socket = net.connect(port, '127.0.0.1');
  let received = '';
  socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('error', () => undefined);
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.write(
    `POST /dialogflow HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${basic('df', 'df-password')}\r\n` +
      'Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{',
  );
  // Never stops on its own: the body would take 100,000 bytes, one every 50 ms.
  const trickle = setInterval(() => {
    if (!socket.destroyed) socket.write(' ');
  }, 50);
  try {
    await closed;
  } finally {
    clearInterval(trickle);
  }
  expect(received).toMatch(/^HTTP\/1\.1 408 /);
});
