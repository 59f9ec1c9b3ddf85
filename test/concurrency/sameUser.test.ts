/**
 * Overlapping requests for one driver (an Echo Auto and a hotel Echo, a retry, a double tap) on every route:
 * each is one turn of the shared runner, so none is lost, and a turn that cannot get in says so in words.
 */
import { sharedNlu } from '../../src/nlu/sharedNlu';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { LowdbUserStore } from '../../src/store';
import { DialogflowClient } from '../../support/dialogflowClient';
import { makeHungFile, releaseHungFile } from '../support/hungFile';
import { post, startTestServer, type TestServer } from '../../support/testServer';
import { startConsoleApp, type ConsoleApp } from '../web/consoleApp';
import { userIdFor } from '../../src/web/consoleRouter';

const SKILL = 'amzn1.ask.skill.backcoach-concurrency';
const USER = 'amzn1.ask.account.concurrency-test';
const TIMES = 50;

const alexaRequest = (request: Record<string, unknown>, userId = USER): RequestEnvelope =>
  ({
    version: '1.0',
    session: { new: false, sessionId: 'amzn1.echo-api.session.c', application: { applicationId: SKILL }, user: { userId }, attributes: {} },
    context: {
      System: {
        application: { applicationId: SKILL },
        user: { userId },
        device: { deviceId: 'amzn1.ask.device.concurrency', supportedInterfaces: {} },
        apiEndpoint: 'http://127.0.0.1:9',
      },
    },
    request: { requestId: `amzn1.echo-api.request.${Math.random()}`, timestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), locale: 'en-US', ...request },
  }) as unknown as RequestEnvelope;

const launch = (userId = USER) => alexaRequest({ type: 'LaunchRequest' }, userId);
const intent = (name: string, slots: Record<string, { name: string; value?: string }> = {}) =>
  alexaRequest({ type: 'IntentRequest', dialogState: 'COMPLETED', intent: { name, confirmationStatus: 'NONE', slots } });

const speechOf = (envelope: unknown): string => (envelope as ResponseEnvelope).response.outputSpeech?.type === 'SSML'
  ? ((envelope as ResponseEnvelope).response.outputSpeech as { ssml: string }).ssml
  : '';

describe('POST /alexa', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({ verifyAlexa: false });
  });
  afterEach(() => server.close());

  it(`stores every one of ${TIMES} simultaneous requests of one user as a turn`, async () => {
    const answers = await Promise.all(Array.from({ length: TIMES }, () => post(`${server.url}/alexa`, launch())));
    expect(answers.map((a) => a.status)).toEqual(new Array(TIMES).fill(200));
    expect((await server.store.get(USER))?.turns).toBe(TIMES);
  });

  it(`stores every one of ${TIMES} simultaneous lines read by the local NLU (placed by a carrier phrase) as a turn`, async () => {
    await post(`${server.url}/alexa`, launch());
    const line = () => intent('SayIIntent', { words: { name: 'words', value: 'could use a hand figuring out what to say' } });
    const answers = await Promise.all(Array.from({ length: TIMES }, () => post(`${server.url}/alexa`, line())));
    expect(answers.map((a) => a.status)).toEqual(new Array(TIMES).fill(200));
    expect((await server.store.get(USER))?.turns).toBe(TIMES + 1);
  });

  it('keeps a rep count sent together with "how am I doing", every time', async () => {
    await post(`${server.url}/alexa`, launch());
    await post(`${server.url}/alexa`, intent('AMAZON.YesIntent'));
    await post(`${server.url}/alexa`, intent('SideIntent', { side: { name: 'side', value: 'left' } }));
    await post(`${server.url}/alexa`, intent('CountIntent', { count: { name: 'count', value: '35' } }));
    await post(`${server.url}/alexa`, intent('ReadyIntent'));
    const [count, progress] = await Promise.all([
      post(`${server.url}/alexa`, intent('CountIntent', { count: { name: 'count', value: '9' } })),
      post(`${server.url}/alexa`, intent('ProgressIntent')),
    ]);
    expect(speechOf(count.json)).toContain('9 on the left');
    expect(speechOf(progress.json)).toMatch(/baseline/);
    const doc = await server.store.get(USER);
    expect(doc?.activity).toMatchObject({ kind: 'test', step: 'strong', weakReps: 9 });
  });
});

describe('POST /dialogflow', () => {
  let server: TestServer;
  afterEach(() => server.close());

  it(`stores every one of ${TIMES} simultaneous requests of one user as a turn`, async () => {
    server = await startTestServer();
    const client = new DialogflowClient({ url: server.url, session: 'concurrent-1' });
    const answers = await Promise.all(Array.from({ length: TIMES }, () => client.welcome()));
    expect(answers.every((a) => a.text.length > 0)).toBe(true);
    expect((await server.store.get('dialogflow:session:concurrent-1'))?.turns).toBe(TIMES);
  });

  it('answers in words, within the bounded wait, when a turn before it never finishes, and stores nothing', async () => {
    server = await startTestServer({ storeWaitMs: 400 });
    // The server trains its NLU before it listens; the test server trains it on first use.
    await sharedNlu();
    const userId = 'dialogflow:session:stuck-1';
    const file = new LowdbUserStore(server.dataDir).fileFor(userId);
    makeHungFile(file);
    const client = new DialogflowClient({ url: server.url, session: 'stuck-1' });
    const started = Date.now();
    const [first, second] = await Promise.all([client.welcome(), client.intent('HelpIntent', {}, 'help')]);
    expect(Date.now() - started).toBeLessThan(3000);
    for (const answer of [first, second]) {
      expect(answer.text).toMatch(/Say it again/);
      expect(answer.endInteraction).toBe(false);
    }
    // Nothing was written over the hung file: the turns that gave up never write, even once the disk answers.
    expect(fs.statSync(file).isFIFO()).toBe(true);
    await releaseHungFile(file);
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('the browser console API', () => {
  let app: ConsoleApp;
  beforeEach(async () => {
    app = await startConsoleApp();
  });
  afterEach(() => app.close());

  it(`stores every one of ${TIMES} simultaneous lines of one conversation as a turn`, async () => {
    const conversationId = 'c0ffee00-0000-4000-8000-000000000050';
    const opened = await post(`${app.url}/console/api/open`, { conversationId });
    expect(opened.status).toBe(200);
    const answers = await Promise.all(Array.from({ length: TIMES }, () => post(`${app.url}/console/api/say`, { conversationId, text: 'help' })));
    expect(answers.map((a) => a.status)).toEqual(new Array(TIMES).fill(200));
    expect((await app.store.get(userIdFor(conversationId)))?.turns).toBe(TIMES + 1);
  });
});

describe('the Lambda handler', () => {
  it(`stores every one of ${TIMES} simultaneous invocations of one user as a turn`, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backcoach-lambda-concurrency-'));
    process.env.BACKCOACH_DATA_DIR = dataDir;
    process.env.LOG_LEVEL = 'silent';
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { handler } = require(path.resolve('lambda/dist/index.js')) as { handler: (e: RequestEnvelope) => Promise<ResponseEnvelope> };
      const replies = await Promise.all(Array.from({ length: TIMES }, () => handler(launch())));
      expect(replies.every((r) => speechOf(r).length > 0)).toBe(true);
      expect((await new LowdbUserStore(dataDir).get(USER))?.turns).toBe(TIMES);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
