/**
 * What Spanish-speaking drivers say to the coach, by feature: each file of this folder phrases one feature's intents
 * (src/core/flows/<feature>.intents.ts) with the same `{slot}` names as English's, for drivers in the US and Mexico (tú
 * and usted, "ahorita", "órale", "sale", the English words they mix in: "las reps", "el dumbbell", "ok", "break";
 * trucker talk: "diez cuatro", "copiado"). Each intent's samples are generated when first read; the slot types'
 * Spanish values are in ../slotValues.ts.
 */
import type { LanguagePhrases } from '../../../core/flows/intents';
import { generatorsOf, samplesOf } from '../../modelPhrasing';
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
export { SPANISH_WELCOME_PHRASES } from './welcome';

export const SPANISH_PHRASES: LanguagePhrases = {
  control: CONTROL_PHRASES,
  answers: ANSWER_PHRASES,
  starting: STARTING_PHRASES,
  questions: QUESTION_PHRASES,
  trouble: TROUBLE_PHRASES,
  data: DATA_PHRASES,
  reminders: REMINDER_PHRASES,
  timeZone: TIME_ZONE_PHRASES,
};

/** The Spanish samples of an intent, by its name; none for an intent the language has no phrasing of. */
export const spanishSamples = samplesOf(SPANISH_PHRASES, EMPHATIC);

/** The intents that have a Spanish phrasing. */
export const SPANISH_INTENT_NAMES: readonly string[] = [...generatorsOf(SPANISH_PHRASES).keys()];
