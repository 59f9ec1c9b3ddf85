/**
 * Small tools for writing sample phrases as patterns, in any language: each part of a phrase is one wording or a list
 * of wordings, and a phrase is every way of picking one wording per part, in order. An empty wording leaves the part
 * out.
 *
 *   say(['', 'okay'], ['I got', 'got'], '{count}')  →  'I got {count}', 'got {count}', 'okay I got {count}', …
 */
export type Part = string | readonly string[];

const tidy = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Every phrase the parts make, without repeats, in the order the parts list them (earlier parts vary slowest). */
export const say = (...parts: Part[]): string[] => {
  let phrases = [''];
  for (const part of parts) {
    const wordings = typeof part === 'string' ? [part] : part;
    phrases = phrases.flatMap((start) => wordings.map((wording) => tidy(`${start} ${wording}`)));
  }
  return [...new Set(phrases.filter((phrase) => phrase !== ''))];
};

/** The phrases of several patterns, without repeats, in order. */
export const all = (...groups: readonly (readonly string[])[]): string[] => [...new Set(groups.flat())];

/** The wordings with an empty one added: the part may be left out. */
export const optional = (wordings: Part): string[] => ['', ...(typeof wordings === 'string' ? [wordings] : wordings)];

/**
 * Each core wording alone, after one opener, or before one tail, but never with both: the count grows with the
 * sum of the lists, not their product ("okay I got {count}", "I got {count} reps", not "okay I got {count} reps").
 */
export const around = (openers: Part, cores: Part, tails: Part): string[] => all(say(cores), say(openers, cores), say(cores, tails));
