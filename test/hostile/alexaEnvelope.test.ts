/**
 * Malformed Alexa envelopes, as a new user's tools or a stranger would send them. POST /alexa answers each with a
 * JSON 400 in insecure and in verified mode, the Lambda handler with a spoken error; none reaches the skill, none
 * stores anything. Odd locales ("constructor") are answered in the default locale.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkAlexaEnvelope, invokeValidated } from '../../src/alexa/envelope';
import { usableLocale } from '../../src/core/locale';
import { prompt } from '../../src/core/prompts';
import { alexaEnvelope, deeplyNestedJson, speechOf, type JsonObject } from '../support/alexaEnvelopes';
import { grantedBody, REMINDERS_SCOPE, skillEventEnvelope } from '../support/skillEventEnvelopes';
import { post, startTestServer, type TestServer } from '../../support/testServer';

const USER = 'amzn1.ask.account.hostile-test';

const without = (value: JsonObject, ...keys: string[]): JsonObject => Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)));
const launch = (): JsonObject => alexaEnvelope({ userId: USER });
const withRequest = (request: JsonObject): JsonObject => ({ ...launch(), request: { ...(launch().request as JsonObject), ...request } });
const withSystem = (system: JsonObject): JsonObject => {
  const envelope = launch();
  const context = envelope.context as { System: JsonObject };
  return { ...envelope, context: { System: { ...context.System, ...system } } };
};
const skillEvent = (request: JsonObject): JsonObject => {
  const event = skillEventEnvelope('SkillPermissionAccepted', { userId: USER, body: grantedBody(REMINDERS_SCOPE) });
  return { ...event, request: { ...(event.request as JsonObject), ...request } };
};
const intent = (name: unknown, slots?: unknown): JsonObject => withRequest({ type: 'IntentRequest', intent: { name, ...(slots === undefined ? {} : { slots }) } });

/** Each of these reached `skill.invoke` before the envelope was checked; most answered 500. */
const MALFORMED: [string, unknown][] = [
  ['no context', without(launch(), 'context')],
  ['context null', { ...launch(), context: null }],
  ['context.System missing', { ...launch(), context: {} }],
  ['no request', without(launch(), 'request')],
  ['request null', { ...launch(), request: null }],
  ['request a string', { ...launch(), request: 'LaunchRequest' }],
  ['an unknown request type', withRequest({ type: 'Alexa.Presentation.HTML.Message' })],
  ['a made-up request type', withRequest({ type: 'constructor' })],
  ['request.type a number', withRequest({ type: 7 })],
  ['no requestId', { ...launch(), request: without(launch().request as JsonObject, 'requestId') }],
  ['timestamp a number', withRequest({ timestamp: 1714588205 })],
  ['no locale', { ...launch(), request: without(launch().request as JsonObject, 'locale') }],
  ['locale an object', withRequest({ locale: { toString: 'en-US' } })],
  ['an IntentRequest without an intent', withRequest({ type: 'IntentRequest' })],
  ['an intent name that is a number', intent(12)],
  ['slots as a list', intent('CountIntent', [{ name: 'count', value: '12' }])],
  ['a slot value that is a number', intent('CountIntent', { count: { name: 'count', value: 12 } })],
  ['a slot that is a string', intent('CountIntent', { count: '12' })],
  ['resolutions of the wrong shape', intent('SideIntent', { side: { name: 'side', value: 'left', resolutions: { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id: 7 } }] }] } } })],
  ['user null', withSystem({ user: null })],
  ['a user id that is a number', withSystem({ user: { userId: 42 } })],
  ['another platform\'s user id', withSystem({ user: { userId: 'dialogflow:tel:0123' } })],
  ['no application', withSystem({ application: undefined })],
  ['apiAccessToken a number', withSystem({ apiAccessToken: 1 })],
  ['session attributes as a list', { ...launch(), session: { ...(launch().session as JsonObject), attributes: [1, 2] } }],
  ['a session without an id', { ...launch(), session: without(launch().session as JsonObject, 'sessionId') }],
  ['a skill event the skill does not subscribe to', skillEvent({ type: 'AlexaSkillEvent.SkillAccountLinked', body: { accessToken: 'x' } })],
  ['permissions that are not a list', skillEvent({ body: { acceptedPermissions: { scope: REMINDERS_SCOPE } } })],
  ['a permission scope that is a number', skillEvent({ body: { acceptedPermissions: [{ scope: 7 }] } })],
  ['a permission scope longer than any of Alexa\'s', skillEvent({ body: grantedBody('x'.repeat(300)) })],
  ['a thousand permissions', skillEvent({ body: grantedBody(...Array.from({ length: 1000 }, (_, i) => `scope-${i}`)) })],
  ['a SkillDisabled body that is a string', skillEvent({ type: 'AlexaSkillEvent.SkillDisabled', body: 'NOT_PERSISTED' })],
  ['a skill event without a user', { ...skillEvent({}), context: { System: { application: { applicationId: 'amzn1.ask.skill.x' } } } }],
  ['a skill event with no timestamp', { ...skillEvent({}), request: without(skillEvent({}).request as JsonObject, 'timestamp') }],
  ['a permission answer whose payload is a list', withRequest({ type: 'Connections.Response', name: 'AskFor', payload: [{ status: 'ACCEPTED' }], token: 'x' })],
  ['a permission answer whose status is a number', withRequest({ type: 'Connections.Response', name: 'AskFor', payload: { status: 1 }, token: 'x' })],
  ['a JSON string', 'LaunchRequest'],
  ['null', null],
  ['a list', [launch()]],
];

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const storedFiles = (dataDir: string): string[] => {
  const users = path.join(dataDir, 'users');
  return fs.existsSync(users) ? fs.readdirSync(users) : [];
};

describe('POST /alexa in insecure local mode (bodies reach the envelope check)', () => {
  test.each(MALFORMED)('%s: a JSON 400, and nothing stored', async (_name, body) => {
    server = await startTestServer({ verifyAlexa: false });
    const response = await post(`${server.url}/alexa`, JSON.stringify(body));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.json).toEqual({ error: { status: 400, code: 'not_an_alexa_request', message: expect.stringMatching(/not an Alexa request envelope/) } });
    expect(storedFiles(server.dataDir)).toEqual([]);
  });

  test('a well-formed envelope is still answered by the skill', async () => {
    server = await startTestServer({ verifyAlexa: false });
    const response = await post(`${server.url}/alexa`, launch());
    expect(response.status).toBe(200);
    expect(speechOf(response.json)).toMatch(/^<speak>Welcome to Back Coach/);
  });

  test('a session-less request (no `session`) is answered too', async () => {
    server = await startTestServer({ verifyAlexa: false });
    const response = await post(`${server.url}/alexa`, alexaEnvelope({ userId: USER, attributes: null }));
    expect(response.status).toBe(200);
    expect(speechOf(response.json)).toMatch(/^<speak>Welcome to Back Coach/);
  });

  test('System.ExceptionEncountered, which Alexa sends after a failed response, gets an empty response', async () => {
    server = await startTestServer({ verifyAlexa: false });
    const response = await post(`${server.url}/alexa`, withRequest({ type: 'System.ExceptionEncountered', error: { type: 'INVALID_RESPONSE', message: 'x' } }));
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ version: '1.0', response: {} });
    expect(speechOf(response.json)).toBe('');
    expect(storedFiles(server.dataDir)).toEqual([]);
  });
});

describe('permission answers nobody was waiting for, on POST /alexa (insecure local mode)', () => {
  test.each([
    ['an unknown status', { name: 'AskFor', payload: { status: 'MAYBE', permissionScope: REMINDERS_SCOPE }, token: 'x' }],
    ['another kind of answer', { name: 'Buy', payload: { purchaseResult: 'ACCEPTED' }, token: 'x' }],
    ['accepted, with nothing asked', { name: 'AskFor', payload: { status: 'ACCEPTED', permissionScope: REMINDERS_SCOPE }, token: 'x' }],
    ['no payload', { name: 'AskFor' }],
  ])('%s: answered, and no one is stored', async (_name, request) => {
    server = await startTestServer({ verifyAlexa: false });
    const response = await post(`${server.url}/alexa`, withRequest({ type: 'Connections.Response', ...request }));
    expect(response.status).toBe(200);
    expect(speechOf(response.json)).not.toMatch(/went wrong/i);
    expect(storedFiles(server.dataDir)).toEqual([]);
  });
});

describe('skill events on POST /alexa (insecure local mode)', () => {
  test.each(['SkillEnabled', 'SkillDisabled', 'SkillPermissionAccepted', 'SkillPermissionChanged'] as const)(
    'a well-formed %s with no locale gets an empty response and stores no one new',
    async (type) => {
      server = await startTestServer({ verifyAlexa: false });
      const body = type.startsWith('SkillPermission') ? grantedBody(REMINDERS_SCOPE) : undefined;
      const response = await post(`${server.url}/alexa`, skillEventEnvelope(type, { userId: USER, body }));
      expect(response.status).toBe(200);
      expect(response.json).toMatchObject({ version: '1.0', response: {} });
      expect((response.json as { response: object }).response).toEqual({});
      expect(storedFiles(server.dataDir)).toEqual([]);
    },
  );
});

describe("odd lines that Alexa's model placed by their first word only, on POST /alexa (insecure local mode)", () => {
  const opening = (slots?: unknown): JsonObject => intent('OpensWith_the', slots);
  test.each([
    ['ten thousand characters after the word', { words: { name: 'words', value: 'weight '.repeat(1500) } }],
    ['markup after the word', { words: { name: 'words', value: '<speak><audio src="http://x"/></speak> & "quotes"' } }],
    ['no words after the word', undefined],
    ['an empty slot', { words: { name: 'words', value: '' } }],
  ])('%s: heard as not understood, and the driver\'s workout is kept', async (_name, slots) => {
    server = await startTestServer({ verifyAlexa: false });
    await post(`${server.url}/alexa`, launch());
    await post(`${server.url}/alexa`, intent('AMAZON.YesIntent'));
    const before = await server.store.get(USER);
    const response = await post(`${server.url}/alexa`, opening(slots));
    expect(response.status).toBe(200);
    expect(speechOf(response.json)).toMatch(/^<speak>Sorry, I (didn't get|missed) that\./);
    expect(speechOf(response.json)).not.toMatch(/<audio/);
    const kept = (doc: typeof before) => doc && { units: doc.units, weakSide: doc.weakSide, weight: doc.weight, tests: doc.tests, workouts: doc.workouts, painLog: doc.painLog, activity: doc.activity, pending: doc.pending };
    expect(before?.units).toBe('lb');
    expect(kept(await server.store.get(USER))).toEqual(kept(before));
  });
});

describe('POST /alexa with verification on', () => {
  test.each(MALFORMED)('%s: a JSON 400, and nothing stored', async (_name, body) => {
    server = await startTestServer({ verifyAlexa: true });
    const response = await post(`${server.url}/alexa`, JSON.stringify(body));
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ error: { status: 400, code: expect.any(String), message: expect.any(String) } });
    expect(storedFiles(server.dataDir)).toEqual([]);
  });
});

describe('odd locales fall back to the default one', () => {
  const ODD = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'en_US', '', 'x'.repeat(200), 'en-US\u0000'];

  test.each(ODD)('%j is answered in English on POST /alexa, and the user is stored', async (locale) => {
    server = await startTestServer({ verifyAlexa: false });
    const response = await post(`${server.url}/alexa`, alexaEnvelope({ userId: USER, locale }));
    expect(response.status).toBe(200);
    expect(speechOf(response.json)).toMatch(/^<speak>Welcome to Back Coach/);
    expect((await server.store.get(USER))?.userId).toBe(USER);
  });

  test('a date is worded in the default locale instead of failing in Intl', () => {
    const day = { day: '2024-05-09T15:00:00Z', now: '2024-05-06T15:00:00Z', zone: 'America/Chicago' };
    for (const locale of ODD) {
      expect(prompt(usableLocale(locale), 'NEXT_WORKOUT_DAY', { day })).toMatch(/Thursday/);
    }
    // What the coach did before: the locale went to luxon as it came, and Intl refused it.
    expect(() => prompt('constructor', 'NEXT_WORKOUT_DAY', { day })).toThrow(RangeError);
  });
});

describe('the Lambda handler', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backcoach-lambda-hostile-'));
  type Handler = (event: unknown) => Promise<unknown>;
  let handler: Handler;
  beforeAll(() => {
    process.env.BACKCOACH_DATA_DIR = dataDir;
    process.env.LOG_LEVEL = 'silent';
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    handler = (require(path.resolve('lambda/dist/index.js')) as { handler: Handler }).handler;
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test.each(MALFORMED)('%s: a spoken error that ends the session, not a thrown one', async (_name, event) => {
    const answer = await handler(event);
    expect(answer).toEqual({
      version: '1.0',
      response: { outputSpeech: { type: 'SSML', ssml: expect.stringMatching(/^<speak>Sorry, I couldn&apos;t understand that request/) }, shouldEndSession: true },
    });
    expect(storedFiles(dataDir)).toEqual([]);
  });

  test('an event nested 10,000 levels deep: the same spoken error', async () => {
    const event = launch();
    (event.session as JsonObject).attributes = JSON.parse(deeplyNestedJson(10_000)) as JsonObject;
    expect(speechOf(await handler(event))).toMatch(/couldn&apos;t understand that request/);
  });

  test('a well-formed event is answered by the skill', async () => {
    expect(speechOf(await handler(launch()))).toMatch(/^<speak>Welcome to Back Coach/);
  });
});

test('invokeValidated hands the skill the envelope exactly as it came, unknown fields and all', async () => {
  const event = { ...launch(), somethingNew: { from: 'Alexa' } };
  const seen: unknown[] = [];
  await invokeValidated({ invoke: (envelope) => (seen.push(envelope), Promise.resolve({ version: '1.0', response: {} })) }, event);
  expect(seen).toEqual([event]);
  expect(seen[0]).toBe(event);
  expect(checkAlexaEnvelope(event)).toEqual({ ok: true, envelope: event });
});
