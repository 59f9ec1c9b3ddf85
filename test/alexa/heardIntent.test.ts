/**
 * The skill reads a line Alexa's model placed by its opening word only with the local NLU it is given; when it has
 * none, or the NLU fails, the line is answered as not understood and the driver's setup is kept.
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

/** A driver at "which side feels weaker?" who answers in words Alexa's samples do not hold. */
const atWeakSideQuestion = async (nlu: (() => Promise<Nlu>) | undefined) => {
  const { store, send } = skillWith(nlu);
  await send(alexaEnvelope({ userId: USER }));
  expect(await send(alexaEnvelope({ userId: USER, intent: { name: 'AMAZON.YesIntent' } }))).toMatch(/which side feels weaker/i);
  const answer = await send(alexaEnvelope({ userId: USER, intent: { name: 'OpensWith_honestly', slots: { words: { name: 'words', value: 'the right one has always been weaker' } } } }));
  return { answer, stored: await store.get(USER) };
};

test('with the local NLU, the line is heard as the driver meant it', async () => {
  const { answer, stored } = await atWeakSideQuestion(sharedNlu);
  expect(answer).toMatch(/how heavy is your dumbbell/i);
  expect(stored?.weakSide).toBe('right');
});

test('without one, it is not understood, and the question is asked again', async () => {
  const { answer, stored } = await atWeakSideQuestion(undefined);
  expect(answer).toMatch(/^<speak>Sorry, I (didn't get|missed) that\..*which side feels weaker/i);
  expect(stored?.weakSide).toBeNull();
});

test('when the NLU fails, it is not understood either, and nothing else changes', async () => {
  const failing = (): Promise<Nlu> => Promise.reject(new Error('the snapshot is unreadable'));
  const { answer, stored } = await atWeakSideQuestion(failing);
  expect(answer).toMatch(/^<speak>Sorry, I (didn't get|missed) that\..*which side feels weaker/i);
  expect(stored?.weakSide).toBeNull();
  expect(stored?.units).toBe('lb');
});
