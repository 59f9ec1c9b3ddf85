/**
 * The skill reads a line Alexa's model placed by a carrier phrase only with the local NLU it is given and by its words;
 * when it has no NLU, or the NLU fails, the words alone are read, and a line they do not place is answered as not
 * understood with the driver's setup kept.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import pino from 'pino';
import { createAlexaSkill } from '../../src/alexa/skill';
import type { Nlu } from '../../src/nlu/nlu';
import { sharedNlu } from '../../src/nlu/sharedNlu';
import { LowdbUserStore } from '../../src/store';
import { createTurnRunner } from '../../src/turns/turnRunner';
import { alexaEnvelope, speechOf } from '../support/alexaEnvelopes';

const USER = 'amzn1.ask.account.heard-intent-test';
const silent = pino({ level: 'silent' });
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backcoach-heard-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const skillWith = (nlu: (() => Promise<Nlu>) | undefined) => {
  const store = new LowdbUserStore(dir);
  const skill = createAlexaSkill({ runTurn: createTurnRunner({ store, logger: silent }), defaultTimeZone: 'America/Chicago', logger: silent, nlu });
  const send = async (envelope: unknown): Promise<string> => speechOf(await skill.invoke(envelope as RequestEnvelope));
  return { store, send };
};

/** A driver at "which side feels weaker?" who answers in words Alexa's samples do not hold, after "I". */
const atWeakSideQuestion = async (nlu: (() => Promise<Nlu>) | undefined, words: string) => {
  const { store, send } = skillWith(nlu);
  await send(alexaEnvelope({ userId: USER }));
  expect(await send(alexaEnvelope({ userId: USER, intent: { name: 'AMAZON.YesIntent' } }))).toMatch(/which side feels weaker/i);
  const answer = await send(alexaEnvelope({ userId: USER, intent: { name: 'SayIIntent', slots: { words: { name: 'words', value: words } } } }));
  return { answer, stored: await store.get(USER) };
};

const RIGHT_ARM = 'reckon the right one has always been weaker';
const ASKING = 'could use some help figuring this out';

test('with the local NLU, the line is heard as the driver meant it', async () => {
  const { answer, stored } = await atWeakSideQuestion(sharedNlu, RIGHT_ARM);
  expect(answer).toMatch(/how heavy is your dumbbell/i);
  expect(stored?.weakSide).toBe('right');
});

test('without one, the words are still read by the question: a side named at "which side?" is that side', async () => {
  const { answer, stored } = await atWeakSideQuestion(undefined, RIGHT_ARM);
  expect(answer).toMatch(/how heavy is your dumbbell/i);
  expect(stored?.weakSide).toBe('right');
});

test('without one, a line the words alone do not place is not understood, and the question is asked again', async () => {
  const { answer, stored } = await atWeakSideQuestion(undefined, ASKING);
  expect(answer).toMatch(/^<speak>Sorry, I (didn't get|missed) that\..*which side feels weaker/i);
  expect(stored?.weakSide).toBeNull();
});

test('when the NLU fails, such a line is not understood either, and nothing else changes', async () => {
  const failing = (): Promise<Nlu> => Promise.reject(new Error('the snapshot is unreadable'));
  const { answer, stored } = await atWeakSideQuestion(failing, ASKING);
  expect(answer).toMatch(/^<speak>Sorry, I (didn't get|missed) that\..*which side feels weaker/i);
  expect(stored?.weakSide).toBeNull();
  expect(stored?.units).toBe('lb');
});
