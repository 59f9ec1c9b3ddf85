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
 * A phrase's frame: the slots it says and the word it ends with ("{count} on the {side}" and "{count} that was rough"
 * are two frames, "I got {count}" and "did {count}" one). Phrases of one frame differ only in their carrier words.
 */
const frameOf = (phrase: string): string => {
  const slots = [...phrase.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).join(',');
  const last = phrase.split(' ').pop() ?? '';
  return `${slots}|${last.startsWith('{') ? '' : last.toLowerCase()}`;
};

/**
 * At most `size` of the phrases, for a statistical NLU that learns from a few of each way of saying a thing: the first
 * `head` (the hand-written ones that open an intent's list); then every phrase of at most `plainCost` (its words, a
 * filler word counting three: the short, plain ones drivers say most, "negative", "I felt a pop"); then the plainer
 * before the longer, and at each length, round by round, one phrase of each frame, so that every way of saying it
 * ("{count} on the {side}", "{count} that was rough") is represented before any one of them twice.
 */
export const plainestOfEachFrame = (phrases: readonly string[], size: number, plainCost = 3, head = 20): string[] => {
  const first = phrases.slice(0, Math.min(head, size));
  const rest = phrases.slice(first.length).map((phrase) => ({ phrase, cost: matchCost(phrase) }));
  const chosen = [...first, ...rest.filter(({ cost }) => cost <= plainCost).map(({ phrase }) => phrase)].slice(0, size);
  const costs = [...new Set(rest.map(({ cost }) => cost))].filter((cost) => cost > plainCost).sort((a, b) => a - b);
  for (const cost of costs) {
    const frames = new Map<string, string[]>();
    for (const { phrase } of rest.filter((candidate) => candidate.cost === cost)) frames.set(frameOf(phrase), [...(frames.get(frameOf(phrase)) ?? []), phrase]);
    const queues = [...frames.values()];
    for (let round = 0; chosen.length < size && queues.some((queue) => queue.length > round); round++) {
      for (const queue of queues) {
        const phrase = queue[round];
        if (phrase !== undefined && chosen.length < size) chosen.push(phrase);
      }
    }
  }
  return chosen;
};
