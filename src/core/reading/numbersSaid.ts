/**
 * The numbers said in a line, where each is said, by general rules: digits ("12", "2.5") and number words ("twenty
 * two", "a hundred and ten", "twelve and a half", "twelve and half"), "a dozen" and "a couple"; two numbers side by side are two numbers
 * ("twelve eleven"), not their sum. "One" that is a pronoun ("the left one", "a heavy one") or a determiner ("one side",
 * "one more") is no number, but "the one" closing a line after "just", "only" or a verb of doing is ("only did the
 * one"); and trucker talk ("ten four") says yes, not ten and four.
 */
import { phraseAt, phraseWords, saysAt, type LineWords } from './lineWords';
import type { ReadingWords } from './readingWords';

export interface SaidNumber {
  value: number;
  /** The words it takes: [start, end). */
  start: number;
  end: number;
  /** Said as the word "one" (which is a number only where a number is asked). */
  wordOne: boolean;
}

const DIGITS = /^\d+(\.\d+)?$/;

/** "One" in "the left one", "this one", "one side", "one more": not a number. */
const oneIsNoNumber = (words: LineWords, at: number, w: ReadingWords): boolean => {
  const before = words[at - 1] ?? '';
  const after = words[at + 1] ?? '';
  return w.BEFORE_PRONOUN_ONE.includes(before.replace(/'s$/, '')) || w.AFTER_DETERMINER_ONE.includes(after);
};

/** "Just the one", "only did the one": "the one" closing a line after a word that restricts or does is one. */
export const oneCounted = (words: LineWords, at: number, w: ReadingWords): boolean =>
  w.ARTICLE_OF_ONE !== null &&
  words[at] === w.ARTICLE_OF_ONE &&
  at + 2 === words.length &&
  w.ONE_WORDS.includes(words[at + 1] ?? '') &&
  w.ONE_COUNTED_AFTER.includes(words[at - 1] ?? '');

export const numbersSaid = (words: LineWords, w: ReadingWords): SaidNumber[] => {
  const found: SaidNumber[] = [];
  for (let at = 0; at < words.length; ) {
    const notNumber = phraseAt(words, at, w.NOT_NUMBERS, w);
    if (notNumber) {
      at += phraseWords(notNumber, w).length;
      continue;
    }
    const phrase = w.NUMBER_PHRASES.find((p) => saysAt(words, at, p.words, w));
    if (phrase) {
      const end = at + phraseWords(phrase.words, w).length;
      found.push({ value: phrase.value, start: at, end, wordOne: false });
      at = end;
      continue;
    }
    const word = words[at] ?? '';
    if (oneCounted(words, at, w)) {
      found.push({ value: 1, start: at, end: at + 2, wordOne: true });
      at += 2;
      continue;
    }
    if (DIGITS.test(word)) {
      found.push({ value: Number(word), start: at, end: at + 1, wordOne: false });
      at += 1;
      continue;
    }
    const spelled = word === 'a' && words[at + 1] !== 'hundred' ? null : w.numberAt(words, at);
    if (spelled && w.DOZEN !== null && words[spelled.end] === w.DOZEN) {
      // "One dozen", "two dozen": dozens.
      found.push({ value: spelled.value * 12, start: at, end: spelled.end + 1, wordOne: false });
      at = spelled.end + 1;
      continue;
    }
    if (spelled) {
      const wordOne = w.ONE_WORDS.includes(word) && spelled.end === at + 1;
      if (!(wordOne && oneIsNoNumber(words, at, w))) found.push({ value: spelled.value, start: at, end: spelled.end, wordOne });
      at = spelled.end;
      continue;
    }
    at += 1;
  }
  return found;
};
