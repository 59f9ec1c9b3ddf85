/**
 * Failed sign-ins at the Dialogflow webhook, over real HTTP, with a short window (three failures a second and a
 * half) so the test can wait it out: past the limit a client gets a 429 with Retry-After for everything, the
 * right password included; after Retry-After seconds the right password works again; a right password is never
 * counted, however many come at once.
 */
import { buildWebhookRequest, toWireJson } from '../../support/dialogflowProtos';
import { basicAuthHeader, post, startTestServer, TEST_CREDENTIALS, type TestServer } from '../../support/testServer';

const LIMIT = { maxFailures: 3, windowMs: 1500 };
const RIGHT = { authorization: basicAuthHeader(TEST_CREDENTIALS.user, TEST_CREDENTIALS.password) };
const WRONG = { authorization: basicAuthHeader(TEST_CREDENTIALS.user, 'not the password') };

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer({ dialogflow: { kind: 'protected', credentials: TEST_CREDENTIALS, failureLimit: LIMIT } });
});
afterEach(() => server.close());

const welcome = (session: string) => toWireJson(buildWebhookRequest({ session, intent: 'Default Welcome Intent', queryText: 'WELCOME' }));
const call = (headers: Record<string, string>, session = 'door') => post(`${server.url}/dialogflow`, welcome(session), headers);

test('past the limit every call is a 429 with Retry-After, the right password too; after Retry-After seconds it works again', async () => {
  for (let i = 0; i < LIMIT.maxFailures; i += 1) expect((await call(WRONG)).status).toBe(401);
  const refused = await call(WRONG);
  expect(refused.status).toBe(429);
  expect(refused.json).toMatchObject({ error: { code: 'too_many_failures' } });
  const retryAfter = Number(refused.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect((await call(RIGHT)).status).toBe(429);

  await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 100));
  const after = await call(RIGHT);
  expect(after.status).toBe(200);
  expect(JSON.stringify(after.json)).toMatch(/Back Coach/);
  // A new window: the failures start from nothing.
  expect((await call(WRONG)).status).toBe(401);
});

test('right passwords are not counted, even many at once: the failures allowed stay the same', async () => {
  expect((await call(WRONG)).status).toBe(401);
  const many = await Promise.all(Array.from({ length: 12 }, (_, i) => call(RIGHT, `driver-${i}`)));
  expect(many.map((answer) => answer.status)).toEqual(Array(12).fill(200));
  for (let i = 1; i < LIMIT.maxFailures; i += 1) expect((await call(WRONG)).status).toBe(401);
  expect((await call(WRONG)).status).toBe(429);
});
