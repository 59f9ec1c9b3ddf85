/**
 * A time zone said by its name: the name with "time" or "zone" after it ("I'm on central time now", "mountain time
 * zone"), the name after "on", "in" or "into" ("we crossed into mountain"), or its abbreviation ("CST").
 */
import { phrasesIn, saysAt, type LineWords } from './lineWords';
import type { ReadingWords } from './readingWords';

export const zoneSaid = (words: LineWords, w: ReadingWords): string | null => {
  const abbreviated = words.find((word) => Object.hasOwn(w.ZONE_ABBREVIATIONS, word));
  if (abbreviated) return w.ZONE_ABBREVIATIONS[abbreviated] ?? null;
  for (const { id, names } of w.TIME_ZONES) {
    for (const { phrase, start, end } of phrasesIn(words, names, w)) {
      const named = w.ZONE_WORDS.some((word) => saysAt(words, end, word, w)) || w.ZONE_LEADS.includes(phrase.split(' ')[0] ?? '');
      const after = w.ZONE_INTO.includes(words[start - 1] ?? '') || (words[start - 1] === 'the' && w.ZONE_INTO.includes(words[start - 2] ?? ''));
      if (named || (after && !phrase.includes(' ') && words[end] === undefined)) return id;
      if (after && !phrase.includes(' ') && w.ZONE_AFTER.includes(words[end] ?? '')) return id;
    }
  }
  return null;
};
