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
