/**
 * Deeply nested JSON is cheap to send (10,000 levels in 60 KB) and overflows the stack of anything that walks it
 * recursively: before, deep Alexa session attributes answered 500 (the SDK echoes them back through
 * JSON.stringify). Every route refuses a body nested deeper than MAX_JSON_DEPTH with a 400 before parsing it; the
 * Lambda handler, which gets the event parsed, checks it without recursion (see alexaEnvelope.test.ts).
 */
import { jsonTextNestsDeeperThan, MAX_JSON_DEPTH, valueNestsDeeperThan } from '../../src/json/nesting';
import { alexaEnvelope, deeplyNestedJson, speechOf, withNested, type AlexaAnswer } from '../support/alexaEnvelopes';
import { buildWebhookRequest, toWireJson } from '../../support/dialogflowProtos';
import { basicAuthHeader, post, startTestServer, TEST_CREDENTIALS, type TestServer } from '../../support/testServer';
import { startConsoleApp } from '../web/consoleApp';

const DEEP = 10_000;
const MARK = '__nested_here__';
const auth = { authorization: basicAuthHeader(TEST_CREDENTIALS.user, TEST_CREDENTIALS.password) };

describe('the nesting checks', () => {
  test('count objects and arrays, not brackets inside strings, escaped quotes included', () => {
    expect(jsonTextNestsDeeperThan('{"a":[1,{"b":2}]}', 3)).toBe(false);
    expect(jsonTextNestsDeeperThan('{"a":[1,{"b":[]}]}', 3)).toBe(true);
    expect(jsonTextNestsDeeperThan(JSON.stringify({ text: '[[[[[[[[{{{{{{' }), 1)).toBe(false);
    expect(jsonTextNestsDeeperThan(JSON.stringify({ text: 'a "quoted [[[[" b' }), 1)).toBe(false);
    expect(jsonTextNestsDeeperThan(JSON.stringify({ text: 'ends in a backslash \\', then: [[[]]] }), 3)).toBe(true);
    expect(jsonTextNestsDeeperThan(JSON.stringify({ text: 'ends in a backslash \\', then: [[]] }), 3)).toBe(false);
    expect(jsonTextNestsDeeperThan(JSON.stringify({ '[[[': '}}}', 'ünïcødé 🙂': ['{'] }), 2)).toBe(false);
  });

  test('the limit itself is allowed, one more level is not', () => {
    expect(jsonTextNestsDeeperThan(deeplyNestedJson(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonTextNestsDeeperThan(deeplyNestedJson(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(valueNestsDeeperThan(JSON.parse(deeplyNestedJson(MAX_JSON_DEPTH)))).toBe(false);
    expect(valueNestsDeeperThan(JSON.parse(deeplyNestedJson(MAX_JSON_DEPTH + 1)))).toBe(true);
  });

  test('text that is not JSON is left for the parser', () => {
    for (const text of ['', '"unterminated', '}}}]]]', '{"a":', '\\', 'null']) expect(jsonTextNestsDeeperThan(text)).toBe(false);
  });

  test('a parsed value of any depth is checked without recursion, and a value that loops ends the walk', () => {
    expect(valueNestsDeeperThan(JSON.parse(deeplyNestedJson(100_000)))).toBe(true);
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    expect(valueNestsDeeperThan(loop, 10)).toBe(false);
    const shared = { user: { userId: 'u' } };
    expect(valueNestsDeeperThan({ session: shared, context: shared }, 4)).toBe(false);
  });
});

describe('POST /alexa', () => {
  let server: TestServer;
  afterEach(() => server.close());

  const cases: [string, string][] = [
    ['session attributes', withNested(alexaEnvelope({ attributes: { state: MARK } }), MARK, deeplyNestedJson(DEEP))],
    ['a slot value', withNested(alexaEnvelope({ intent: { name: 'CountIntent', slots: { count: { name: 'count', value: MARK } } } }), MARK, deeplyNestedJson(DEEP))],
    ['an unknown field', withNested({ ...alexaEnvelope(), extra: MARK }, MARK, `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`)],
  ];

  test.each(cases)('%s nested 10,000 levels: refused with a 400 in insecure mode, before the skill sees it', async (_name, body) => {
    server = await startTestServer({ verifyAlexa: false });
    const response = await post(`${server.url}/alexa`, body);
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ error: { status: 400, code: 'body_too_deep' } });
  });

  test.each(cases)('%s nested 10,000 levels: refused with a 400 with verification on, before the signature is checked', async (_name, body) => {
    server = await startTestServer({ verifyAlexa: true });
    const response = await post(`${server.url}/alexa`, body);
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ error: { code: 'body_too_deep' } });
  });

  test('session attributes nested within the limit are answered and echoed back', async () => {
    server = await startTestServer({ verifyAlexa: false });
    const body = withNested(alexaEnvelope({ attributes: { state: MARK } }), MARK, deeplyNestedJson(MAX_JSON_DEPTH - 4));
    const response = await post(`${server.url}/alexa`, body);
    expect(response.status).toBe(200);
    expect(speechOf(response.json)).toMatch(/^<speak>/);
    expect((response.json as AlexaAnswer).sessionAttributes?.state).toEqual(JSON.parse(deeplyNestedJson(MAX_JSON_DEPTH - 4)));
  });
});

describe('POST /dialogflow', () => {
  let server: TestServer;
  afterEach(() => server.close());

  const request = (spec: Parameters<typeof buildWebhookRequest>[0]) => toWireJson(buildWebhookRequest(spec));
  const welcome = { session: 'deep-1', intent: 'Default Welcome Intent' };

  test.each([
    ['parameters', request({ ...welcome, parameters: { count: MARK } })],
    ['the payload', request({ ...welcome, payload: { data: MARK } })],
    ['a context\'s parameters', request({ ...welcome, contexts: [{ name: 'projects/backcoach-test/agent/sessions/deep-1/contexts/x', parameters: { p: MARK } }] })],
  ])('%s nested 10,000 levels: refused with a 400 before parsing', async (_name, wire) => {
    server = await startTestServer();
    const response = await post(`${server.url}/dialogflow`, withNested(wire, MARK, deeplyNestedJson(DEEP)), auth);
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ error: { status: 400, code: 'body_too_deep', message: expect.any(String) } });
    expect(await server.store.get('dialogflow:session:deep-1')).toBeNull();
  });

  test('a payload nested within the limit is answered', async () => {
    server = await startTestServer();
    const body = withNested(request({ ...welcome, payload: { data: MARK } }), MARK, deeplyNestedJson(MAX_JSON_DEPTH - 5));
    const response = await post(`${server.url}/dialogflow`, body, auth);
    expect(response.status).toBe(200);
  });

  test('the check reads UTF-16 bodies as well as UTF-8', async () => {
    server = await startTestServer();
    const body = withNested(request({ ...welcome, payload: { data: MARK } }), MARK, deeplyNestedJson(DEEP));
    const response = await post(`${server.url}/dialogflow`, Buffer.from(body, 'utf16le'), { ...auth, 'content-type': 'application/json; charset=utf-16le' });
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ error: { code: 'body_too_deep' } });
  });
});

describe('POST /console/api', () => {
  test('a body nested 2,000 levels (all its 4 KB allow) is refused with a 400', async () => {
    const app = await startConsoleApp();
    try {
      const body = `{"conversationId":"c0ffee00-0000-4000-8000-00000000dee9","text":${'['.repeat(2000)}${']'.repeat(2000)}}`;
      for (const route of ['open', 'say', 'leave']) {
        const response = await post(`${app.url}/console/api/${route}`, body);
        expect(response.status).toBe(400);
        expect(response.json).toMatchObject({ error: { status: 400, code: 'body_too_deep' } });
      }
    } finally {
      await app.close();
    }
  });
});
