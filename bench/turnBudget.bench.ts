/**
 * One time budget per turn, with every partner at its worst at once: the longest an Alexa turn ("remind me to work
 * out at seven a.m.", which calls the Settings API, the store twice and the Reminders API) and a Dialogflow turn take
 * from the request to the answer when Alexa's APIs and DynamoDB (dynalite behind a proxy that delays or holds every
 * request) are slow inside their own deadlines, or hang.
 */
import { sharedNlu } from '../src/nlu/sharedNlu';
import { DynamoUserStore } from '../src/store/dynamoUserStore';
import { ALEXA_TURN_BUDGET_MS, DIALOGFLOW_TURN_BUDGET_MS } from '../src/turns/deadline';
import { AlexaDriver } from '../support/reminderDriver';
import { DialogflowClient } from '../support/dialogflowClient';
import { FaultyProxy, startLocalDynamo, type LocalDynamo } from '../support/localDynamo';
import { startTestServer } from '../support/testServer';
import { figure, printFigure, type Figure } from './report';

const RUNS = 2;
// Monday 23 November 2026, 15:00 UTC: 9:00 in Chicago.
const MONDAY_9AM_CHICAGO = '2026-11-23T15:00:00Z';

type Worsen = (api: AlexaDriver['api'] | null, proxy: FaultyProxy) => void;

const ALEXA_CASES: [string, Worsen][] = [
  [
    'all slow (APIs 1.4 s a call, DynamoDB 0.9 s a request)',
    (api, proxy) => {
      api!.answerAfterMs = 1400;
      proxy.delayMs = 900;
    },
  ],
  [
    'all slow (APIs 1.4 s a call, DynamoDB 1.4 s a request)',
    (api, proxy) => {
      api!.answerAfterMs = 1400;
      proxy.delayMs = 1400;
    },
  ],
  [
    'all hanging',
    (api, proxy) => {
      api!.settings = 'hang';
      api!.reminders = 'hang';
      api!.directives = 'hang';
      proxy.failAll('hang');
    },
  ],
  [
    'APIs slow, Reminders creating then hanging, DynamoDB slow',
    (api, proxy) => {
      api!.answerAfterMs = 1400;
      api!.reminders = 'create-then-hang';
      proxy.delayMs = 900;
    },
  ],
];

const DIALOGFLOW_CASES: [string, Worsen][] = [
  ['DynamoDB slow (1.4 s a request)', (_api, proxy) => void (proxy.delayMs = 1400)],
  ['DynamoDB hanging', (_api, proxy) => proxy.failAll('hang')],
];

const timed = async (turn: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await turn();
  return performance.now() - started;
};

const storeBehind = async (dynamo: LocalDynamo): Promise<{ proxy: FaultyProxy; store: DynamoUserStore }> => {
  const proxy = await FaultyProxy.start(dynamo.endpoint);
  return { proxy, store: new DynamoUserStore({ client: dynamo.client(proxy.endpoint), tableName: await dynamo.createUsersTable() }) };
};

const alexaWorst = async (dynamo: LocalDynamo, worsen: Worsen): Promise<number> => {
  let worst = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const { proxy, store } = await storeBehind(dynamo);
    const driver = await AlexaDriver.start(MONDAY_9AM_CHICAGO, 'America/Chicago', undefined, { store, apiTimeoutMs: null });
    worsen(driver.api, proxy);
    worst = Math.max(worst, await timed(() => driver.newSession().intent('WorkoutRemindersIntent', { time: { value: 'seven a.m.', id: '07:00' } })));
    await driver.close();
    await proxy.close();
  }
  return worst;
};

const dialogflowWorst = async (dynamo: LocalDynamo, worsen: Worsen): Promise<number> => {
  let worst = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const { proxy, store } = await storeBehind(dynamo);
    const server = await startTestServer({ store });
    const client = new DialogflowClient({ url: server.url, session: `budget-${run}` });
    await client.welcome();
    worsen(null, proxy);
    worst = Math.max(worst, await timed(() => client.intent('HelpIntent', {}, 'help')));
    await server.close();
    await proxy.close();
  }
  return worst;
};

export async function run(): Promise<Figure[]> {
  await sharedNlu();
  const dynamo = await startLocalDynamo();
  const figures: Figure[] = [];
  try {
    for (const [name, worsen] of ALEXA_CASES) {
      const worst = await alexaWorst(dynamo, worsen);
      figures.push(figure(`Alexa turn, ${name}`, `${Math.round(worst)} ms (worst of ${RUNS})`, `at most ${ALEXA_TURN_BUDGET_MS} ms`, worst <= ALEXA_TURN_BUDGET_MS));
    }
    for (const [name, worsen] of DIALOGFLOW_CASES) {
      const worst = await dialogflowWorst(dynamo, worsen);
      figures.push(figure(`Dialogflow turn, ${name}`, `${Math.round(worst)} ms (worst of ${RUNS})`, `at most ${DIALOGFLOW_TURN_BUDGET_MS} ms`, worst <= DIALOGFLOW_TURN_BUDGET_MS));
    }
  } finally {
    await dynamo.close();
  }
  figures.forEach(printFigure);
  return figures;
}
