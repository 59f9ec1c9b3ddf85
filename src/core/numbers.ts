/**
 * Numbers as users say them: "12", "twelve", "I got twelve", "twelve reps", "forty-five seconds".
 * Platforms usually send digits; this also reads words, so every channel behaves the same.
 */
const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Reads the first run of number words ("I got forty five reps" gives 45). */
const fromWords = (words: string[]): number | null => {
  let value = 0;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === 'and' && seen) continue;
    if (word === 'a' && words[i + 1] === 'hundred') continue;
    if (word in SMALL) value += SMALL[word];
    else if (word in TENS) value += TENS[word];
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
