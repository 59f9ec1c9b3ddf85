/**
 * What the platforms' models keep of an intent's many samples: an even spread (Dialogflow, the local NLU), the
 * plainest phrase of each frame (Alexa), and a phrase's cost to an exact matcher. The generators that write the samples
 * are the languages' own (src/languages/phrasing.ts).
 */
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
