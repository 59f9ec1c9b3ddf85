/**
 * Turns whose store answers are lost, and requests sent twice. Alexa's requests carry a `requestId` (Dialogflow's a
 * `responseId`, the console's its own id): the user's document remembers the last few with their replies, so a request
 * sent again gets the reply it got and is applied once. A DynamoDB write whose answer is lost is read back before the
 * driver hears an apology: with 30% of DynamoDB's answers lost after the request took effect, no turn is applied twice
 * and no stored turn is apologised for.
 */
import { prompt } from '../../src/core/prompts';
import { DynamoUserStore } from '../../src/store/dynamoUserStore';
import { userIdFor } from '../../src/web/consoleRouter';
import { alexaEnvelope, speechOf } from '../support/alexaEnvelopes';
import { DialogflowClient } from '../../support/dialogflowClient';
import { FaultyProxy, startLocalDynamo, type LocalDynamo } from '../../support/localDynamo';
import { post, startTestServer, type TestServer } from '../../support/testServer';
import { startConsoleApp, type ConsoleApp } from '../web/consoleApp';

const USER = 'amzn1.ask.account.lost-answers';
const TURNS = 50;

/** The same sequence of lost answers on every run. */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

let dynamo: LocalDynamo;
let proxy: FaultyProxy;
let server: TestServer;
/** The table as it is, read past the proxy. */
let direct: DynamoUserStore;

beforeAll(async () => {
  dynamo = await startLocalDynamo();
});
afterAll(() => dynamo.close());

beforeEach(async () => {
  const table = await dynamo.createUsersTable();
  proxy = await FaultyProxy.start(dynamo.endpoint);
  direct = new DynamoUserStore({ client: dynamo.client(), tableName: table });
  server = await startTestServer({ verifyAlexa: false, store: new DynamoUserStore({ client: dynamo.client(proxy.endpoint), tableName: table }) });
});
afterEach(async () => {
  await server.close();
  await proxy.close();
});

const storedTurns = async (): Promise<number> => (await direct.get(USER))?.turns ?? 0;

const help = (requestId: string) => {
  const envelope = alexaEnvelope({ userId: USER, intent: { name: 'AMAZON.HelpIntent' }, attributes: { deviceTimeZone: null } });
  (envelope.request as Record<string, unknown>).requestId = requestId;
  return envelope;
};

test(`${TURNS} turns of one driver with 30% of DynamoDB's answers lost after the request took effect: none applied twice, no stored turn apologised for`, async () => {
  await post(`${server.url}/alexa`, alexaEnvelope({ userId: USER }));
  const lose = seeded(16);
  proxy.rule = () => (lose() < 0.3 ? 'answer-lost' : null);
  // The apologies as Alexa says them (the SSML escapes their apostrophes).
  const apologies = [prompt('en-US', 'ERROR'), prompt('en-US', 'ERROR_BUSY')].map((words) => words.replace(/'/g, '&apos;'));
  const isApology = (speech: string): boolean => apologies.some((words) => speech.includes(words));

  const turns: { applied: number; apologised: boolean; retryApplied: number; retrySame: boolean }[] = [];
  for (let i = 0; i < TURNS; i += 1) {
    const request = help(`amzn1.echo-api.request.lost-${i}`);
    const before = await storedTurns();
    const first = speechOf((await post(`${server.url}/alexa`, request)).json);
    const afterFirst = await storedTurns();
    // The same request again, as a retry sends it.
    const again = speechOf((await post(`${server.url}/alexa`, request)).json);
    const afterAgain = await storedTurns();
    turns.push({ applied: afterFirst - before, apologised: isApology(first), retryApplied: afterAgain - afterFirst, retrySame: again === first || isApology(again) });
  }

  expect(proxy.count('PutItem', 'InternalServerError')).toBeGreaterThan(5);
  const appliedTwice = turns.filter((t) => t.applied + t.retryApplied > 1);
  const storedButApologised = turns.filter((t) => t.applied === 1 && t.apologised);
  expect(appliedTwice).toEqual([]);
  expect(storedButApologised).toEqual([]);
  // A request already stored is answered again with the reply it got.
  expect(turns.filter((t) => t.applied === 1 && !t.retrySame)).toEqual([]);
  expect(turns.filter((t) => t.applied + t.retryApplied === 1).length).toBeGreaterThanOrEqual(TURNS - 3);
});

describe('a request sent again', () => {
  let lowdbServer: TestServer;
  let app: ConsoleApp;
  beforeEach(async () => {
    lowdbServer = await startTestServer();
    app = await startConsoleApp();
  });
  afterEach(async () => {
    await lowdbServer.close();
    await app.close();
  });

  test('on Dialogflow (the same responseId) gets the reply it got, and is applied once', async () => {
    const client = new DialogflowClient({ url: lowdbServer.url, session: 'sent-again' });
    await client.welcome();
    const yes = await client.intent('YesIntent', {}, 'yes');
    const turns = (await lowdbServer.store.get('dialogflow:session:sent-again'))?.turns;
    const again = await client.resend();
    expect(again.text).toBe(yes.text);
    expect((await lowdbServer.store.get('dialogflow:session:sent-again'))?.turns).toBe(turns);
  });

  test('on the console (the same requestId) gets the reply it got, and is applied once', async () => {
    const conversationId = 'c0ffee00-0000-4000-8000-00000000a9a1';
    await post(`${app.url}/console/api/open`, { conversationId });
    const line = { conversationId, text: 'yes', requestId: 'f00dfeed-0000-4000-8000-000000000001' };
    const first = await post(`${app.url}/console/api/say`, line);
    const again = await post(`${app.url}/console/api/say`, line);
    // The same answer (what the line was read as, a debugging aid, is not remembered).
    expect({ ...(again.json as object), heard: null }).toEqual({ ...(first.json as object), heard: null });
    expect((await app.store.get(userIdFor(conversationId)))?.turns).toBe(2);
    // A new line, with its own id, is a turn of its own.
    await post(`${app.url}/console/api/say`, { ...line, requestId: 'f00dfeed-0000-4000-8000-000000000002' });
    expect((await app.store.get(userIdFor(conversationId)))?.turns).toBe(3);
  });
});
