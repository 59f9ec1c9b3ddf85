/**
 * What the coach is waiting to hear: the question it asked last (or the one that waits across turns), as the kinds of
 * answer it takes. The reading rules (./readHeard.ts) let it decide how a line that could be read two ways is read.
 */
import type { UserDocument } from '../document';
import { QUESTIONS, type QuestionKey } from '../questions';

/** What a bare number answers: reps, a carry's seconds, the dumbbell's weight, a drive's hours, a break's minutes, an hour. */
export type NumberAsked = 'count' | 'seconds' | 'weight' | 'driveLength' | 'breakInterval' | 'time';

export interface Expectation {
  number: NumberAsked | null;
  yesNo: boolean;
  units: boolean;
  side: boolean;
  go: boolean;
  /** A workout or a test is under way: starting one is not what a line means. */
  busy: boolean;
}

export const NOTHING_ASKED: Expectation = { number: null, yesNo: false, units: false, side: false, go: false, busy: false };

const SECONDS_QUESTIONS: ReadonlySet<QuestionKey> = new Set(['ASK_SECONDS', 'ASK_SECONDS_SHORT']);

const ofQuestion = (key: QuestionKey): Omit<Expectation, 'busy'> => {
  const spec = QUESTIONS[key];
  const choices: readonly string[] = spec.choices;
  const number = 'number' in spec ? spec.number : undefined;
  return {
    number: number === 'weight' ? 'weight' : number === 'count' ? (SECONDS_QUESTIONS.has(key) ? 'seconds' : 'count') : null,
    yesNo: choices.includes('yes') || choices.includes('no'),
    units: choices.includes('lb'),
    side: choices.includes('left'),
    go: choices.includes('go') || choices.includes('resume'),
  };
};

const ofPending = (pending: NonNullable<UserDocument['pending']>): Omit<Expectation, 'busy'> => {
  const yesNo = { ...NOTHING_ASKED, yesNo: true };
  switch (pending.kind) {
    case 'confirmCount':
      return { ...yesNo, number: 'count' };
    case 'confirmWeight':
      return { ...yesNo, number: 'weight' };
    case 'askWeight':
      return { ...NOTHING_ASKED, number: 'weight' };
    case 'askDriveLength':
      return { ...NOTHING_ASKED, number: 'driveLength' };
    case 'askBreakInterval':
      return { ...yesNo, number: 'breakInterval' };
    case 'askWorkoutTime':
      return { ...NOTHING_ASKED, number: 'time' };
    default:
      return yesNo;
  }
};

/** What the coach waits to hear from the driver whose document this is (nothing, for a driver never met). */
export const expectationOf = (doc: UserDocument | null): Expectation => {
  if (!doc) return NOTHING_ASKED;
  const busy = doc.activity?.kind === 'workout' || doc.activity?.kind === 'test';
  if (doc.pending) return { ...ofPending(doc.pending), busy };
  if (doc.lastPrompt) return { ...ofQuestion(doc.lastPrompt.key), busy };
  return { ...NOTHING_ASKED, busy };
};
