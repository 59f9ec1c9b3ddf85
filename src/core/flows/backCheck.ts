/**
 * After pain, the next workout starts by asking how the back feels (PROGRAM.md's safety rules): still hurting
 * means a lighter dumbbell today, controlled form, and the advice to see a physician if it keeps hurting.
 */
import type { UserDocument } from '../document';
import { roundToStep, step } from '../progression';
import { PROGRAM } from '../program';
import type { Turn } from '../turn';
import { weightWords } from '../words';
import { recordWeightChange } from './weight';

/** A pain was logged after the coach last heard how the back feels. */
export const backCheckDue = (doc: Pick<UserDocument, 'painLog' | 'backCheckedAt'>): boolean => {
  const latest = doc.painLog[doc.painLog.length - 1];
  return !!latest && (doc.backCheckedAt === null || Date.parse(latest.at) > Date.parse(doc.backCheckedAt));
};

/** Asks how the back feels when it is due; `then` is what follows the answer. Returns true when it asked. */
export const askAboutBackIfDue = (turn: Turn, then: 'offerWorkout' | 'startWorkout'): boolean => {
  if (!backCheckDue(turn.doc)) return false;
  turn.doc.pending = { kind: 'askBackFeeling', then };
  turn.ask('ASK_BACK_FEELING');
  return true;
};

/** The answer: still hurting lowers today's weight by the program's steps; either way the question is settled. */
export const takeBackFeeling = (turn: Turn, stillHurts: boolean): void => {
  const doc = turn.doc;
  doc.backCheckedAt = turn.now;
  if (!stillHurts) {
    turn.say('BACK_FEELS_FINE');
    return;
  }
  if (doc.weight === null || doc.units === null) {
    turn.say('BACK_STILL_HURTS_LIGHTEST');
    return;
  }
  const lighter = roundToStep(doc.weight - step(doc.units) * PROGRAM.painRecovery.stepsLighter, doc.units);
  if (lighter >= doc.weight) {
    turn.say('BACK_STILL_HURTS_LIGHTEST');
    return;
  }
  const previous = doc.weight;
  recordWeightChange(turn, lighter, 'pain');
  turn.say('BACK_STILL_HURTS', { weightWords: weightWords(lighter, doc.units), previousWords: weightWords(previous, doc.units) });
};
