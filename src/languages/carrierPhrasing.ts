/**
 * How a language writes its carrier phrases: the openings of a line ("how …", "cómo …") that Alexa's model places by
 * their first words, with the rest of the line in an AMAZON.SearchQuery slot (see src/model/carrierIntents.ts). Each
 * language lists its own in its folder; an intent's name is unique across languages, so the skill puts a line back
 * together from the intent's name alone.
 */

/** The slot holding what followed the carrier. */
export const FOLLOWING_WORDS_SLOT = 'words';

const W = `{${FOLLOWING_WORDS_SLOT}}`;

export interface CarrierIntent {
  name: string;
  /** Its samples: carrier phrases around the free words. */
  carriers: readonly string[];
  /** The line it stands for, with the words Alexa heard in place of {words}: the first carrier. */
  said: string;
}

/** A carrier intent: "…" in a carrier marks where the free words go. */
export const carrier = (name: string, ...carriers: string[]): CarrierIntent => ({ name, carriers: carriers.map((c) => c.replace('…', W)), said: (carriers[0] ?? '').replace('…', W) });

/** A carrier intent for a line opened with a filler ("okay so …", "pues …"): only the words after it are the line. */
export const fillerCarrier = (name: string, ...carriers: string[]): CarrierIntent => ({ ...carrier(name, ...carriers), said: W });

/**
 * How a language says a count with a comment ("eight, but my form got sloppy", "doce, estuvo pesado"), which Alexa's
 * model places by the count and hands back in words (src/model/countComments.ts): the words a count is said after,
 * between it and the comment, and after a comment before a count; the comments by what they say (their ids only name
 * the kind: the skill reads the words); and the amounts said in words ("a dozen", "una docena").
 */
export interface CountCommentPhrasing {
  /** Said before the count: '' for none, "I got", "hice". */
  countLeads: readonly string[];
  /** Between the count and the comment: '' for none, "but", "and". */
  joiners: readonly string[];
  /** Between a comment and the count after it: '' for none, "but I got". */
  beforeLateCount: readonly string[];
  /** "reps" after a count. */
  reps: string;
  /** The comments by kind: form lost or held, pain, the side, how the set felt. */
  comments: () => Readonly<Record<string, readonly string[]>>;
  /** Amounts said in words, with their values. */
  amounts: readonly { words: string; value: number }[];
}
