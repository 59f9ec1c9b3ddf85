/**
 * What English-speaking drivers say to the coach, by feature: each file of this folder phrases one feature's intents
 * (src/core/flows/<feature>.intents.ts). Drivers answer with carrier words around the value ("I only got eight", "uh
 * nine I think", "the dumbbell is thirty five pounds"), so most samples are patterns: lists of openers, carriers and
 * tails combined with `say` (src/languages/phrasing.ts). Alexa's built-in intents match only samples said exactly, and
 * virtual-alexa matches every intent that way, so the combinations are listed rather than left to a statistical model.
 * `npx tsx scripts/print-samples.ts <IntentName>` prints what an intent's patterns make, for review.
 */
import type { LanguagePhrases } from '../../../core/flows/intents';
import { samplesOf } from '../../modelPhrasing';
import { ANSWER_PHRASES } from './answers';
import { CONTROL_PHRASES } from './control';
import { DATA_PHRASES } from './data';
import { QUESTION_PHRASES } from './questions';
import { REMINDER_PHRASES } from './reminders';
import { EMPHATIC } from './shared';
import { STARTING_PHRASES } from './starting';
import { TIME_ZONE_PHRASES } from './timeZone';
import { TROUBLE_PHRASES } from './trouble';

export { halfWeightSamples } from './answers';
export { INVOCATION_NAME, WELCOME_PHRASES } from './welcome';

export const ENGLISH_PHRASES: LanguagePhrases = {
  control: CONTROL_PHRASES,
  answers: ANSWER_PHRASES,
  starting: STARTING_PHRASES,
  questions: QUESTION_PHRASES,
  trouble: TROUBLE_PHRASES,
  data: DATA_PHRASES,
  reminders: REMINDER_PHRASES,
  timeZone: TIME_ZONE_PHRASES,
};

/** The English samples of an intent, by its name. */
export const englishSamples = samplesOf(ENGLISH_PHRASES, EMPHATIC);
