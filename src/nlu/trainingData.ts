/**
 * What the local NLU of a language learns from: each intent's samples, the welcome phrases as an intent of their own,
 * the phrases about something else, the coach's own prompts (their words are words the coach uses), the slot types'
 * values and the number words, each language's from its folder (src/languages/<code>/phrases/, heardWords.ts). Loaded
 * only to train and to key a snapshot: building the samples takes tens of milliseconds that loading a snapshot (the
 * Lambda's first line, the server's start) need not pay.
 */
import type { IntentDef } from '../model/languageModel';
import type { IntentShape, SlotTypeName, SlotTypeValue } from '../model/intents';
import { WELCOME_INTENT } from '../model/intentEvents';
import type { Language } from '../languages/locales';

/** The welcome phrases' intent, as a reading names it. */
export const WELCOME: IntentShape = { name: WELCOME_INTENT, event: 'launch', slots: [] };

export type CustomSlotTypes = Readonly<Record<Exclude<SlotTypeName, 'AMAZON.NUMBER'>, readonly SlotTypeValue[]>>;

export interface TrainingData {
  /** The intents with their samples, the welcome intent among them. */
  intents: readonly IntentDef[];
  offTopic: readonly string[];
  /** What the coach itself says. */
  prompts: readonly (string | readonly string[])[];
  slotTypes: CustomSlotTypes;
  /** Each number with the digits and words that say it. */
  numbers: readonly { value: string; texts: readonly string[] }[];
}

/**
 * The fallback intent's samples are the phrases about something else, which the local NLU learns as none of the
 * intents (`offTopic`): as an intent of their own they would teach it the road's words as the coach's.
 */
const withoutFallbackSamples = (intent: IntentDef): IntentDef => (intent.name === 'AMAZON.FallbackIntent' ? { ...intent, samples: [] } : intent);

// Required when called, not imported at the top (nor by import(), which a worker running the source through tsx's
// require hook cannot resolve): a bundle whose entry never trains leaves them out.
/* eslint-disable @typescript-eslint/no-require-imports */
const english = (): TrainingData => {
  const { CUSTOM_SLOT_TYPES, INTENTS, OFF_TOPIC_PHRASES, WELCOME_PHRASES } = require('../model/languageModel') as typeof import('../model/languageModel');
  const { EN_US } = require('../languages/en/prompts') as typeof import('../languages/en/prompts');
  const { numberTable } = require('../languages/en/numbersHeard') as typeof import('../languages/en/numbersHeard');
  return {
    intents: [...INTENTS.map(withoutFallbackSamples), { ...WELCOME, samples: [...WELCOME_PHRASES] }],
    offTopic: OFF_TOPIC_PHRASES,
    prompts: Object.values(EN_US),
    slotTypes: CUSTOM_SLOT_TYPES,
    numbers: numberTable(),
  };
};

/** Spanish: the same intents and slots as English (src/model/intents.ts), with the Spanish phrasings and values. */
const spanish = (): TrainingData => {
  const { INTENT_SHAPES } = require('../model/intents') as typeof import('../model/intents');
  const { spanishSamples, SPANISH_WELCOME_PHRASES } = require('../languages/es/phrases') as typeof import('../languages/es/phrases');
  const { SPANISH_SLOT_VALUES } = require('../languages/es/slotValues') as typeof import('../languages/es/slotValues');
  const { spanishNumberTable } = require('../languages/es/numbersHeard') as typeof import('../languages/es/numbersHeard');
  const { OFF_TOPIC_PHRASES } = require('../languages/es/heardWords') as typeof import('../languages/es/heardWords');
  const { ES } = require('../languages/es/prompts') as typeof import('../languages/es/prompts');
  const slotTypes: CustomSlotTypes = {
    UnitType: SPANISH_SLOT_VALUES.UnitType,
    SideType: SPANISH_SLOT_VALUES.SideType,
    BodyPartType: SPANISH_SLOT_VALUES.BodyPartType,
    ComplaintType: SPANISH_SLOT_VALUES.ComplaintType,
    TimeZoneType: SPANISH_SLOT_VALUES.TimeZoneType,
    DurationType: SPANISH_SLOT_VALUES.DurationType,
    DriveLengthType: SPANISH_SLOT_VALUES.DriveLengthType,
    TimeOfDayType: SPANISH_SLOT_VALUES.TimeOfDayType,
  };
  return {
    intents: [...INTENT_SHAPES.map((shape) => withoutFallbackSamples({ ...shape, samples: spanishSamples(shape.name) })), { ...WELCOME, samples: [...SPANISH_WELCOME_PHRASES] }],
    offTopic: OFF_TOPIC_PHRASES,
    prompts: Object.values(ES),
    slotTypes,
    numbers: spanishNumberTable(),
  };
};
/* eslint-enable @typescript-eslint/no-require-imports */

const made = new Map<Language, TrainingData>();

/** A language's training data, made once. */
export const trainingData = (language: Language): TrainingData => {
  let data = made.get(language);
  if (!data) {
    data = language === 'es' ? spanish() : english();
    made.set(language, data);
  }
  return data;
};
