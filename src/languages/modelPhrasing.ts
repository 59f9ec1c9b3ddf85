/**
 * What a language gives the platforms' models (src/model/languageModels.ts makes the Alexa interaction model and its
 * part of the Dialogflow agent of it): the samples of each feature's intents (src/core/flows/intents.ts), the values of
 * each slot type under English's ids, the phrases that open the coach, the carrier phrases, and the few words the agent
 * itself says.
 */
import type { LanguagePhrases } from '../core/flows/intents';
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
  /**
   * Every custom slot type's values by the type's name, each value with English's id; none for the values the model
   * makes of the reading rules' own tables and its generated wordings (src/model/intents.ts), which are English's.
   */
  slotValues?: Readonly<Record<string, readonly ModelSlotValue[]>>;
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

/** A sample that says no word twice in a row, but the language's words for emphasis: "what now now", "use a a {weight}" are slips of the patterns. */
export const saidOnceBut =
  (emphatic: ReadonlySet<string>) =>
  (sample: string): boolean => {
    const words = sample.toLowerCase().split(' ');
    return words.every((word, i) => i === 0 || word !== words[i - 1] || emphatic.has(word));
  };

/** Every intent's generator in a language's phrases, by the intent's name. */
export const generatorsOf = (phrases: LanguagePhrases): ReadonlyMap<string, () => string[]> =>
  new Map(Object.values(phrases).flatMap((feature: Readonly<Record<string, () => string[]>>) => Object.entries(feature)));

/**
 * The samples of an intent by its name, from a language's phrases: generated when first asked for (the hosts map
 * intents to events and never read a sample), without the slips of the patterns; none for an intent it has no phrasing of.
 */
export const samplesOf = (phrases: LanguagePhrases, emphatic: ReadonlySet<string>): ((intentName: string) => string[]) => {
  const generators = generatorsOf(phrases);
  const saidOnce = saidOnceBut(emphatic);
  const made = new Map<string, string[]>();
  return (intentName) => {
    let samples = made.get(intentName);
    if (!samples) {
      samples = (generators.get(intentName)?.() ?? []).filter(saidOnce);
      made.set(intentName, samples);
    }
    return samples;
  };
};
