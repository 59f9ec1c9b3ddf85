/**
 * Outgoing calls have deadlines and are aborted when they pass. The Settings API call used to race a timer and
 * leave the request running: one socket per turn stayed open for as long as the API liked. Now the call is
 * aborted, its socket closed, and a session whose lookup failed does not ask again on every turn.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DeadlineApiClient } from '../../src/alexa/apiClient';
import { alexaEnvelope, speechOf, type AlexaAnswer } from '../support/alexaEnvelopes';
import { startSettingsApi, type SettingsApi } from '../support/settingsApi';
import { startStalledServer, type StalledServer } from '../support/stalledServer';
import { post, startTestServer, type TestServer } from '../../support/testServer';

let server: TestServer;
let stalled: StalledServer;
let settings: SettingsApi | null = null;

beforeEach(async () => {
  server = await startTestServer({ verifyAlexa: false });
  stalled = await startStalledServer();
});

afterEach(async () => {
  await server.close();
  await stalled.close();
  await settings?.close();
  settings = null;
});

const TURNS = 20;

test(`${TURNS} turns against a Settings API that never answers are each answered, and leave no connection open`, async () => {
  const started = Date.now();
  const responses = await Promise.all(
    Array.from({ length: TURNS }, (_, i) =>
      post(`${server.url}/alexa`, alexaEnvelope({ userId: `amzn1.ask.account.stalled-${i}`, sessionId: `amzn1.echo-api.session.stalled-${i}`, apiEndpoint: stalled.url })),
    ),
  );
  expect(responses.map((r) => r.status)).toEqual(new Array(TURNS).fill(200));
  for (const response of responses) expect(speechOf(response.json)).toMatch(/^<speak>Welcome to Back Coach/);
  expect(Date.now() - started).toBeLessThan(4000);
  expect(stalled.accepted).toBe(TURNS);
  // Before: every one of these connections stayed open, waiting for the API, after its turn was answered.
  await stalled.drained(1000);
});

test('a lookup that timed out is remembered for the session: the next turn does not wait for the API again', async () => {
  const first = await post(`${server.url}/alexa`, alexaEnvelope({ apiEndpoint: stalled.url }));
  const attributes = (first.json as AlexaAnswer).sessionAttributes;
  expect(attributes).toEqual({ deviceTimeZone: null });

  const started = Date.now();
  const next = await post(`${server.url}/alexa`, alexaEnvelope({ apiEndpoint: stalled.url, intent: { name: 'AMAZON.HelpIntent' }, attributes }));
  expect(next.status).toBe(200);
  expect(Date.now() - started).toBeLessThan(1000);
  expect(stalled.accepted).toBe(1);
  await stalled.drained(1000);
});

test('a lookup that failed is remembered for the session; a new session asks again', async () => {
  settings = await startSettingsApi(null);
  const first = await post(`${server.url}/alexa`, alexaEnvelope({ apiEndpoint: settings.url }));
  const attributes = (first.json as AlexaAnswer).sessionAttributes;
  expect(attributes).toEqual({ deviceTimeZone: null });
  await post(`${server.url}/alexa`, alexaEnvelope({ apiEndpoint: settings.url, intent: { name: 'AMAZON.HelpIntent' }, attributes }));
  expect(settings.requests).toBe(1);
  await post(`${server.url}/alexa`, alexaEnvelope({ apiEndpoint: settings.url, sessionId: 'amzn1.echo-api.session.another' }));
  expect(settings.requests).toBe(2);
});

test('a zone found is kept for the session too', async () => {
  settings = await startSettingsApi('Europe/Berlin');
  const first = await post(`${server.url}/alexa`, alexaEnvelope({ apiEndpoint: settings.url }));
  const attributes = (first.json as AlexaAnswer).sessionAttributes;
  expect(attributes).toEqual({ deviceTimeZone: 'Europe/Berlin' });
  await post(`${server.url}/alexa`, alexaEnvelope({ apiEndpoint: settings.url, intent: { name: 'AMAZON.HelpIntent' }, attributes }));
  expect(settings.requests).toBe(1);
});

test.each([
  ['not a URL', 'not a url'],
  ['another protocol', 'file:///etc'],
])('an apiEndpoint that is %s costs nothing: the turn is answered at once', async (_name, apiEndpoint) => {
  const started = Date.now();
  const response = await post(`${server.url}/alexa`, alexaEnvelope({ apiEndpoint }));
  expect(response.status).toBe(200);
  expect(speechOf(response.json)).toMatch(/^<speak>Welcome to Back Coach/);
  expect(Date.now() - started).toBeLessThan(1000);
});

describe('the deadline API client', () => {
  const client = new DeadlineApiClient({ timeoutMs: 300, maxResponseBytes: 1024 });

  test('an answer whose body never ends is aborted at the deadline, and its connection closed', async () => {
    const open = new Set<unknown>();
    const slow = http.createServer((req, res) => {
      open.add(req.socket);
      req.socket.on('close', () => open.delete(req.socket));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('"Europe/');
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/v2/x`;
      const started = Date.now();
      await expect(client.invoke({ url, method: 'GET', headers: [] })).rejects.toThrow(/within 300 ms/);
      // The server never answers: what ends the call is the deadline, however busy the machine.
      expect(Date.now() - started).toBeLessThan(30_000);
      for (let i = 0; i < 1500 && open.size > 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(open.size).toBe(0);
    } finally {
      slow.closeAllConnections();
      await new Promise<void>((resolve) => slow.close(() => resolve()));
    }
  });

  test('an answer larger than allowed is refused', async () => {
    const big = http.createServer((_req, res) => res.end('x'.repeat(64 * 1024)));
    await new Promise<void>((resolve) => big.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(big.address() as AddressInfo).port}/`;
      await expect(client.invoke({ url, method: 'GET', headers: [] })).rejects.toThrow(/larger than 1024 bytes/);
    } finally {
      big.closeAllConnections();
      await new Promise<void>((resolve) => big.close(() => resolve()));
    }
  });

  test('an answer in time is passed on whatever its status, as ask-sdk expects', async () => {
    settings = await startSettingsApi('America/Denver');
    const ok = await client.invoke({ url: `${settings.url}/v2/devices/d/settings/System.timeZone`, method: 'GET', headers: [{ key: 'Authorization', value: 'Bearer t' }] });
    expect(ok).toMatchObject({ statusCode: 200, body: '"America/Denver"' });
    const missing = await client.invoke({ url: `${settings.url}/elsewhere`, method: 'GET', headers: [] });
    expect(missing.statusCode).toBe(404);
  });
});
