/**
 * What a language gives the platforms' models (src/model/languageModels.ts makes the Alexa interaction model and its
 * part of the Dialogflow agent of it): the samples of each intent of src/model/intents.ts, the values of each slot type
 * under English's ids, the phrases that open the coach, the carrier phrases, and the few words the agent itself says.
 */
import type { CarrierIntent, CountCommentPhrasing } from './carrierPhrasing';

export interface ModelSlotValue {
  id: string;
  synonyms: string[];
}

export interface ModelPhrasing {
  /** What a driver says to open the skill on Alexa: two or more words, as Alexa's rules for a locale allow. */
  invocationName: string;
  /** The samples of an intent (the model's and Alexa's own: WeightInPoundsIntent, GreetingIntent), by its name. */
  samples(intentName: string): string[];
  /** Every custom slot type's values by the type's name, each value with English's id. */
  slotValues: Readonly<Record<string, readonly ModelSlotValue[]>>;
  /** What opens the coach when no platform event does: Dialogflow's welcome intent hears these. */
  welcomePhrases: readonly string[];
  /** The openings Alexa's model places by their first words, the rest of the line in words. */
  carrierIntents: readonly CarrierIntent[];
  /** A count said with a comment, which Alexa's model places by the count and hands back in words. */
  countComments: CountCommentPhrasing;
  /** A weight with a half said in words, for Alexa, whose number slot holds whole numbers. */
  halfWeightSamples(): string[];
  /** Numbers as Dialogflow's training phrases show them, in digits and in the language's words, taken in turn. */
  numberExamples: readonly string[];
  /** What Dialogflow says in the language when the webhook does not answer. */
  unreachableReply: string;
}
