/**
 * Small tools for writing sample phrases as patterns: each part of a phrase is one wording or a list of wordings,
 * and a phrase is every way of picking one wording per part, in order. An empty wording leaves the part out.
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

/**
 * At most `size` of the phrases: all of them when there are no more, else the first `head` (the hand-written ones
 * that open an intent's list) and an even spread of the rest, so every carrier and tail is still represented.
 */
export const spreadOf = (phrases: readonly string[], size: number, head = 20): string[] => {
  if (phrases.length <= size) return [...phrases];
  const first = phrases.slice(0, Math.min(head, size));
  const rest = phrases.slice(first.length);
  const wanted = size - first.length;
  return [...first, ...Array.from({ length: wanted }, (_, i) => rest[Math.floor((i * rest.length) / wanted)] ?? '')];
};

/** Words a driver puts around what they mean, differently every time: "uh", "okay so", "just", "please". */
const FILLER_WORDS = new Set(['uh', 'um', 'oh', 'okay', 'ok', 'so', 'well', 'yeah', 'alright', 'please', 'just', 'hey', 'man', 'like', 'actually', 'sorry', 'wait', 'now', 'today', 'then']);

/** A phrase's cost to an exact matcher: its words, and each filler word twice more (a filler rarely comes back as written). */
export const matchCost = (phrase: string): number => {
  const words = phrase.split(' ');
  return words.length + 2 * words.filter((word) => FILLER_WORDS.has(word.toLowerCase())).length;
};

/**
 * At most `size` of the phrases: the first `head` (the hand-written ones that open an intent's list), then the rest
 * from the fewest words up, a filler word counting three, in their order within each cost. An exact matcher hears a
 * phrasing only when it is listed whole, and drivers say the short, plain ones ("negative", "time to train", "I felt a
 * pop") far more often than any one of the long combinations of carrier and filler words.
 */
export const fewestWordsFirst = (phrases: readonly string[], size: number, head = 20): string[] => {
  const first = phrases.slice(0, Math.min(head, size));
  const rest = phrases
    .slice(first.length)
    .map((phrase, index) => ({ phrase, index, cost: matchCost(phrase) }))
    .sort((a, b) => a.cost - b.cost || a.index - b.index)
    .map(({ phrase }) => phrase);
  return [...first, ...rest].slice(0, size);
};
