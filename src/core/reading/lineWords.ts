/**
 * A line as the reading rules see it: lower-case words without punctuation, with what speech and typing leave out
 * put back ("grabbin'" is "grabbing", "'bout" is "about"), and ways of finding words and phrases in it.
 */

/** Shortenings a driver says or types, as the whole words they stand for. */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  "'bout": 'about',
  bout: 'about',
  "'em": 'them',
  em: 'them',
  gonna: 'going to',
  gotta: 'got to',
  wanna: 'want to',
  gimme: 'give me',
  lemme: 'let me',
  "y'all": 'you all',
  w: 'with',
  im: "i'm",
  ive: "i've",
  id: "i'd",
  ill: "i'll",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  cant: "can't",
  isnt: "isn't",
  thats: "that's",
  whats: "what's",
  hows: "how's",
  lets: "let's",
  aight: 'alright',
  idk: "i don't know",
  ya: 'yeah',
  // What a driver types in a hurry.
  nvm: 'never mind',
  prob: 'probably',
  prolly: 'probably',
  tbh: 'honestly',
  ez: 'easy',
  rn: 'right now',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  u: 'you',
  ur: 'your',
  k: 'okay',
  kk: 'okay',
  cuz: 'because',
};

/** A word as a driver means it, with what typing shortens written out ("nvm" → "never mind"). */
export const spelledOutWord = (word: string): string => (Object.hasOwn(SPELLED_OUT, word) ? (SPELLED_OUT[word] ?? word) : word);

export type LineWords = readonly string[];

/** A word as the rules read it: without the quotes around it, a held letter said once, what typing shortens written out. */
const wordsOfWord = (word: string): string[] => {
  // A letter held out in typing ("gooo", "yesss") is said once: no English word has one letter three times in a row.
  const said = word.replace(/^'+(?!bout|em)|'+$(?<!in')/g, '').replace(/([a-z])\1{2,}/g, '$1');
  return said === '' ? [] : (Object.hasOwn(SPELLED_OUT, said) ? spelledOutWord(said) : said.replace(/in'$/, 'ing')).split(' ');
};

/** Lower-case words one space apart, as the rules' own phrases and most lines are: the passes below would leave it as it is. */
const PLAIN = /^[a-z']+(?: [a-z']+)*$/;

/** The words of a line: "Ten, no—ELEVEN!" is ["ten", "no", "eleven"]; "10-4" is ["10", "4"]; "2.5" stays. */
export const wordsOfLine = (text: string): string[] =>
  (PLAIN.test(text)
    ? text
    : text
        .toLowerCase()
        .replace(/[\u2018\u2019\u02bc`´]/g, "'")
        .replace(/(\d),(\d{3})\b/g, '$1$2')
        // A period stays only inside a number ("2.5").
        .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
        .replace(/[^a-z0-9'.]+/g, ' ')
  )
    .split(' ')
    .flatMap(wordsOfWord);

/** The word without the "'s" or "'re" a driver runs into the next word ("back's killing me", "left's weaker"). */
export const bare = (word: string): string => word.replace(/'(s|re|ll|d|ve)$/, '');

/**
 * The phrase's words ("give me a sec" → ["give", "me", "a", "sec"]). The phrases are the reading rules' own tables,
 * looked up at every word of every line, so each is split once and kept.
 */
const splitPhrases = new Map<string, readonly string[]>();
const MAX_KEPT_PHRASES = 10_000;
export const phraseWords = (phrase: string): readonly string[] => {
  let words = splitPhrases.get(phrase);
  if (!words) {
    words = wordsOfLine(phrase);
    if (splitPhrases.size < MAX_KEPT_PHRASES) splitPhrases.set(phrase, words);
  }
  return words;
};

/**
 * A table of phrases with their words, by first word, longest first (in the table's order between phrases of one
 * length): a line is looked up at each word among the phrases that start with it, not the whole table.
 */
type Phrase = { phrase: string; words: readonly string[] };
type ByFirstWord = ReadonlyMap<string, readonly Phrase[]>;
/** Kept by the table's identity: the rules' tables are constants made once, never changed. */
const sortedTables = new WeakMap<readonly string[], ByFirstWord>();
const longestFirst = (phrases: readonly string[]): ByFirstWord => {
  const known = sortedTables.get(phrases);
  if (known) return known;
  const byFirst = new Map<string, Phrase[]>();
  const longest = phrases.map((phrase) => ({ phrase, words: phraseWords(phrase) })).sort((a, b) => b.words.length - a.words.length);
  for (const entry of longest) {
    const first = entry.words[0];
    if (first === undefined) continue;
    const group = byFirst.get(first);
    if (group) group.push(entry);
    else byFirst.set(first, [entry]);
  }
  sortedTables.set(phrases, byFirst);
  return byFirst;
};

/** The longest phrase of the table said at `at`. */
const saidAt = (words: LineWords, at: number, table: ByFirstWord): Phrase | undefined =>
  table.get(words[at] ?? '')?.find((p) => wordsAt(words, at, p.words));

const wordsAt = (words: LineWords, at: number, wanted: readonly string[]): boolean =>
  wanted.length > 0 && wanted.every((word, i) => words[at + i] === word);

/** Whether the words at `at` say the phrase. */
export const saysAt = (words: LineWords, at: number, phrase: string): boolean => wordsAt(words, at, phraseWords(phrase));

/** Where each phrase is said, as [start, end) word positions, longest phrases first where two start at one word. */
export const phrasesIn = (words: LineWords, phrases: readonly string[]): { phrase: string; start: number; end: number }[] => {
  const table = longestFirst(phrases);
  const found: { phrase: string; start: number; end: number }[] = [];
  for (let at = 0; at < words.length; at++) {
    const said = saidAt(words, at, table);
    if (said) found.push({ phrase: said.phrase, start: at, end: at + said.words.length });
  }
  return found;
};

/** The first phrase of the list said at `at`, longest first; null when none is. */
export const phraseAt = (words: LineWords, at: number, phrases: readonly string[]): string | null =>
  saidAt(words, at, longestFirst(phrases))?.phrase ?? null;

/** Where the line starts saying something: after the words that open a line without meaning anything. */
export const afterFillers = (words: LineWords, fillers: readonly string[], from = 0): number => {
  let at = from;
  for (;;) {
    const filler = phraseAt(words, at, fillers);
    if (!filler) return at;
    at += phraseWords(filler).length;
  }
};
