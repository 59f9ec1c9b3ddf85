/**
 * The language model of each language the coach is spoken to in, in one shape: intents with their samples, slot types
 * with their values, the welcome phrases, the carrier phrases and the agent's own words. The generators
 * (./alexaModel.ts, ./dialogflowAgent.ts) take one of these; the locales of a language share its one model.
 *
 * The intents are every feature's (src/core/flows/*.intents.ts, listed by ./intents.ts); each language gives their
 * samples and its other words in its own folder (src/languages/<code>/modelPhrasing.ts), made here into a model.
 */
import type { CarrierIntent } from '../languages/carrierPhrasing';
import { ENGLISH_MODEL_PHRASING } from '../languages/en/modelPhrasing';
import { SPANISH_MODEL_PHRASING } from '../languages/es/modelPhrasing';
import type { Language } from '../languages/locales';
import type { ModelPhrasing } from '../languages/modelPhrasing';
import { countWithCommentIntent, countWithCommentSlotTypes } from './countComments';
import { halfWeightIntent } from './halfWeights';
import { ALEXA_ONLY_SHAPES, CUSTOM_SLOT_TYPES, INTENT_SHAPES, type IntentDef, type IntentShape, type SlotTypeValue } from './intents';

/** An intent Alexa's model lists as it is written (its samples are for Alexa only): a count with a comment, a weight with a half. */
export interface AlexaListedIntent {
  name: string;
  slots: { name: string; type: string }[];
  samples: string[];
}

/** What the generators read of a language. */
export interface LanguageModelSource {
  language: Language;
  invocationName: string;
  intents: readonly IntentDef[];
  /** Intents only Alexa's model carries (src/model/intents.ts, ALEXA_ONLY_SHAPES). */
  alexaOnlyIntents?: readonly IntentDef[];
  slotTypes: Readonly<Record<string, readonly SlotTypeValue[]>>;
  /** What opens the coach when no platform event does: Dialogflow's welcome intent hears these. */
  welcomePhrases: readonly string[];
  /** Alexa's intents of an opening and then any words (src/languages/carrierPhrasing.ts), after every other intent. */
  carrierIntents: readonly CarrierIntent[];
  /** Alexa's intents listed as written, after the language model's own, with the slot types only they use. */
  alexaListed?: () => { intents: AlexaListedIntent[]; slotTypes: Record<string, SlotTypeValue[]> };
  /** Numbers as Dialogflow's training phrases show them, in digits and in the language's words, taken in turn. */
  numberExamples: readonly string[];
  /** What Dialogflow says in the language when the webhook does not answer; a webhook reply replaces it. */
  unreachableReply: string;
}

/** An intent of the shared shapes with a language's samples, made when first read. */
const withSamples = (shape: IntentShape, phrasing: ModelPhrasing): IntentDef => {
  let samples: string[] | null = null;
  return {
    ...shape,
    get samples() {
      return (samples ??= phrasing.samples(shape.name));
    },
  };
};

/**
 * A language's model from its phrasing: the intents every language shares, with the language's samples, and Alexa's
 * own (a count with a comment, a weight with a half) in the language's words; the skill reads a comment's words with
 * the reading rules in the request's language.
 */
export const modelOfPhrasing = (language: Language, phrasing: ModelPhrasing): LanguageModelSource => ({
  language,
  invocationName: phrasing.invocationName,
  intents: INTENT_SHAPES.map((shape) => withSamples(shape, phrasing)),
  alexaOnlyIntents: ALEXA_ONLY_SHAPES.map((shape) => withSamples(shape, phrasing)),
  slotTypes: phrasing.slotValues ?? CUSTOM_SLOT_TYPES,
  welcomePhrases: phrasing.welcomePhrases,
  carrierIntents: phrasing.carrierIntents,
  alexaListed: () => ({
    intents: [countWithCommentIntent(phrasing.countComments), halfWeightIntent(phrasing.halfWeightSamples())],
    slotTypes: countWithCommentSlotTypes(phrasing.countComments),
  }),
  numberExamples: phrasing.numberExamples,
  unreachableReply: phrasing.unreachableReply,
});

/** Each language's phrasing, by its code, the Dialogflow agent's default (English) first: adding a language adds its folder's phrasing here. */
const PHRASINGS: Readonly<Record<Language, ModelPhrasing>> = {
  en: ENGLISH_MODEL_PHRASING,
  es: SPANISH_MODEL_PHRASING,
};

/** Every language with a language model, English first. */
export const MODEL_LANGUAGES: readonly Language[] = Object.keys(PHRASINGS) as Language[];

const made = new Map<Language, LanguageModelSource>();

/** A language's model, made once. */
export const languageModelOf = (language: Language): LanguageModelSource => {
  let model = made.get(language);
  if (!model) {
    model = modelOfPhrasing(language, PHRASINGS[language]);
    made.set(language, model);
  }
  return model;
};

/** English, the language the Dialogflow agent defaults to. */
export const LANGUAGE_MODEL: LanguageModelSource = languageModelOf('en');
