/**
 * A line as the reading rules see it: lower-case words without punctuation, each read by its language's reader, which
 * puts back what speech and typing leave out in that language (English's "grabbin'" is "grabbing"), and ways of
 * finding a language's phrases in it.
 */

/**
 * How a language reads one word of a line: the word with the quotes and the letters held out in typing that are still
 * on it, as the words it means ("nvm" is ["never", "mind"] in English). Each language has its own (what it shortens
 * is its own: Spanish "ya" is no English "yeah"), in its folder's readingWords.ts.
 */
export type WordReader = (word: string) => string[];

/** A letter held out in typing ("gooo", "yesss", "siii") is said once: no word has one letter three times in a row. */
export const heldLettersOnce = (word: string): string => word.replace(/([a-z])\1{2,}/g, '$1');

/** A word as it is written, without the quotes around it and held letters: the reading of a language that shortens nothing. */
export const plainWord: WordReader = (word) => {
  const said = heldLettersOnce(word.replace(/^'+|'+$/g, ''));
  return said === '' ? [] : [said];
};

/**
 * A language's reader of words that keeps what it read of each word: the rules' phrase tables (some six hundred
 * phrases split on a first line) and drivers' lines say the same few hundred words again and again. Bounded: past
 * `most` words, a new word is read each time it comes.
 */
export const rememberingWords = (read: WordReader, most = 10_000): WordReader => {
  const kept = new Map<string, string[]>();
  return (word) => {
    let words = kept.get(word);
    if (!words) {
      words = read(word);
      if (kept.size < most) kept.set(word, words);
    }
    return words;
  };
};

/** The words a shortening of the table stands for ("nvm" → ["never", "mind"]), or the word itself. */
export const writtenOut = (word: string, shortenings: Readonly<Record<string, string>>): string[] =>
  (Object.hasOwn(shortenings, word) ? (shortenings[word] ?? word) : word).split(' ');

export type LineWords = readonly string[];

/** Lower-case words one space apart, as the rules' own phrases and most lines are: the passes below would leave it as it is. */
const PLAIN = /^[a-z']+(?: [a-z']+)*$/;

/**
 * The words of a line, each read by the language's reader: "Ten, no—ELEVEN!" is ["ten", "no", "eleven"]; "10-4" is
 * ["10", "4"]; "2.5" stays.
 */
export const wordsOfLine = (text: string, readWord: WordReader): string[] =>
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
    .flatMap(readWord);

/** The word without the "'s" or "'re" a driver runs into the next word ("back's killing me", "left's weaker"). */
export const bare = (word: string): string => word.replace(/'(s|re|ll|d|ve)$/, '');

/** What the phrase functions below need of a language: how it reads a line's words (./readingWords.ts). */
export interface LineReading {
  wordsOfLine(text: string): string[];
}

/**
 * The phrase's words as its language reads a line's ("gimme a sec" → ["give", "me", "a", "sec"] in English), so a
 * table's phrase and a line that says it read alike. The phrases are the reading rules' own tables, looked up at every
 * word of every line, so each is split once per language and kept.
 */
const splitPhrases = new WeakMap<LineReading, Map<string, readonly string[]>>();
const MAX_KEPT_PHRASES = 10_000;
export const phraseWords = (phrase: string, reading: LineReading): readonly string[] => {
  let kept = splitPhrases.get(reading);
  if (!kept) {
    kept = new Map();
    splitPhrases.set(reading, kept);
  }
  let words = kept.get(phrase);
  if (!words) {
    words = reading.wordsOfLine(phrase);
    if (kept.size < MAX_KEPT_PHRASES) kept.set(phrase, words);
  }
  return words;
};

/**
 * A table of phrases with their words, by first word, longest first (in the table's order between phrases of one
 * length): a line is looked up at each word among the phrases that start with it, not the whole table. Only a phrase's
 * first word is read when the table is made; the phrases that start with a word are read whole, and put longest first,
 * the first time a line has that word. A line has a handful of words, and the rules' tables hold hundreds of phrases:
 * on a process's first line (a Lambda's cold start), reading them all was a sixth of its reading.
 */
type Phrase = { phrase: string; words: readonly string[] };

class PhraseTable {
  /** The phrases by the first word they are read with, in the table's order, not yet read whole. */
  private readonly unread = new Map<string, string[]>();
  private readonly read = new Map<string, readonly Phrase[]>();

  constructor(
    phrases: readonly string[],
    private readonly reading: LineReading,
  ) {
    for (const phrase of phrases) {
      const first = firstWordOf(phrase, reading);
      if (first === undefined) continue;
      const group = this.unread.get(first);
      if (group) group.push(phrase);
      else this.unread.set(first, [phrase]);
    }
  }

  startingWith(word: string): readonly Phrase[] | undefined {
    const known = this.read.get(word);
    if (known) return known;
    const phrases = this.unread.get(word);
    if (!phrases) return undefined;
    const group = phrases.map((phrase) => ({ phrase, words: phraseWords(phrase, this.reading) })).sort((a, b) => b.words.length - a.words.length);
    this.read.set(word, group);
    this.unread.delete(word);
    return group;
  }
}

/** Each language's reading of the words that open its phrases, each word read once for all the tables. */
const openingWords = new WeakMap<LineReading, Map<string, string | undefined>>();

/** The first word a phrase is read with: its first word's reading, where the phrase is plain words; else read whole. */
const firstWordOf = (phrase: string, reading: LineReading): string | undefined => {
  if (PLAIN.test(phrase)) {
    const space = phrase.indexOf(' ');
    const opening = space === -1 ? phrase : phrase.slice(0, space);
    let read = openingWords.get(reading);
    if (!read) {
      read = new Map();
      openingWords.set(reading, read);
    }
    let first = read.get(opening);
    if (first === undefined && !read.has(opening)) {
      first = reading.wordsOfLine(opening)[0];
      read.set(opening, first);
    }
    if (first !== undefined) return first;
  }
  return phraseWords(phrase, reading)[0];
};

/** Kept by the language and the table's identity: the rules' tables are constants made once, never changed. */
const sortedTables = new WeakMap<LineReading, WeakMap<readonly string[], PhraseTable>>();
const longestFirst = (phrases: readonly string[], reading: LineReading): PhraseTable => {
  let tables = sortedTables.get(reading);
  if (!tables) {
    tables = new WeakMap();
    sortedTables.set(reading, tables);
  }
  let table = tables.get(phrases);
  if (!table) {
    table = new PhraseTable(phrases, reading);
    tables.set(phrases, table);
  }
  return table;
};

/** The longest phrase of the table said at `at`. */
const saidAt = (words: LineWords, at: number, table: PhraseTable): Phrase | undefined =>
  table.startingWith(words[at] ?? '')?.find((p) => wordsAt(words, at, p.words));

const wordsAt = (words: LineWords, at: number, wanted: readonly string[]): boolean =>
  wanted.length > 0 && wanted.every((word, i) => words[at + i] === word);

/** Whether the words at `at` say the phrase. */
export const saysAt = (words: LineWords, at: number, phrase: string, reading: LineReading): boolean => wordsAt(words, at, phraseWords(phrase, reading));

/** Where each phrase is said, as [start, end) word positions, longest phrases first where two start at one word. */
export const phrasesIn = (words: LineWords, phrases: readonly string[], reading: LineReading): { phrase: string; start: number; end: number }[] => {
  const table = longestFirst(phrases, reading);
  const found: { phrase: string; start: number; end: number }[] = [];
  for (let at = 0; at < words.length; at++) {
    const said = saidAt(words, at, table);
    if (said) found.push({ phrase: said.phrase, start: at, end: at + said.words.length });
  }
  return found;
};

/** The first phrase of the list said at `at`, longest first; null when none is. */
export const phraseAt = (words: LineWords, at: number, phrases: readonly string[], reading: LineReading): string | null =>
  saidAt(words, at, longestFirst(phrases, reading))?.phrase ?? null;

/** Where the line starts saying something: after the words that open a line without meaning anything. */
export const afterFillers = (words: LineWords, fillers: readonly string[], reading: LineReading, from = 0): number => {
  let at = from;
  for (;;) {
    const filler = phraseAt(words, at, fillers, reading);
    if (!filler) return at;
    at += phraseWords(filler, reading).length;
  }
};
