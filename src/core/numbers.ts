/**
 * Numbers as users say them: "12", "twelve", "I got twelve", "twelve reps", "forty-five seconds".
 * Platforms usually send digits; this also reads words, so every channel behaves the same.
 */
import { ONES, TENS } from '../languages/en/numbersHeard';

const SMALL: Record<string, number> = Object.fromEntries(ONES.map((word, n) => [word, n]));
const TENS_BY_WORD: Record<string, number> = Object.fromEntries(
  Object.entries(TENS).flatMap(([tens, words]) => words.map((word) => [word, Number(tens) * 10])),
);

/**
 * A number in words from `at`: [hundreds] [tens] [ones] [and a half | point five], as one number; null when none
 * starts there. Two numbers side by side are two numbers ("nine nine" is nine, twice), not their sum.
 */
export const wordNumberAt = (words: readonly string[], at: number): { value: number; end: number } | null => {
  let i = at;
  let value = 0;
  let seen = false;
  const word = (k: number): string => words[k] ?? '';
  const small = (w: string): number | undefined => (Object.hasOwn(SMALL, w) ? SMALL[w] : undefined);
  const tensOf = (w: string): number | undefined => (Object.hasOwn(TENS_BY_WORD, w) ? TENS_BY_WORD[w] : undefined);
  // "a hundred", "two hundred", "one hundred and ten"
  const head = word(i) === 'a' ? 1 : small(word(i));
  if (head !== undefined && head > 0 && head < 10 && word(i + 1) === 'hundred') {
    value = head * 100;
    i += 2;
    seen = true;
    if (word(i) === 'and' && (tensOf(word(i + 1)) !== undefined || small(word(i + 1)) !== undefined)) i += 1;
  } else if (word(i) === 'hundred') {
    value = 100;
    i += 1;
    seen = true;
  }
  const tens = tensOf(word(i));
  if (tens !== undefined) {
    value += tens;
    i += 1;
    seen = true;
    const ones = small(word(i));
    if (ones !== undefined && ones > 0 && ones < 10) {
      value += ones;
      i += 1;
    }
  } else {
    const said = small(word(i));
    if (said !== undefined && !(seen && said === 0)) {
      value += said;
      i += 1;
      seen = true;
    }
  }
  if (!seen) return null;
  // "twelve and a half", "five and a half", "twenty two point five"
  if (word(i) === 'and' && word(i + 1) === 'a' && word(i + 2) === 'half') return { value: value + 0.5, end: i + 3 };
  if (word(i) === 'and' && word(i + 1) === 'half') return { value: value + 0.5, end: i + 2 };
  const tenths = word(i) === 'point' ? small(word(i + 1)) : undefined;
  if (tenths !== undefined && tenths < 10) return { value: value + tenths / 10, end: i + 2 };
  return { value, end: i };
};

/**
 * The first number said in words ("I got forty five reps" gives 45). An hour and its minutes said the military way
 * ("nineteen thirty", "twenty one hundred") are one number, as a platform writes it (1930, 2100).
 */
const fromWords = (words: string[]): number | null => {
  for (let at = 0; at < words.length; at++) {
    if (words[at] === 'a' && words[at + 1] !== 'hundred') continue;
    const first = wordNumberAt(words, at);
    if (!first) continue;
    const next = Number.isInteger(first.value) && first.value >= 10 && first.value <= 23 ? wordNumberAt(words, first.end) : null;
    return next && Number.isInteger(next.value) && next.value >= 10 && next.value <= 59 ? first.value * 100 + next.value : first.value;
  }
  return null;
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
