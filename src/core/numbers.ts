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

const MINUTE_WORDS = new Set(['minute', 'minutes', 'min', 'mins']);
const SECOND_WORDS = new Set(['second', 'seconds', 'sec', 'secs']);
/** Words around a length of time that do not change it: "a full minute", "about forty seconds". */
const HEDGE_WORDS = new Set(['full', 'whole', 'solid', 'good', 'about', 'around', 'like', 'just', 'only', 'almost', 'roughly', 'maybe', 'nearly']);

/** The whole number in some words; "a" alone is one ("a minute"). */
const countIn = (words: readonly string[]): number | null => {
  const said = words.filter((word) => word !== 'and');
  if (said.length === 0) return null;
  if (said.length === 1 && said[0] === 'a') return 1;
  return parseSpokenNumber(said.join(' '));
};

/** "and a half", "a half", "half": the words say half of the unit before them. */
const saysHalf = (words: readonly string[]): boolean => words.includes('half');
const withoutHalf = (words: readonly string[]): string[] => {
  const at = words.indexOf('half');
  const cut = at >= 2 && words[at - 1] === 'a' && words[at - 2] === 'and' ? at - 2 : at >= 1 && (words[at - 1] === 'a' || words[at - 1] === 'and') ? at - 1 : at;
  return words.slice(0, cut);
};

/**
 * Seconds in a length of time as drivers say it: "a minute", "forty-five seconds", "a minute and a half", "one and a
 * half minutes", "two minutes ten", "half a minute", "1:30". Null when it names no minutes or seconds.
 */
export const parseSpokenDuration = (raw: string | number | null | undefined): number | null => {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  const text = raw.toLowerCase().trim();
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(text);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const words = text
    .replace(/-/g, ' ')
    .split(/[^a-z0-9.]+/)
    .filter((word) => word !== '' && !HEDGE_WORDS.has(word));
  const minuteAt = words.findIndex((word) => MINUTE_WORDS.has(word));
  if (minuteAt === -1) {
    const secondAt = words.findIndex((word) => SECOND_WORDS.has(word));
    return secondAt === -1 ? null : countIn(words.slice(0, secondAt));
  }
  const before = words.slice(0, minuteAt);
  const after = words.slice(minuteAt + 1).filter((word) => !SECOND_WORDS.has(word));
  let minutes: number | null;
  if (saysHalf(before)) {
    const whole = withoutHalf(before);
    minutes = whole.length === 0 ? 0.5 : (countIn(whole) ?? 0) + 0.5;
  } else {
    minutes = before.length === 0 ? 1 : countIn(before);
  }
  if (minutes === null) return null;
  const seconds = saysHalf(after) ? 30 : (countIn(after) ?? 0);
  return Math.round(minutes * 60 + seconds);
};
