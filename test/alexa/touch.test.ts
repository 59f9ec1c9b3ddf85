/**
 * Touching an answer on an Echo Show: the button's Alexa.Presentation.APL.UserEvent goes through the Lambda handler
 * and reaches the coach as the same event as the spoken answer. Two drivers walk the same steps, one speaking every
 * answer and one touching yes, go, "skip the rest" and no: they hear the same words and end up with the same record.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { alexaEnvelope, speechOf, TEST_SKILL_ID, type JsonObject } from '../support/alexaEnvelopes';
import { loadLambdaHandler, type LambdaHandler } from '../support/lambdaHandler';
import { LowdbUserStore } from '../../src/store';
import { alexaTimestamp } from '../../support/alexaRequest';

const NOW = new Date('2026-11-23T15:00:00Z');
const SPOKEN = 'amzn1.ask.account.touch-test-spoken';
const TOUCHED = 'amzn1.ask.account.touch-test-touched';

type Step = { intent: string; slots?: Record<string, string> } | { touch: string };

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backcoach-touch-'));
let handler: LambdaHandler;
beforeAll(async () => {
  handler = await loadLambdaHandler({ BACKCOACH_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ALEXA_SKILL_ID: TEST_SKILL_ID, BACKCOACH_DEFAULT_TIME_ZONE: 'America/Chicago' });
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const envelopeOf = (userId: string, step: Step | 'launch', minute: number): JsonObject => {
  const timestamp = alexaTimestamp(new Date(NOW.getTime() + minute * 60_000));
  if (step === 'launch') return alexaEnvelope({ userId, timestamp, attributes: {}, newSession: true, sessionId: `session-${userId}` });
  if ('intent' in step) {
    const slots = Object.fromEntries(Object.entries(step.slots ?? {}).map(([name, value]) => [name, { name, value }]));
    return alexaEnvelope({ userId, timestamp, attributes: {}, sessionId: `session-${userId}`, intent: { name: step.intent, slots } });
  }
  const envelope = alexaEnvelope({ userId, timestamp, attributes: {}, sessionId: `session-${userId}`, type: 'Alexa.Presentation.APL.UserEvent' });
  Object.assign(envelope.request as JsonObject, { token: 'backcoach-screen', arguments: ['answer', step.touch], source: { type: 'TouchWrapper', handler: 'Press' } });
  return envelope;
};

const send = async (userId: string, step: Step | 'launch', minute: number): Promise<ResponseEnvelope> => handler(envelopeOf(userId, step, minute));

/** What the spoken and the touched driver each do, step by step: a touch where the other speaks, the rest the same. */
const WALK: { spoken: Step; touched: Step }[] = [
  { spoken: { intent: 'AMAZON.YesIntent' }, touched: { touch: 'yes' } }, // pounds
  { spoken: { intent: 'SideIntent', slots: { side: 'left' } }, touched: { intent: 'SideIntent', slots: { side: 'left' } } },
  { spoken: { intent: 'CountIntent', slots: { count: '40' } }, touched: { intent: 'CountIntent', slots: { count: '40' } } },
  { spoken: { intent: 'ReadyIntent' }, touched: { touch: 'go' } },
  { spoken: { intent: 'CountIntent', slots: { count: '9' } }, touched: { intent: 'CountIntent', slots: { count: '9' } } },
  { spoken: { intent: 'SkipRestIntent' }, touched: { touch: 'skipRest' } },
  { spoken: { intent: 'CountIntent', slots: { count: '13' } }, touched: { intent: 'CountIntent', slots: { count: '13' } } },
  { spoken: { intent: 'AMAZON.NoIntent' }, touched: { touch: 'no' } }, // no workout today
];

test('a touched yes, go, "skip the rest" and no are heard as the spoken ones', async () => {
  expect(speechOf(await send(SPOKEN, 'launch', 0))).toBe(speechOf(await send(TOUCHED, 'launch', 0)));
  for (const [i, step] of WALK.entries()) {
    const spoken = speechOf(await send(SPOKEN, step.spoken, i + 1));
    const touched = speechOf(await send(TOUCHED, step.touched, i + 1));
    expect(touched).toBe(spoken);
  }
  const store = new LowdbUserStore(dataDir);
  const [spokenDoc, touchedDoc] = [await store.get(SPOKEN), await store.get(TOUCHED)];
  expect(touchedDoc?.tests).toEqual(spokenDoc?.tests);
  expect(touchedDoc?.tests).toHaveLength(1);
  expect(touchedDoc?.tests[0]).toMatchObject({ weakReps: 9, strongReps: 13 });
  expect({ ...touchedDoc, userId: null, recentTurns: null }).toEqual({ ...spokenDoc, userId: null, recentTurns: null });
});

test('a touch event that is not an answer a button sends is not taken for one', async () => {
  const user = 'amzn1.ask.account.touch-test-odd';
  await send(user, 'launch', 0);
  const before = await new LowdbUserStore(dataDir).get(user);
  const odd = await send(user, { touch: 'jump' }, 1);
  expect(speechOf(odd)).toMatch(/Should I count your weights in pounds\?/);
  const after = await new LowdbUserStore(dataDir).get(user);
  expect({ ...after, turns: 0, recentTurns: [] }).toEqual({ ...before, turns: 0, recentTurns: [] });
});
