/**
 * The real server process: what it says at start, the disabled webhook, local mode, bad settings, and a
 * graceful SIGTERM that lets a request in flight finish, with its write, before exiting 0.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { LowdbUserStore } from '../../src/store';
import { LISTENING, startServerProcess, type ServerProcess } from '../support/serverProcess';

jest.setTimeout(300_000);

let dataDir: string;
const running: ServerProcess[] = [];

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backcoach-server-'));
});
afterEach(() => {
  running.splice(0).forEach((p) => p.kill());
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const start = (env: Record<string, string>, args: string[] = []): ServerProcess => {
  const server = startServerProcess({ BACKCOACH_DATA_DIR: dataDir, PORT: '0', ...env }, args);
  running.push(server);
  return server;
};

const welcome = (session: string) =>
  JSON.stringify({
    session: `projects/backcoach-test/agent/sessions/${session}`,
    responseId: 'r-1',
    queryResult: { queryText: 'WELCOME', languageCode: 'en', parameters: {}, intent: { displayName: 'Default Welcome Intent' } },
    originalDetectIntentRequest: { source: 'DIALOGFLOW_CONSOLE', payload: {} },
  });

test('without Dialogflow credentials and not insecure, it starts, says the webhook is disabled and why, and /dialogflow answers 503', async () => {
  const server = start({ HOST: '127.0.0.1' });
  const [, url] = await server.waitFor(LISTENING);
  expect(server.stdout()).toMatch(/POST \/dialogflow is disabled \(it answers 503\): DIALOGFLOW_WEBHOOK_USER and DIALOGFLOW_WEBHOOK_PASSWORD are not set/);
  expect(server.stdout()).not.toMatch(/WARNING: insecure/);

  const response = await fetch(`${url}/dialogflow`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: welcome('s') });
  expect(response.status).toBe(503);
  expect(await response.json()).toMatchObject({ error: { code: 'dialogflow_disabled', message: expect.stringMatching(/DIALOGFLOW_WEBHOOK_USER/) } });
  expect((await fetch(`${url}/healthz`)).status).toBe(200);

  server.child.kill('SIGTERM');
  expect(await server.exited).toEqual({ code: 0, signal: null });
});

test('with credentials the webhook is on and needs them', async () => {
  const server = start({ HOST: '127.0.0.1', DIALOGFLOW_WEBHOOK_USER: 'df', DIALOGFLOW_WEBHOOK_PASSWORD: 'pw-123' });
  const [, url] = await server.waitFor(LISTENING);
  expect(server.stdout()).not.toMatch(/disabled/);
  const post = (authorization?: string) =>
    fetch(`${url}/dialogflow`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: welcome('creds'),
    });
  expect((await post()).status).toBe(401);
  expect((await post(`Basic ${Buffer.from('df:pw-123').toString('base64')}`)).status).toBe(200);
  server.child.kill('SIGTERM');
  expect((await server.exited).code).toBe(0);
});

test('--local prints the URL on loopback and warns that the checks are off', async () => {
  const server = start({}, ['--local']);
  const [line, url] = await server.waitFor(LISTENING);
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(server.stdout()).toMatch(/WARNING: insecure mode\. Alexa request signatures and timestamps are not checked, and POST \/dialogflow needs no password/);
  expect(line).toMatch(/open it in a browser to talk to the coach/);
  expect((await fetch(`${url}/`)).headers.get('content-type')).toMatch(/text\/html/);
  const response = await fetch(`${url}/dialogflow`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: welcome('local') });
  expect(response.status).toBe(200);
  server.child.kill('SIGINT');
  expect((await server.exited).code).toBe(0);
});

const consoleOpen = (url: string, authorization?: string, init: RequestInit = {}) =>
  fetch(`${url}/console/api/open`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ conversationId: 'c0ffee00-0000-4000-8000-00000000c0de' }),
    ...init,
  });

test('in production the browser console is off unless it has a password, and says so at start', async () => {
  const server = start({ HOST: '127.0.0.1' });
  const [line, url] = await server.waitFor(LISTENING);
  expect(server.stdout()).toMatch(/The browser console is off: set BACKCOACH_CONSOLE_PASSWORD/);
  expect(line).not.toMatch(/open it in a browser/);
  expect((await consoleOpen(url!)).status).toBe(404);
  expect((await fetch(`${url}/`)).headers.get('content-type')).toMatch(/json/);
  expect(fs.existsSync(path.join(dataDir, 'users'))).toBe(false);
});

test('local mode on another address than loopback keeps the console off without a password', async () => {
  const server = start({ HOST: '0.0.0.0' }, ['--local']);
  await server.waitFor(LISTENING);
  expect(server.stdout()).toMatch(/The browser console is off: on 0\.0\.0\.0 other machines can reach it, so it needs BACKCOACH_CONSOLE_PASSWORD/);
});

test('with a password the console asks for it, and takes the turn once given', async () => {
  const server = start({ HOST: '127.0.0.1', BACKCOACH_CONSOLE_PASSWORD: 'road-ready-42' });
  const [line, url] = await server.waitFor(LISTENING);
  expect(line).toMatch(/open it in a browser to talk to the coach/);
  const page = await fetch(`${url}/`);
  expect(page.status).toBe(401);
  expect(page.headers.get('www-authenticate')).toMatch(/^Basic realm="Back Coach"/);
  expect((await consoleOpen(url!, `Basic ${Buffer.from('driver:wrong-password').toString('base64')}`)).status).toBe(401);
  expect(fs.existsSync(path.join(dataDir, 'users'))).toBe(false);
  const opened = await consoleOpen(url!, `Basic ${Buffer.from('anyone:road-ready-42').toString('base64')}`);
  expect(opened.status).toBe(200);
  expect(JSON.stringify(await opened.json())).toMatch(/Welcome to Back Coach/);
});

test('with a certificate it speaks HTTPS, for a phone on the same network', async () => {
  const certDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backcoach-tls-'));
  const key = path.join(certDir, 'key.pem');
  const cert = path.join(certDir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=backcoach', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  try {
    const server = start({ HOST: '127.0.0.1', BACKCOACH_TLS_CERT: cert, BACKCOACH_TLS_KEY: key });
    const [, url] = await server.waitFor(LISTENING);
    expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const { body, headers } = await new Promise<{ body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
      const { hostname, port } = new URL(url!);
      // The options-only form: another suite's mocking library may have patched https.request in this worker.
      const request = https.request({ hostname, port, path: '/healthz', ca: fs.readFileSync(cert) }, (response) => {
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ body: text, headers: response.headers }));
      });
      request.on('error', reject);
      request.end();
    });
    expect(JSON.parse(body)).toMatchObject({ status: 'ok' });
    // Over TLS, and only there, browsers are told to keep to HTTPS.
    expect(headers['strict-transport-security']).toMatch(/^max-age=31536000/);
  } finally {
    fs.rmSync(certDir, { recursive: true, force: true });
  }
});

test('bad settings stop it before it listens, naming the variable', async () => {
  const server = start({ PORT: 'eighty', DIALOGFLOW_WEBHOOK_USER: 'only-a-user', BACKCOACH_TLS_CERT: 'cert.pem', BACKCOACH_CONSOLE_PASSWORD: 'short' });
  const { code } = await server.exited;
  expect(code).toBe(2);
  expect(server.stderr()).toMatch(/BACKCOACH_TLS_CERT and BACKCOACH_TLS_KEY: set both/);
  expect(server.stderr()).toMatch(/BACKCOACH_CONSOLE_PASSWORD: must be at least 8 characters/);
  expect(server.stderr()).toMatch(/PORT: must be a port number/);
  expect(server.stderr()).toMatch(/DIALOGFLOW_WEBHOOK_USER and DIALOGFLOW_WEBHOOK_PASSWORD: set both/);
  expect(server.stdout()).not.toMatch(LISTENING);
});

test('SIGTERM while a request is in flight: no new connections, the request is answered, its write lands, exit 0', async () => {
  const server = start({}, ['--local']);
  const [, url] = await server.waitFor(LISTENING);
  const { port } = new URL(url!);
  const body = welcome('in-flight');
  const half = Math.floor(body.length / 2);

  // The request's headers and half its body are sent; the rest only after the signal. Each step waits for the server to
  // show it got there (a health check answered after the half body was sent, the line it prints on SIGTERM), not for a
  // fixed time, so a busy machine only makes it slower.
  const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/dialogflow', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c)).on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.write(body.slice(0, half), () => {
      void (async () => {
        expect((await fetch(`${url}/healthz`)).status).toBe(200);
        server.child.kill('SIGTERM');
        await server.waitFor(/Received SIGTERM: finishing 1 request in flight/);
        await fetch(`${url}/healthz`).then(
          () => reject(new Error('the server still accepted a new connection after SIGTERM')),
          () => {
            expect(server.child.exitCode).toBeNull();
            req.end(body.slice(half));
          },
        );
      })().catch(reject);
    });
  });

  const { status, text } = await answer;
  expect(status).toBe(200);
  expect((JSON.parse(text) as { fulfillmentText: string }).fulfillmentText).toMatch(/^Welcome to Back Coach/);
  expect(await server.exited).toEqual({ code: 0, signal: null });
  expect(server.stdout()).toMatch(/Received SIGTERM: finishing 1 request in flight, then stopping\./);
  expect(server.stdout()).toMatch(/Stopped\.\n$/);

  const stored = await new LowdbUserStore(dataDir).get('dialogflow:session:in-flight');
  expect(stored?.safetyNoticeGiven).toBe(true);
});

test('without the build\'s NLU snapshot it listens at once, a line sent while the NLU trains waits for it, and the snapshot is written for the next start', async () => {
  const snapshot = path.join(dataDir, 'understanding.nlu');
  const server = start({ BACKCOACH_NLU_SNAPSHOT: snapshot }, ['--local']);
  const [, url] = await server.waitFor(LISTENING);
  expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({ status: 'ok', nlu: expect.stringMatching(/^(loading|ready)$/) });
  const conversation = { conversationId: 'c0ffee00-0000-4000-8000-00000000beef' };
  const post = (route: string, body: object) =>
    fetch(`${url}/console/api/${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...conversation, ...body }) });
  expect((await post('open', {})).status).toBe(200);
  const said = await post('say', { text: 'yes please' });
  expect(said.status).toBe(200);
  expect(JSON.stringify(await said.json())).toMatch(/pounds it is/);
  expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({ nlu: 'ready' });
  expect(fs.readFileSync(snapshot, 'utf8').slice(0, 14)).toBe('backcoach-nlu ');
});
