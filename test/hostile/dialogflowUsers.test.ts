/**
 * Dialogflow user ids: ids that differ never open the same document. Before, `" alice "` was trimmed into
 * `"alice"`, the number 12345 became the string "12345", and a string id of the form `sha256:<hex>` was the key of
 * whichever unusual id hashed to that hex. Ids that were already unambiguous keep their keys, so their users keep
 * their progress. Odd language codes ("constructor") are answered in the default locale.
 */
import { createHash } from 'node:crypto';
import { dialogflowUserOf } from '../../src/dialogflow/userId';
import { parseWebhookRequest } from '../../src/dialogflow/webhook';
import { DialogflowClient } from '../../support/dialogflowClient';
import { buildWebhookRequest, toWireJson } from '../../support/dialogflowProtos';
import { basicAuthHeader, post, startTestServer, TEST_CREDENTIALS, type TestServer } from '../../support/testServer';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const userOf = (payload: { [key: string]: Json }, source: string | null = null, session = 'projects/p/agent/sessions/abc-123') =>
  dialogflowUserOf(parseWebhookRequest({ session, queryResult: { queryText: 'hi' }, originalDetectIntentRequest: { source: source ?? undefined, payload } })).userId;

const CALLER = '+15551234567';

describe('ids that differ get different keys', () => {
  test.each<[string, { [key: string]: Json }, { [key: string]: Json }, string | null]>([
    ['a padded id and the bare one', { userId: ' alice ' }, { userId: 'alice' }, null],
    ['an id with a trailing newline and the bare one', { userId: 'alice\n' }, { userId: 'alice' }, null],
    ['a number and its digits', { userId: 12345 }, { userId: '12345' }, null],
    ['a number and "#" with its digits', { userId: 12345 }, { userId: '#12345' }, null],
    ['an unusual id and a string posing as its hash', { userId: 'a/b\\c' }, { userId: `sha256:${sha256('a/b\\c')}` }, null],
    ['a long id and a string posing as its hash', { userId: 'x'.repeat(500) }, { userId: `sha256:${sha256('x'.repeat(500))}` }, null],
    ['a Facebook sender as a number and as a string', { data: { sender: { id: 2254108171328398 } } }, { data: { sender: { id: '2254108171328398' } } }, 'facebook'],
    ['a Facebook sender and one posing as its hash', { data: { sender: { id: 'a b' } } }, { data: { sender: { id: `sha256:${sha256('a b')}` } } }, 'facebook'],
  ])('%s', (_name, one, other, source) => {
    expect(userOf(one, source)).not.toBe(userOf(other, source));
  });

  test('a caller and ids that look like the hash of their number', () => {
    const caller = userOf({ telephony: { caller_id: CALLER } });
    const hash = sha256(CALLER);
    for (const posing of [hash, `sha256:${hash}`, `tel:${hash}`, `dialogflow:tel:${hash}`]) {
      expect(userOf({ userId: posing })).not.toBe(caller);
      expect(userOf({}, null, `projects/p/agent/sessions/${posing}`)).not.toBe(caller);
    }
  });

  test('the same number written with spaces and brackets is the same caller', () => {
    expect(userOf({ telephony: { caller_id: '+1 (555) 123-4567' } })).toBe(userOf({ telephony: { caller_id: CALLER } }));
  });
});

describe('ids that were already unambiguous keep their keys', () => {
  test.each<[string, { [key: string]: Json }, string | null, string]>([
    ['a page\'s user id', { userId: 'browser-7f3a' }, null, 'dialogflow:user:browser-7f3a'],
    ['a caller', { telephony: { caller_id: CALLER } }, null, `dialogflow:tel:${sha256(CALLER)}`],
    ['an unusual id, by its hash', { userId: 'a/b\\c' }, null, `dialogflow:user:sha256:${sha256('a/b\\c')}`],
    ['a Facebook sender', { data: { sender: { id: '2254108171328398' } } }, 'facebook', 'dialogflow:facebook:2254108171328398'],
    ['a Slack user', { data: { event: { user: 'U024BE7LH' } } }, 'slack', 'dialogflow:slack:U024BE7LH'],
    ['a session', {}, null, 'dialogflow:session:abc-123'],
    ['a blank user id, which is no id: the session', { userId: '   ' }, null, 'dialogflow:session:abc-123'],
  ])('%s', (_name, payload, source, key) => {
    expect(userOf(payload, source)).toBe(key);
  });
});

describe('through POST /dialogflow', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  const client = (session: string, payload: { [key: string]: Json }) => new DialogflowClient({ url: server.url, session, payload });

  test.each<[string, Json, Json]>([
    ['" alice " and "alice"', ' alice ', 'alice'],
    ['12345 and "12345"', 12345, '12345'],
    ['"a/b" and a string posing as its hash', 'a/b', `sha256:${sha256('a/b')}`],
  ])('%s are two users with two documents', async (_name, first, second) => {
    const one = client('one', { userId: first });
    await one.welcome();
    await one.intent('UnitsIntent', { unit: 'pounds' }, 'pounds');
    const other = await client('other', { userId: second }).welcome();
    expect(other.text).toMatch(/^Welcome to Back Coach/);
    const again = await client('one-again', { userId: first }).welcome();
    expect(again.text).not.toMatch(/^Welcome to Back Coach/);
  });
});

describe('odd language codes are answered in the default locale', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'en_constructor', 'x'.repeat(100), '🙂'])('%j', async (languageCode) => {
    const wire = toWireJson(buildWebhookRequest({ session: `lang-${sha256(languageCode).slice(0, 8)}`, intent: 'Default Welcome Intent', languageCode }));
    const response = await post(`${server.url}/dialogflow`, wire, { authorization: basicAuthHeader(TEST_CREDENTIALS.user, TEST_CREDENTIALS.password) });
    expect(response.status).toBe(200);
    expect((response.json as { fulfillmentText: string }).fulfillmentText).toMatch(/^Welcome to Back Coach/);
  });
});
