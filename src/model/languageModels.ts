/**
 * The language model of each language the coach is spoken to in, in one shape: intents with their samples, slot types
 * with their values, the welcome phrases, the carrier phrases and the agent's own words. The generators
 * (./alexaModel.ts, ./dialogflowAgent.ts) take one of these; the locales of a language share its one model.
 *
 * English's is written in ./languageModel.ts (its phrase lists) and ./intents.ts (the intents and slot values every
 * language shares); every other language gives its phrasing in its own folder (src/languages/<code>/modelPhrasing.ts),
 * made here into a model of the same intents.
 */
import type { CarrierIntent } from '../languages/carrierPhrasing';
import { SPANISH_MODEL_PHRASING } from '../languages/es/modelPhrasing';
import type { Language } from '../languages/locales';
import type { ModelPhrasing } from '../languages/modelPhrasing';
import { CARRIER_INTENTS } from './carrierIntents';
import { countWithCommentIntent, countWithCommentSlotTypes } from './countComments';
import { halfWeightIntent } from './halfWeights';
import { ALEXA_ONLY_SHAPES, INTENT_SHAPES, type IntentShape } from './intents';
import { ALEXA_ONLY_INTENTS, CUSTOM_SLOT_TYPES, INTENTS, INVOCATION_NAME, WELCOME_PHRASES, type IntentDef, type SlotTypeValue } from './languageModel';

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

/** English, the language the Dialogflow agent defaults to. */
export const LANGUAGE_MODEL: LanguageModelSource = {
  language: 'en',
  invocationName: INVOCATION_NAME,
  intents: INTENTS,
  alexaOnlyIntents: ALEXA_ONLY_INTENTS,
  slotTypes: CUSTOM_SLOT_TYPES,
  welcomePhrases: WELCOME_PHRASES,
  carrierIntents: CARRIER_INTENTS,
  alexaListed: () => ({ intents: [countWithCommentIntent(), halfWeightIntent()], slotTypes: countWithCommentSlotTypes() }),
  numberExamples: ['12', '9', '40', 'twelve', '25', '8', 'fifteen', '30', '10', 'twenty'],
  unreachableReply: "Sorry, the coach can't be reached right now. Please try again in a minute.",
};

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
  slotTypes: phrasing.slotValues,
  welcomePhrases: phrasing.welcomePhrases,
  carrierIntents: phrasing.carrierIntents,
  alexaListed: () => ({
    intents: [countWithCommentIntent(phrasing.countComments), halfWeightIntent(phrasing.halfWeightSamples())],
    slotTypes: countWithCommentSlotTypes(phrasing.countComments),
  }),
  numberExamples: phrasing.numberExamples,
  unreachableReply: phrasing.unreachableReply,
});

/** Each language's phrasing but English's, by its code: adding a language adds its folder's phrasing here. */
const PHRASINGS: Readonly<Record<Exclude<Language, 'en'>, ModelPhrasing>> = {
  es: SPANISH_MODEL_PHRASING,
};

/** Every language with a language model, English first. */
export const MODEL_LANGUAGES: readonly Language[] = ['en', ...(Object.keys(PHRASINGS) as Exclude<Language, 'en'>[])];

const made = new Map<Language, LanguageModelSource>([['en', LANGUAGE_MODEL]]);

/** A language's model, made once. */
export const languageModelOf = (language: Language): LanguageModelSource => {
  let model = made.get(language);
  if (!model) {
    model = modelOfPhrasing(language, PHRASINGS[language as Exclude<Language, 'en'>]);
    made.set(language, model);
  }
  return model;
};
