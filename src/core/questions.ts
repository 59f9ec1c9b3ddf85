/**
 * Every question the coach closes a reply with, and the answers it invites: short choices (each a phrase of the
 * language model) and whether a number is wanted. A turn can only ask a question listed here, so every reply
 * says what it expects.
 */
import type { Choice } from './reply';

export interface QuestionSpec {
  choices: readonly Choice[];
  /** A number is wanted: a count for where the workout stands (reps or seconds), or a dumbbell weight. */
  number?: 'count' | 'weight';
}

const YES_NO: readonly Choice[] = ['yes', 'no'];

export const QUESTIONS = {
  ASK_UNITS: { choices: ['lb', 'kg'] },
  ASK_UNITS_SHORT: { choices: ['lb', 'kg'] },
  ASK_WEAK_SIDE: { choices: ['left', 'right'] },
  ASK_TEST_WEIGHT: { choices: [], number: 'weight' },
  TEST_WEAK_READY: { choices: ['go'] },
  TEST_STRONG_GO: { choices: ['go'] },
  ASK_TEST_COUNT: { choices: [], number: 'count' },
  OFFER_FIRST_WORKOUT: { choices: YES_NO },
  OFFER_WORKOUT_AFTER_TEST: { choices: YES_NO },
  OFFER_WORKOUT: { choices: YES_NO },
  OFFER_RETEST: { choices: YES_NO },
  OFFER_RETEST_SHORT: { choices: YES_NO },
  OFFER_RESUME: { choices: YES_NO },
  OFFER_RESUME_FINISHER: { choices: YES_NO },
  RESUME_SHORT: { choices: YES_NO },
  OFFER_POSTURE_BREAK: { choices: YES_NO },
  CONFIRM_DELETE: { choices: YES_NO },
  CONFIRM_DELETE_SHORT: { choices: YES_NO },
  CONFIRM_COUNT: { choices: YES_NO, number: 'count' },
  CONFIRM_COUNT_SHORT: { choices: YES_NO, number: 'count' },
  CONFIRM_WEIGHT: { choices: YES_NO, number: 'weight' },
  CONFIRM_WEIGHT_SHORT: { choices: YES_NO, number: 'weight' },
  ASK_COUNT_AGAIN: { choices: [], number: 'count' },
  ASK_NEW_WEIGHT: { choices: [], number: 'weight' },
  ASK_AFTER_PAIN: { choices: ['yes', 'stop'] },
  ASK_RESUME: { choices: ['resume', 'stop'] },
  SAY_GO: { choices: ['go'] },
  ASK_REPS: { choices: [], number: 'count' },
  ASK_SECONDS: { choices: [], number: 'count' },
  ASK_REPS_SHORT: { choices: [], number: 'count' },
  ASK_SECONDS_SHORT: { choices: [], number: 'count' },
  ASK_FINISHER: { choices: [], number: 'count' },
  MAIN_MENU: { choices: ['startWorkout', 'startTest', 'progress'] },
  ASK_BACK_FEELING: { choices: YES_NO },
  ASK_DRIVE_LENGTH: { choices: [] },
  ASK_BREAK_INTERVAL: { choices: YES_NO },
  ASK_BREAK_INTERVAL_NUMBER: { choices: [] },
  ASK_WORKOUT_TIME: { choices: [] },
  ASK_PARKED: { choices: YES_NO },
} as const satisfies Record<string, QuestionSpec>;

export type QuestionKey = keyof typeof QUESTIONS;

export const isQuestionKey = (key: string): key is QuestionKey => Object.hasOwn(QUESTIONS, key);
