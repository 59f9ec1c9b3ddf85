/**
 * The numbers said in a line, where each is said, by general rules: digits ("12", "2.5") and number words ("twenty
 * two", "a hundred and ten", "twelve and a half", "twelve and half"), "a dozen" and "a couple"; two numbers side by side are two numbers
 * ("twelve eleven"), not their sum. "One" that is a pronoun ("the left one", "a heavy one") or a determiner ("one side",
 * "one more") is no number, and trucker talk ("ten four") says yes, not ten and four.
 */
import { ONES, TENS } from '../numberWords';
import { AFTER_DETERMINER_ONE, BEFORE_PRONOUN_ONE, NOT_NUMBERS, NUMBER_PHRASES } from './english';
import { phraseAt, saysAt, type LineWords } from './lineWords';

export interface SaidNumber {
  value: number;
  /** The words it takes: [start, end). */
  start: number;
  end: number;
  /** Said as the word "one" (which is a number only where a number is asked). */
  wordOne: boolean;
}

const ONE_TO_NINETEEN: ReadonlyMap<string, number> = new Map(ONES.map((word, n) => [word, n]));
const TENS_WORDS: ReadonlyMap<string, number> = new Map(Object.entries(TENS).flatMap(([tens, words]) => words.map((word) => [word, Number(tens) * 10] as const)));

const DIGITS = /^\d+(\.\d+)?$/;

/** A number in words from `at`: [hundreds] [tens] [ones], as one number; null when none starts there. */
const wordNumberAt = (words: LineWords, at: number): { value: number; end: number } | null => {
  let i = at;
  let value = 0;
  let seen = false;
  const word = (k: number): string => words[k] ?? '';
  // "a hundred", "two hundred", "one hundred and ten"
  const head = word(i) === 'a' ? 1 : ONE_TO_NINETEEN.get(word(i));
  if (head !== undefined && head > 0 && head < 10 && word(i + 1) === 'hundred') {
    value = head * 100;
    i += 2;
    seen = true;
    if (word(i) === 'and' && (TENS_WORDS.has(word(i + 1)) || ONE_TO_NINETEEN.has(word(i + 1)))) i += 1;
  } else if (word(i) === 'hundred') {
    value = 100;
    i += 1;
    seen = true;
  }
  const tens = TENS_WORDS.get(word(i));
  if (tens !== undefined) {
    value += tens;
    i += 1;
    seen = true;
    const ones = ONE_TO_NINETEEN.get(word(i));
    if (ones !== undefined && ones > 0 && ones < 10) {
      value += ones;
      i += 1;
    }
  } else {
    const small = ONE_TO_NINETEEN.get(word(i));
    if (small !== undefined && !(seen && small === 0)) {
      value += small;
      i += 1;
      seen = true;
    }
  }
  if (!seen) return null;
  // "twelve and a half", "five and a half"
  if (word(i) === 'and' && word(i + 1) === 'a' && word(i + 2) === 'half') return { value: value + 0.5, end: i + 3 };
  if (word(i) === 'and' && word(i + 1) === 'half') return { value: value + 0.5, end: i + 2 };
  return { value, end: i };
};

/** "One" in "the left one", "this one", "one side", "one more": not a number. */
const oneIsNoNumber = (words: LineWords, at: number): boolean => {
  const before = words[at - 1] ?? '';
  const after = words[at + 1] ?? '';
  return BEFORE_PRONOUN_ONE.includes(before.replace(/'s$/, '')) || AFTER_DETERMINER_ONE.includes(after);
};

export const numbersSaid = (words: LineWords): SaidNumber[] => {
  const found: SaidNumber[] = [];
  for (let at = 0; at < words.length; ) {
    const notNumber = phraseAt(words, at, NOT_NUMBERS);
    if (notNumber) {
      at += notNumber.split(' ').length;
      continue;
    }
    const phrase = NUMBER_PHRASES.find((p) => saysAt(words, at, p.words));
    if (phrase) {
      const end = at + phrase.words.split(' ').length;
      found.push({ value: phrase.value, start: at, end, wordOne: false });
      at = end;
      continue;
    }
    const word = words[at] ?? '';
    if (DIGITS.test(word)) {
      found.push({ value: Number(word), start: at, end: at + 1, wordOne: false });
      at += 1;
      continue;
    }
    const spelled = word === 'a' && words[at + 1] !== 'hundred' ? null : wordNumberAt(words, at);
    if (spelled) {
      const wordOne = word === 'one' && spelled.end === at + 1;
      if (!(wordOne && oneIsNoNumber(words, at))) found.push({ value: spelled.value, start: at, end: spelled.end, wordOne });
      at = spelled.end;
      continue;
    }
    at += 1;
  }
  return found;
};
