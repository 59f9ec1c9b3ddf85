/**
 * Numbers as users say them: "12", "twelve", "I got twelve", "twelve reps", "forty-five seconds".
 * Platforms usually send digits; this also reads words, so every channel behaves the same.
 */
import { ONES, TENS } from './numberWords';

const SMALL: Record<string, number> = Object.fromEntries(ONES.map((word, n) => [word, n]));
const TENS_BY_WORD: Record<string, number> = Object.fromEntries(
  Object.entries(TENS).flatMap(([tens, words]) => words.map((word) => [word, Number(tens) * 10])),
);

/** Reads the first run of number words ("I got forty five reps" gives 45). */
const fromWords = (words: string[]): number | null => {
  let value = 0;
  let seen = false;
  for (const [i, word] of words.entries()) {
    if (word === 'and' && seen) continue;
    if (word === 'a' && words[i + 1] === 'hundred') continue;
    const small = Object.hasOwn(SMALL, word) ? SMALL[word] : undefined;
    const tens = Object.hasOwn(TENS_BY_WORD, word) ? TENS_BY_WORD[word] : undefined;
    if (small !== undefined) value += small;
    else if (tens !== undefined) value += tens;
    else if (word === 'hundred') value = (value || 1) * 100;
    else if (seen) break;
    else continue;
    seen = true;
  }
  return seen ? value : null;
};

/** The number in a spoken answer, or null when there is none. Negative and decimal values are kept. */
export const parseSpokenNumber = (raw: string | number | null | undefined): number | null => {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  const text = raw.toLowerCase().trim();
  if (!text || text === '?') return null;
  const digits = text.match(/-?\d+(?:\.\d+)?/);
  if (digits) return Number(digits[0]);
  const words = text.replace(/-/g, ' ').split(/[^a-z]+/).filter(Boolean);
  const negative = words[0] === 'minus' || words[0] === 'negative';
  const value = fromWords(negative ? words.slice(1) : words);
  if (value === null) return null;
  return negative ? -value : value;
};
