/**
 * Alexa's CanFulfillIntentRequest through the Lambda handler (lambda/index.ts): lines said without the coach's name,
 * placed by the real interaction model (virtual-alexa) and asked as Alexa asks them, with no session. The coach says
 * YES to what it starts on its own, MAYBE to answers of its own questions, NO to the rest, slot by slot; it says
 * nothing, and the driver's stored document (lowdb file, DynamoDB item) is the same afterwards, byte for byte.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RequestEnvelope, ResponseEnvelope, canfulfill } from 'ask-sdk-model';
import { VirtualAlexa } from 'virtual-alexa';
import { alexaEnvelope } from '../support/alexaEnvelopes';
import { loadLambdaHandler, loadLambdaOnDynamo, type LambdaHandler } from '../support/lambdaHandler';
import { alexaLikeNumbers } from '../support/virtualAlexaNumbers';
import { startLocalDynamo, type LocalDynamo } from '../../support/localDynamo';
import { MODEL } from './transcript';

alexaLikeNumbers();

const SKILL = 'amzn1.ask.skill.backcoach-can-fulfill-test';

/** A driver on a device, talking through virtual-alexa to `handler`; `asking` turns its next request into Alexa's question. */
class NameFreeDevice {
  readonly alexa: VirtualAlexa;
  private asking = false;

  constructor(handler: LambdaHandler) {
    // virtual-alexa waits for the promise a handler returns; its type only knows Lambda's callback style.
    const lambda = handler as unknown as (...args: unknown[]) => void;
    this.alexa = VirtualAlexa.Builder().handler(lambda).interactionModelFile(MODEL).applicationID(SKILL).locale('en-US').create();
    this.alexa.filter((request: RequestEnvelope) => {
      if (!this.asking) return;
      // Alexa's question comes before any session: the line's intent and slots, and who said it.
      const asked = request as unknown as { session?: unknown; request: { type: string; dialogState?: unknown } };
      asked.request.type = 'CanFulfillIntentRequest';
      delete asked.request.dialogState;
      delete asked.session;
    });
  }

  get userId(): string {
    return this.alexa.context().user().id();
  }

  /** What the coach answers when Alexa asks whether it can take `line`. */
  ask(line: string): Promise<ResponseEnvelope['response']> {
    return this.asked(() => this.alexa.utter(line));
  }

  /** The same, for an intent and slot values as Alexa would place them. */
  askIntent(intent: string, slots: Record<string, string>): Promise<ResponseEnvelope['response']> {
    return this.asked(() => this.alexa.intend(intent, slots));
  }

  private async asked(send: () => Promise<unknown>): Promise<ResponseEnvelope['response']> {
    this.asking = true;
    try {
      return ((await send()) as ResponseEnvelope).response;
    } finally {
      this.asking = false;
    }
  }

  async say(line: string): Promise<string> {
    const answer = (await this.alexa.utter(line)) as unknown as ResponseEnvelope;
    return answer.response.outputSpeech?.type === 'SSML' ? answer.response.outputSpeech.ssml : '';
  }
}

const UNDERSTOOD: canfulfill.CanFulfillSlot = { canUnderstand: 'YES', canFulfill: 'YES' };
const NOT_UNDERSTOOD: canfulfill.CanFulfillSlot = { canUnderstand: 'NO', canFulfill: 'NO' };

/** An answer to Alexa's question, and nothing a driver would hear or see. */
const answerOnly = (canFulfillIntent: canfulfill.CanFulfillIntent) => ({ canFulfillIntent, shouldEndSession: true });

const filesUnder = (dir: string): Record<string, string> =>
  Object.fromEntries(fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => fs.statSync(path.join(dir, name)).isFile()).map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]));

describe('with lowdb', () => {
  let dataDir: string;
  let device: NameFreeDevice;
  let handler: LambdaHandler;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backcoach-can-fulfill-'));
    handler = await loadLambdaHandler({ AWS_LAMBDA_FUNCTION_NAME: 'backcoach-test', BACKCOACH_DATA_DIR: dataDir, ALEXA_SKILL_ID: SKILL, LOG_LEVEL: 'silent' });
    device = new NameFreeDevice(handler);
    // A first use left where the coach asks for the weak side: pounds chosen, the question open.
    expect(await device.say('open back coach')).toMatch(/Welcome to Back Coach/);
    expect(await device.say('yes')).toMatch(/weaker/);
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test.each([
    ['start my back workout'],
    ['start my workout'],
    ['how am I doing'],
    ['start the baseline test'],
    ['why one side'],
    ['set break reminders'],
    ["I'm done driving"],
    ['remind me to work out'],
  ])('"%s" is one the coach serves: YES', async (line) => {
    expect(await device.ask(line)).toEqual(answerOnly({ canFulfill: 'YES' }));
  });

  test('an answer to the coach\'s own questions is a MAYBE, with each slot it heard understood', async () => {
    expect(await device.ask('I got twelve')).toEqual(answerOnly({ canFulfill: 'MAYBE', slots: { count: UNDERSTOOD } }));
    expect(await device.ask('make it thirty pounds')).toEqual(answerOnly({ canFulfill: 'MAYBE', slots: { weight: UNDERSTOOD } }));
    expect(await device.ask('my left side')).toEqual(answerOnly({ canFulfill: 'MAYBE', slots: { side: UNDERSTOOD } }));
  });

  test.each([
    ['yes'],
    ['stop'],
    ['pause'],
    ['help'],
    ['skip'],
    ["what's next"],
    ['my back hurts'],
    ['delete my data'],
  ])('"%s" is not for the coach without its name: NO', async (line) => {
    const answer = await device.ask(line);
    expect(answer.canFulfillIntent?.canFulfill).toBe('NO');
    expect(answer).toEqual(answerOnly(answer.canFulfillIntent as canfulfill.CanFulfillIntent));
  });

  test('a slot value the coach cannot read makes the line a NO, and says which slot', async () => {
    expect(await device.askIntent('SideIntent', { side: 'purple' })).toEqual(answerOnly({ canFulfill: 'NO', slots: { side: NOT_UNDERSTOOD } }));
    expect(await device.askIntent('WhatWeightIntent', { unit: 'stones' })).toEqual(answerOnly({ canFulfill: 'NO', slots: { unit: NOT_UNDERSTOOD } }));
  });

  test('an intent the coach does not have, and a slot its intent does not have, are NO', async () => {
    const asked = (intent: object): unknown => alexaEnvelope({ type: 'CanFulfillIntentRequest', applicationId: SKILL, userId: device.userId, intent: intent as never, attributes: null });
    expect((await handler(asked({ name: 'PlayMusicIntent', slots: { song: { name: 'song', value: 'truckin' } } }))).response).toEqual(
      answerOnly({ canFulfill: 'NO', slots: { song: NOT_UNDERSTOOD } }),
    );
    expect((await handler(asked({ name: 'StartWorkoutIntent', slots: { song: { name: 'song', value: 'truckin' } } }))).response).toEqual(
      answerOnly({ canFulfill: 'NO', slots: { song: NOT_UNDERSTOOD } }),
    );
  });

  test('asking changes nothing stored: the document is the same file, the question still open, and a driver never met is not stored', async () => {
    const before = filesUnder(dataDir);
    expect(Object.keys(before).length).toBeGreaterThan(0);
    for (const line of ['start my back workout', 'my left side', 'I got twelve', 'delete my data', 'make it thirty pounds', 'stop']) await device.ask(line);
    const stranger = new NameFreeDevice(handler);
    expect((await stranger.ask('start my back workout')).canFulfillIntent?.canFulfill).toBe('YES');
    expect(filesUnder(dataDir)).toEqual(before);
    // The weak-side question asked before is the one the driver's next line answers.
    expect(await device.say('my left side')).toMatch(/left/i);
    expect(filesUnder(dataDir)).not.toEqual(before);
  });
});

describe('with DynamoDB (dynalite)', () => {
  let dynamo: LocalDynamo;
  beforeAll(async () => {
    dynamo = await startLocalDynamo();
  });
  afterAll(() => dynamo.close());

  test('asking neither writes the driver\'s item nor creates one for a driver never met', async () => {
    const table = await dynamo.createUsersTable();
    const handler = await loadLambdaOnDynamo({ endpoint: dynamo.endpoint, table, skillId: SKILL });
    const itemOf = (userId: string) => dynamo.item(table, userId);
    const device = new NameFreeDevice(handler);
    await device.say('open back coach');
    const before = await itemOf(device.userId);
    expect(before).toMatchObject({ version: 1 });
    expect((await device.ask('start my back workout')).canFulfillIntent?.canFulfill).toBe('YES');
    expect((await device.ask('I got twelve')).canFulfillIntent?.canFulfill).toBe('MAYBE');
    expect(await itemOf(device.userId)).toEqual(before);
    const stranger = new NameFreeDevice(handler);
    await stranger.ask('start my back workout');
    expect(await itemOf(stranger.userId)).toBeUndefined();
  });
});
