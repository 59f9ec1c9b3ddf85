/**
 * What the hosts need of the language model: each intent's name, the coach event it means and its slots (each
 * feature's, declared beside its flow: src/core/flows/*.intents.ts), and English's values of the custom slot types.
 * The samples are each language's (src/languages/<code>/phrases/), made into models by ./languageModels.ts; keeping
 * them apart keeps the phrase lists and their generators out of the Lambda bundle, which maps intents to events and
 * never reads a sample.
 */
import { FEATURES } from '../core/flows/intents';
import type { FeatureIntents, IntentShape, SlotTypeName } from '../core/intentShapes';
import { BODY_PARTS, COMPLAINTS, SIDE_NAMES, TIME_ZONES, UNIT_NAMES } from '../languages/en/readingTables';
import { driveLengthWordings, durationWordings, timeOfDayWordings } from '../languages/en/slotValues';
import { isoDuration } from './clockWordings';

export type { IntentShape, SlotDef, SlotTypeName } from '../core/intentShapes';

/** An intent with a language's samples; `{slot}` marks a slot. For built-ins these train the local NLU and other platforms. */
export interface IntentDef extends IntentShape {
  samples: string[];
}

export interface SlotTypeValue {
  id: string;
  synonyms: string[];
  /** The value as typed, with digits ("7:30 pm"): for the hosts that read typed words, never for Alexa's model. */
  written?: string[];
}

/**
 * The custom slot types' values. Units, sides, body parts, complaints and time zones are the reading rules' own word
 * tables (src/languages/en/readingTables.ts), so every platform's NLU hears the words those rules read.
 */
const once = <T>(make: () => T): (() => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};
// The wordings of every duration, drive length and time of day are generated, thousands of them: only when a slot of
// that type is first read (a launch reads none).
const durations = once(() => durationWordings().map(({ seconds, wordings }) => ({ id: isoDuration(seconds), synonyms: wordings })));
const driveLengths = once(() => driveLengthWordings().map(({ id, wordings, written }) => ({ id, synonyms: wordings, written })));
const timesOfDay = once(() => timeOfDayWordings().map(({ id, wordings, written }) => ({ id, synonyms: wordings, written })));

export const CUSTOM_SLOT_TYPES: Readonly<Record<Exclude<SlotTypeName, 'AMAZON.NUMBER'>, SlotTypeValue[]>> = {
  UnitType: (['lb', 'kg'] as const).map((id) => ({ id, synonyms: [...UNIT_NAMES[id]] })),
  SideType: (['left', 'right'] as const).map((id) => ({ id, synonyms: [...SIDE_NAMES[id]] })),
  BodyPartType: BODY_PARTS.map(({ id, names }) => ({ id, synonyms: [...names] })),
  ComplaintType: COMPLAINTS.map(({ id, names }) => ({ id, synonyms: [...names] })),
  TimeZoneType: TIME_ZONES.map(({ id, names }) => ({ id, synonyms: [...names] })),
  get DurationType() {
    return durations();
  },
  get DriveLengthType() {
    return driveLengths();
  },
  get TimeOfDayType() {
    return timesOfDay();
  },
};

const FEATURE_LIST: readonly FeatureIntents[] = Object.values(FEATURES);

/** Every intent, in the order the models list them: each feature's, as its flow declares them (src/core/flows/intents.ts). */
export const INTENT_SHAPES: IntentShape[] = FEATURE_LIST.flatMap((feature) => feature.intents);

/**
 * Intents only Alexa's model carries: the weight with its unit spelled out (exact matchers cannot split "forty
 * pounds"), and a greeting said inside a session ("hi back coach"), which Dialogflow's welcome intent and the local
 * NLU's welcome phrases hear on the other hosts.
 */
export const ALEXA_ONLY_SHAPES: IntentShape[] = FEATURE_LIST.flatMap((feature) => feature.alexaOnly ?? []);
