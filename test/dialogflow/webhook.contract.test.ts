/**
 * The webhook's contract with Dialogflow ES, over real HTTP on loopback: requests built with Dialogflow's own
 * protos and sent in the proto3 JSON mapping, answers read back through the protos (v2beta1 WebhookResponse for
 * the telephony message and endInteraction, v2 for everything else). No network beyond 127.0.0.1.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { JSONObject } from 'proto3-json-serializer';
import { DialogflowClient, readAnswer } from '../../support/dialogflowClient';
import { buildWebhookRequest, toWireJson } from '../../support/dialogflowProtos';
import { basicAuthHeader, post, startTestServer, TEST_CREDENTIALS, type TestServer } from '../../support/testServer';

let server: TestServer;
let sessionCount = 0;

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

const client = (options: Partial<ConstructorParameters<typeof DialogflowClient>[0]> = {}) =>
  new DialogflowClient({ url: server.url, session: `contract-${++sessionCount}`, ...options });

const AUTH = { authorization: basicAuthHeader(TEST_CREDENTIALS.user, TEST_CREDENTIALS.password) };
const welcomeRequest = () => toWireJson(buildWebhookRequest({ session: 'raw-1', intent: 'Default Welcome Intent', queryText: 'WELCOME' }));

/** Everything outside the tags is escaped text: no stray '<' or '>', every '&' starts an entity. */
const expectWellFormedSsml = (ssml: string): void => {
  expect(ssml.startsWith('<speak>') && ssml.endsWith('</speak>')).toBe(true);
  const tags = ssml.match(/<[^>]*>/g) ?? [];
  for (const tag of tags) expect(tag).toMatch(/^<(speak|\/speak|break time="(\d+ms|\d+s)"\/)>$/);
  const text = ssml.replace(/<[^>]*>/g, '');
  expect(text).not.toMatch(/[<>]/);
  expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
  for (const [, value, unit] of ssml.matchAll(/<break time="(\d+)(ms|s)"\/>/g)) {
    expect(Number(value) / (unit === 'ms' ? 1000 : 1)).toBeLessThanOrEqual(10);
  }
};

/** Through the baseline test up to the weak side's count. */
const toWeakSideCount = async (df: DialogflowClient) => {
  await df.welcome();
  await df.intent('YesIntent', {}, 'yes');
  await df.intent('SideIntent', { side: 'left' }, 'my left side');
  await df.intent('WeightIntent', { weight: 25, unit: 'lb' }, '25 pounds');
  return df.intent('ReadyIntent', {}, 'go');
};

describe('answers', () => {
  test('the welcome gives the safety notice, in words, in SSML and as a card, and offers the units as chips', async () => {
    const a = await client().welcome();
    expect(a.protoProblems).toEqual([]);
    expect(a.text).toMatch(/not medical advice/);
    expect(a.json.fulfillmentMessages).toContainEqual({ text: { text: [a.text] } });
    expect(a.ssml).toMatch(/not medical advice/);
    expectWellFormedSsml(a.ssml);
    expect(a.cards[0]!.title).toMatch(/safety/i);
    expect(a.cards[0]!.text.join(' ')).toMatch(/physician/);
    expect(a.chips).toEqual(['Pounds', 'Kilograms']);
    expect(a.endInteraction).toBe(false);
  });

  test('"I got twelve" during the baseline stores a count of 12', async () => {
    const df = client();
    await toWeakSideCount(df);
    const a = await df.intent('CountIntent', { count: 12 }, 'I got twelve');
    expect(a.text).toMatch(/\b12 on the left\./);
    const stored = await server.store.get(`dialogflow:session:${df.sessionPath.split('/').pop()}`);
    expect(stored?.activity).toMatchObject({ kind: 'test', step: 'strong', weakReps: 12, weight: 25 });
    expect(stored?.units).toBe('lb');
    expect(stored?.weakSide).toBe('left');
  });

  test('a number that arrives as a string, or not at all, is read the same way every client sends it', async () => {
    const df = client();
    await toWeakSideCount(df);
    const missing = await df.intent('CountIntent', { count: '' }, 'I got');
    expect(missing.text).toMatch(/\?$/);
    const asString = await df.intent('CountIntent', { count: '11' }, 'I got eleven');
    expect(asString.text).toMatch(/\b11 on the left\./);
  });

  test('an intent the coach does not know gets the spoken fallback and the question again, never a 500', async () => {
    const df = client();
    await df.welcome();
    const a = await df.intent('OrderPizzaIntent', { topping: 'cheese' }, 'order a pizza');
    expect(a.status).toBe(200);
    expect(a.text).toMatch(/^Sorry, I (didn't get|missed) that\./);
    expect(a.text).toMatch(/pounds|kilograms/i);
    expect(a.ssml).toMatch(/Sorry/);
  });

  test("a line the agent sent to its fallback is read again by the coach's own NLU, which knows phrasings the agent does not", async () => {
    const df = client();
    await df.welcome();
    await df.intent('AMAZON.YesIntent'.replace('AMAZON.', ''), {}, 'yes');
    const a = await df.intent('Default Fallback Intent', {}, 'honestly the right one has always been weaker');
    expect(a.status).toBe(200);
    expect(a.text).toMatch(/your right side is the weaker one.*How heavy is your dumbbell\?$/);
    expect((await server.store.get(`dialogflow:session:${df.sessionPath.split('/').pop()}`))?.weakSide).toBe('right');
    const offTopic = await df.intent('Default Fallback Intent', {}, "what's the cheapest fuel around here");
    expect(offTopic.text).toMatch(/^Sorry, I (didn't get|missed) that\./);
  });

  test("where the agent's match does not fit the question, the line's second reading does", async () => {
    const df = client();
    await toWeakSideCount(df);
    // "Go" to "how many perfect reps?": the agent matched the ready intent to a driver leaving.
    const leaving = await df.intent('ReadyIntent', {}, 'I gotta go, talk later');
    expect(leaving.text).toMatch(/saved/i);
    const stored = await server.store.get(`dialogflow:session:${df.sessionPath.split('/').pop()}`);
    expect(stored?.activity).toMatchObject({ kind: 'test', step: 'weak', weakReps: null });
    // Starting a workout in the middle of a test: the agent matched the start intent to quitting it.
    const again = client();
    await toWeakSideCount(again);
    const quitting = await again.intent('StartWorkoutIntent', {}, 'quit the workout');
    expect(quitting.text).toMatch(/saved/i);
  });

  test('a count said with a comment, or with a correction in it, is the count asked for, whatever the agent matched', async () => {
    const df = client();
    await toWeakSideCount(df);
    const a = await df.intent('DoneIntent', {}, "eleven, that's all I had");
    expect(a.text).toMatch(/\b11 on the left\./);
    const b = client();
    await toWeakSideCount(b);
    const corrected = await b.intent('CountIntent', { count: 12 }, 'twelve no ten');
    expect(corrected.text).toMatch(/\b10 on the left\./);
  });

  test('a request with no intent at all is the fallback too', async () => {
    await post(`${server.url}/dialogflow`, toWireJson(buildWebhookRequest({ session: 'no-intent', intent: 'Default Welcome Intent' })), AUTH);
    const body = toWireJson(buildWebhookRequest({ session: 'no-intent', queryText: 'hmm' }));
    const response = await post(`${server.url}/dialogflow`, body, AUTH);
    expect(response.status).toBe(200);
    expect(readAnswer(200, response.json as JSONObject).text).toMatch(/^Sorry/);
  });

  test('the phone gets SSML with every spoken value escaped and breaks of at most 10 seconds', async () => {
    const df = client();
    await toWeakSideCount(df);
    await df.intent('CountIntent', { count: 10 }, 'ten');
    const a = await df.intent('CountIntent', { count: 13 }, 'thirteen');
    expectWellFormedSsml(a.ssml);
    // A workout set: the strong side is counted with short breaks, the rest is timed with long ones.
    await df.intent('YesIntent', {}, 'yes');
    await df.intent('ReadyIntent', {}, 'go');
    const set = await df.intent('CountIntent', { count: 10 }, 'ten');
    expect(set.ssml).toContain('I&apos;ll count');
    expect(set.text).toContain("I'll count");
    expect(set.ssml).toMatch(/<break time="10s"\/>/);
    expectWellFormedSsml(set.ssml);
    expect(Buffer.byteLength(set.ssml)).toBeLessThanOrEqual(5000);
    // In chat the count reads as a count and a long pause as one mark.
    expect(set.text).toMatch(/1 2 3 4 5 6 7 8 9 10 Stop\./);
    expect(set.text).toMatch(/Rest 30 seconds\. … 10 seconds\./);
  });

  test('a yes/no question comes with Yes and No chips; a question answered with a number has none', async () => {
    const df = client();
    const weakSide = await toWeakSideCount(df);
    expect(weakSide.chips).toEqual([]);
    const a = await df.intent('DeleteDataIntent', {}, 'delete my data');
    expect(a.text).toMatch(/\?$/);
    expect(a.chips).toEqual(['Yes', 'No']);
  });

  test('an answer that ends the conversation sets endInteraction and offers no chips', async () => {
    const df = client();
    await df.welcome();
    const a = await df.intent('StopIntent', {}, 'stop');
    expect(a.endInteraction).toBe(true);
    expect(a.chips).toEqual([]);
  });

  test('deleting the user removes the stored document', async () => {
    const df = client();
    await df.welcome();
    const userId = `dialogflow:session:${df.sessionPath.split('/').pop()}`;
    expect(await server.store.get(userId)).not.toBeNull();
    await df.intent('DeleteDataIntent', {}, 'delete my data');
    await df.intent('YesIntent', {}, 'yes');
    expect(await server.store.get(userId)).toBeNull();
  });
});

test('a store that cannot read the user\'s file is answered in words (200), and the file is left alone', async () => {
  const df = client();
  await df.welcome();
  const [file] = fs.readdirSync(path.join(server.dataDir, 'users'));
  const full = path.join(server.dataDir, 'users', file!);
  fs.writeFileSync(full, '{"schemaVersion": 1, ');
  const a = await df.intent('YesIntent', {}, 'yes');
  expect(a.status).toBe(200);
  expect(a.text).toMatch(/couldn't read your saved workouts/);
  expect(a.chips).toEqual([]);
  expect(fs.readFileSync(full, 'utf8')).toBe('{"schemaVersion": 1, ');
});

describe('who is talking', () => {
  test('a phone caller is the same user in every call, stored under a hash of the number only', async () => {
    const number = '+15551234567';
    const hashed = `dialogflow:tel:${createHash('sha256').update(number).digest('hex')}`;
    const firstCall = client({ source: 'GOOGLE_TELEPHONY', payload: { telephony: { caller_id: number } } });
    await firstCall.welcome();
    await firstCall.intent('YesIntent', {}, 'yes');
    const secondCall = client({ source: 'GOOGLE_TELEPHONY', payload: { telephony: { caller_id: number } } });
    const a = await secondCall.welcome();
    expect(a.text).not.toMatch(/not medical advice/);
    expect((await server.store.get(hashed))?.units).toBe('lb');
    const files = fs.readdirSync(path.join(server.dataDir, 'users'));
    const contents = files.map((f) => fs.readFileSync(path.join(server.dataDir, 'users', f), 'utf8')).join('\n');
    expect(contents).not.toContain('5551234567');
  });

  test('a trial agent\'s redacted caller id is not an id: the session is used instead', async () => {
    const df = client({ source: 'GOOGLE_TELEPHONY', payload: { telephony: { caller_id: 'REDACTED_IN_STANDARD_TIER_AGENT' } } });
    await df.welcome();
    expect(await server.store.get(`dialogflow:session:${df.sessionPath.split('/').pop()}`)).not.toBeNull();
  });

  test('Dialogflow Messenger\'s user-id keeps a user across sessions', async () => {
    await client({ payload: { userId: 'browser-7f3a' } }).welcome();
    const later = await client({ payload: { userId: 'browser-7f3a' } }).welcome();
    expect(later.text).not.toMatch(/not medical advice/);
    expect(await server.store.get('dialogflow:user:browser-7f3a')).not.toBeNull();
  });
});

describe('time zone', () => {
  test('a zone reported in the payload is used, kept in the session context, and stored', async () => {
    const df = client({ payload: { timeZone: 'America/Denver' } });
    const a = await df.welcome();
    expect(a.outputContexts).toEqual([
      { name: `${df.sessionPath}/contexts/backcoach-session`, lifespanCount: 50, parameters: { timeZone: 'America/Denver' } },
    ]);
    const userId = `dialogflow:session:${df.sessionPath.split('/').pop()}`;
    expect((await server.store.get(userId))?.timeZone).toBe('America/Denver');
    // Later turns of the session carry the zone in the context even when the payload no longer does.
    const later = await df.setPayload(undefined).intent('HelpIntent', {}, 'help');
    expect(later.outputContexts[0]!.parameters).toEqual({ timeZone: 'America/Denver' });
    const closing = await df.intent('StopIntent', {}, 'stop');
    expect(closing.outputContexts).toEqual([expect.objectContaining({ lifespanCount: 0 })]);
  });

  test('without a zone from the integration there is no context, and the default zone is used', async () => {
    const df = client();
    const a = await df.welcome();
    expect(a.outputContexts).toEqual([]);
    expect((await server.store.get(`dialogflow:session:${df.sessionPath.split('/').pop()}`))?.timeZone).toBe('America/Chicago');
  });
});

describe('refusals', () => {
  test('no credentials: 401 with a Basic challenge, and nothing is stored', async () => {
    const response = await post(`${server.url}/dialogflow`, welcomeRequest());
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm="/);
    expect(response.json).toMatchObject({ error: { status: 401, code: 'unauthorized' } });
    expect(fs.existsSync(path.join(server.dataDir, 'users'))).toBe(false);
  });

  test('a wrong password, or a wrong user: 401', async () => {
    for (const [user, password] of [
      [TEST_CREDENTIALS.user, 'wrong'],
      ['someone', TEST_CREDENTIALS.password],
      [TEST_CREDENTIALS.user, `${TEST_CREDENTIALS.password} `],
    ]) {
      const response = await post(`${server.url}/dialogflow`, welcomeRequest(), { authorization: basicAuthHeader(user!, password!) });
      expect(response.status).toBe(401);
    }
    const garbled = await post(`${server.url}/dialogflow`, welcomeRequest(), { authorization: 'Basic !!!' });
    expect(garbled.status).toBe(401);
  });

  test('bad JSON: 400 with a JSON error', async () => {
    const response = await post(`${server.url}/dialogflow`, '{"session": "projects/x/agent/sessions/1", ', AUTH);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.json).toEqual({ error: { status: 400, code: 'bad_json', message: expect.any(String) } });
  });

  test('JSON that is not a WebhookRequest: 400 naming what is missing', async () => {
    const response = await post(`${server.url}/dialogflow`, { hello: 'world' }, AUTH);
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ error: { code: 'not_a_webhook_request', message: expect.stringMatching(/session/) } });
  });

  test('an oversized body: 413', async () => {
    const request = welcomeRequest() as { originalDetectIntentRequest: { payload: Record<string, unknown> } };
    request.originalDetectIntentRequest.payload = { padding: 'x'.repeat(300 * 1024) };
    const response = await post(`${server.url}/dialogflow`, request, AUTH);
    expect(response.status).toBe(413);
    expect(response.json).toMatchObject({ error: { status: 413, code: 'body_too_large' } });
  });

  test('only POST: 405 with Allow', async () => {
    const response = await fetch(`${server.url}/dialogflow`, { headers: AUTH });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});

test('the webhook answers well inside Dialogflow\'s 5 second deadline', async () => {
  const df = client();
  await df.welcome();
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    await df.intent('HelpIntent', {}, 'help');
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  expect(times[Math.floor(times.length * 0.95)]).toBeLessThan(500);
});
