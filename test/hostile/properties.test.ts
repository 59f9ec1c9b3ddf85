/**
 * Property-based tests over the real HTTP routes (insecure mode for /alexa, so bodies reach the skill): valid
 * Alexa envelopes and Dialogflow requests, and the same made odd (fields dropped, wrong types, huge strings, odd
 * unicode, deep nesting, prototype-like keys), and plain garbage. For every one: never a 5xx, nor a turn that failed
 * inside and was answered with an apology; every 200 is a valid
 * platform response (an Alexa response envelope with well-formed SSML; a WebhookResponse the Dialogflow protos
 * accept); every refusal is a JSON 4xx. Afterwards every stored document reads back valid. Seeded, so a failure
 * is found again; run counts are modest so the suite stays fast.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { JSONObject } from 'proto3-json-serializer';
import { userDocumentSchema } from '../../src/core/document';
import { prompt } from '../../src/core/prompts';
import { LowdbUserStore } from '../../src/store';
import { CUSTOM_SLOT_TYPES, INTENTS, type IntentDef } from '../../src/model/languageModel';
import { dialogflowIntentName, DIALOGFLOW_FALLBACK_INTENT, DIALOGFLOW_WELCOME_INTENT } from '../../src/model/platformNames';
import { alexaTimestamp } from '../../support/alexaRequest';
import { alexaEnvelope, type JsonObject } from '../support/alexaEnvelopes';
import { readAnswer } from '../../support/dialogflowClient';
import { buildWebhookRequest, sessionPath, toWireJson, type RequestSpec } from '../../support/dialogflowProtos';
import { mutated, mutation, objectWithKey, PROTOTYPE_KEYS, type Mutation } from '../support/jsonMutations';
import { alexaResponseSchema, errorBodySchema } from '../support/platformResponses';
import { basicAuthHeader, post, startTestServer, TEST_CREDENTIALS, type HttpAnswer, type TestServer } from '../../support/testServer';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const SEED = 20_240_506;
const auth = { authorization: basicAuthHeader(TEST_CREDENTIALS.user, TEST_CREDENTIALS.password) };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ verifyAlexa: false });
});
afterAll(() => server.close());

/** The words of the runner's apology when the coach itself failed (src/core/apology.ts). */
const COACH_FAILED = prompt('en-US', 'ERROR').split("'")[0] ?? 'Sorry';

/**
 * Nothing a caller sends may make the server fail: no 5xx, and no turn that failed inside and was answered with
 * the apology. A refusal is one of this server's JSON errors.
 */
const expectNoServerError = (response: HttpAnswer): void => {
  expect(response.status).toBeLessThan(500);
  if (response.status !== 200) expect(errorBodySchema.safeParse(response.json).success).toBe(true);
  expect(response.text).not.toContain(COACH_FAILED);
};

// A few users, so turns pile up on the same documents.
const alexaUser = fc.constantFrom(...[0, 1, 2, 3].map((i) => `amzn1.ask.account.property-${i}`));
const odd = fc.constantFrom(...PROTOTYPE_KEYS, '', ' ', '🙂', 'x'.repeat(300));

const slotValue = (def: IntentDef['slots'][number]): fc.Arbitrary<JsonObject> => {
  const spoken =
    def.type === 'AMAZON.NUMBER'
      ? fc.oneof(fc.integer({ min: -5, max: 400 }).map(String), fc.constantFrom('twelve', 'fifty', '?', '1e9', '0x10', 'NaN'), fc.string({ maxLength: 12 }))
      : fc.oneof(fc.constantFrom(...CUSTOM_SLOT_TYPES[def.type].flatMap((v) => v.synonyms)), fc.string({ maxLength: 12 }));
  const id = def.type === 'AMAZON.NUMBER' ? fc.constant(null) : fc.option(fc.oneof(fc.constantFrom(...CUSTOM_SLOT_TYPES[def.type].map((v) => v.id)), odd));
  return fc.record({ value: fc.option(spoken, { nil: undefined }), id }).map(({ value, id: resolved }) => ({
    name: def.name,
    confirmationStatus: 'NONE',
    ...(value === undefined ? {} : { value }),
    ...(resolved === null
      ? {}
      : { resolutions: { resolutionsPerAuthority: [{ authority: 'amzn1.er-authority.echo-sdk.x', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: resolved, id: resolved } }] }] } }),
  }));
};

const alexaIntent: fc.Arbitrary<{ name: string; slots?: JsonObject }> = fc.oneof(
  fc.constantFrom(...INTENTS).chain((def) =>
    def.slots.length === 0
      ? fc.constant({ name: def.name })
      : fc.tuple(...def.slots.map(slotValue)).map((slots) => ({ name: def.name, slots: Object.fromEntries(slots.map((s) => [s.name as string, s])) })),
  ),
  fc.constantFrom('AMAZON.StopIntent', 'AMAZON.NavigateHomeIntent', ...PROTOTYPE_KEYS).map((name) => ({ name })),
  fc.constantFrom(...PROTOTYPE_KEYS).map((key) => ({ name: 'CountIntent', slots: objectWithKey(key, { name: key, value: '12' }) })),
);

const timestamp = fc.oneof(
  fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-01-01T00:00:00Z'), noInvalidDate: true }).map(alexaTimestamp),
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('', 'yesterday', '0', '2024-02-30T25:61:00Z'),
);

const validAlexaEnvelope: fc.Arbitrary<JsonObject> = fc
  .record({
    userId: alexaUser,
    type: fc.constantFrom('LaunchRequest', 'IntentRequest', 'IntentRequest', 'IntentRequest', 'SessionEndedRequest'),
    intent: alexaIntent,
    locale: fc.oneof(fc.constantFrom('en-US', 'en-GB', 'de-DE', 'en-IN'), odd),
    timestamp,
    attributes: fc.option(fc.oneof(fc.constant({}), fc.record({ deviceTimeZone: fc.oneof(fc.constantFrom('America/Denver', 'Mars/Olympus', null), fc.string()) }), fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }))), { nil: null }),
  })
  .map(({ type, intent, attributes, ...rest }) => alexaEnvelope({ ...rest, type, intent: type === 'IntentRequest' ? intent : undefined, attributes }));

const ALEXA_RUNS = 160;
const DIALOGFLOW_RUNS = 160;
const GARBAGE_RUNS = 40;

test(`POST /alexa: ${ALEXA_RUNS} envelopes, valid and made odd, never a 5xx; every 200 a valid Alexa response`, async () => {
  await fc.assert(
    fc.asyncProperty(validAlexaEnvelope, fc.array(mutation, { maxLength: 3 }), async (envelope, mutations: Mutation[]) => {
      const response = await post(`${server.url}/alexa`, mutated(envelope, mutations));
      expectNoServerError(response);
      if (response.status === 200) {
        const checked = alexaResponseSchema.safeParse(response.json);
        if (!checked.success) throw new Error(`not a valid Alexa response: ${checked.error.message}\n${response.text.slice(0, 2000)}`);
      }
      // Valid envelopes are answered by the skill.
      if (mutations.length === 0) expect(response.status).toBe(200);
    }),
    { seed: SEED, numRuns: ALEXA_RUNS },
  );
});

const dialogflowUser: fc.Arbitrary<{ [key: string]: Json }> = fc.oneof(
  fc.constant({}),
  fc.constantFrom<Json>('browser-1', ' browser-1 ', 12345, '12345', 'a/b', ...PROTOTYPE_KEYS).map((userId) => ({ userId })),
  fc.constantFrom('+15551234567', '+1 555 123 4567', 'REDACTED_IN_STANDARD_TIER_AGENT', '').map((caller) => ({ telephony: { caller_id: caller } })),
);

const parameterValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(''),
  fc.integer({ min: -5, max: 400 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom('twelve', 'left', 'right', 'pounds', 'kg', '12', '1e400'),
  fc.integer({ min: 0, max: 100 }).map((amount) => ({ amount, unit: 'lb' })),
  fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 3 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

const dialogflowRequest: fc.Arbitrary<JSONObject> = fc
  .record({
    session: fc.constantFrom('property-1', 'property-2', 'property-3'),
    intent: fc.option(fc.oneof(fc.constantFrom(DIALOGFLOW_WELCOME_INTENT, DIALOGFLOW_FALLBACK_INTENT, ...INTENTS.map(dialogflowIntentName)), odd), { nil: undefined }),
    parameters: fc.dictionary(fc.oneof(fc.constantFrom('count', 'weight', 'unit', 'side', 'duration'), odd), parameterValue, { maxKeys: 4 }),
    queryText: fc.oneof(fc.constantFrom('WELCOME', 'TELEPHONY_WELCOME', 'twelve'), fc.string({ maxLength: 20 })),
    languageCode: fc.oneof(fc.constantFrom('en', 'en-US', 'en-gb', 'de'), odd),
    source: fc.option(fc.constantFrom('facebook', 'slack', 'DIALOGFLOW_CONSOLE', 'telephony'), { nil: undefined }),
    payload: dialogflowUser,
    timeZone: fc.option(fc.oneof(fc.constantFrom('America/Denver', 'Mars/Olympus'), fc.string({ maxLength: 10 })), { nil: undefined }),
  })
  .map(({ timeZone, payload, session, ...spec }) => {
    const request: RequestSpec = {
      ...spec,
      session,
      payload: timeZone === undefined ? payload : { ...payload, timeZone },
      contexts: [{ name: `${sessionPath(session)}/contexts/backcoach-session`, lifespanCount: 5, parameters: { timeZone: timeZone ?? 'America/Chicago' } }],
    };
    return toWireJson(buildWebhookRequest(request));
  });

test(`POST /dialogflow: ${DIALOGFLOW_RUNS} requests, valid and made odd, never a 5xx; every 200 a WebhookResponse the protos accept`, async () => {
  await fc.assert(
    fc.asyncProperty(dialogflowRequest, fc.array(mutation, { maxLength: 3 }), async (request, mutations: Mutation[]) => {
      const response = await post(`${server.url}/dialogflow`, mutated(request, mutations), auth);
      expectNoServerError(response);
      if (response.status === 200) {
        const answer = readAnswer(200, response.json as JSONObject);
        if (answer.protoProblems.length > 0) throw new Error(answer.protoProblems.join('\n'));
        expect(answer.text.length).toBeGreaterThan(0);
      }
      if (mutations.length === 0) expect(response.status).toBe(200);
    }),
    { seed: SEED, numRuns: DIALOGFLOW_RUNS },
  );
});

test(`${GARBAGE_RUNS} bodies of garbage on each route: never a 5xx`, async () => {
  const garbage = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
  );
  const contentType = fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-16', 'application/json; charset=latin1', 'application/json; charset=nonsense');
  await fc.assert(
    fc.asyncProperty(garbage, contentType, async (body, type) => {
      for (const route of ['alexa', 'dialogflow']) expectNoServerError(await post(`${server.url}/${route}`, body, { ...auth, 'content-type': type }));
    }),
    { seed: SEED, numRuns: GARBAGE_RUNS },
  );
});

test('afterwards, every stored document reads back valid, through the store, under its own user id', async () => {
  const dir = path.join(server.dataDir, 'users');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
  expect(files.length).toBeGreaterThan(3);
  for (const file of files) {
    const stored = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { version: number; document: unknown };
    const parsed = userDocumentSchema.safeParse(stored.document);
    if (!parsed.success) throw new Error(`${file} holds an invalid document`);
    expect(new LowdbUserStore(server.dataDir).fileFor(parsed.data.userId)).toBe(path.join(dir, file));
    expect(await server.store.get(parsed.data.userId)).toEqual(parsed.data);
  }
});
