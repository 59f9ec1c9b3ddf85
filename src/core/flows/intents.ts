/**
 * Every feature's intents, in the order the platforms' models list them (the order feeds the model files and the local
 * NLU's training): src/model/intents.ts lists them in this order, and each language's phrases (src/languages/<code>/
 * phrases/index.ts) give every feature's samples, under the same names.
 */
import type { PhrasesOf } from '../intentShapes';
import { ANSWER_INTENTS } from './answers.intents';
import { CONTROL_INTENTS } from './control.intents';
import { DATA_INTENTS } from './data.intents';
import { QUESTION_INTENTS } from './questions.intents';
import { REMINDER_INTENTS } from './reminders.intents';
import { STARTING_INTENTS } from './starting.intents';
import { TIME_ZONE_INTENTS } from './timeZone.intents';
import { TROUBLE_INTENTS } from './trouble.intents';

export const FEATURES = {
  control: CONTROL_INTENTS,
  answers: ANSWER_INTENTS,
  starting: STARTING_INTENTS,
  questions: QUESTION_INTENTS,
  trouble: TROUBLE_INTENTS,
  data: DATA_INTENTS,
  reminders: REMINDER_INTENTS,
  timeZone: TIME_ZONE_INTENTS,
} as const;

export type Feature = keyof typeof FEATURES;

/** A language's samples: each feature's phrasing (src/languages/<code>/phrases/<feature>.ts). */
export type LanguagePhrases = { readonly [F in Feature]: PhrasesOf<(typeof FEATURES)[F]> };
