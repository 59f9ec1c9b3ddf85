/**
 * A time zone said by its name: the name with "time" or "zone" after it ("I'm on central time now", "mountain time
 * zone"), the name after "on", "in" or "into" ("we crossed into mountain"), or its abbreviation ("CST").
 */
import { TIME_ZONES, ZONE_ABBREVIATIONS, ZONE_WORDS } from './english';
import { phrasesIn, saysAt, type LineWords } from './lineWords';

const INTO = ['on', 'in', 'into', 'to'];

export const zoneSaid = (words: LineWords): string | null => {
  const abbreviated = words.find((word) => Object.hasOwn(ZONE_ABBREVIATIONS, word));
  if (abbreviated) return ZONE_ABBREVIATIONS[abbreviated] ?? null;
  for (const { id, names } of TIME_ZONES) {
    for (const { phrase, start, end } of phrasesIn(words, names)) {
      const named = ZONE_WORDS.some((word) => saysAt(words, end, word));
      const after = INTO.includes(words[start - 1] ?? '') || (words[start - 1] === 'the' && INTO.includes(words[start - 2] ?? ''));
      if (named || (after && !phrase.includes(' ') && words[end] === undefined)) return id;
      if (after && !phrase.includes(' ') && ['now', 'today', 'this', 'tonight', 'here'].includes(words[end] ?? '')) return id;
    }
  }
  return null;
};
