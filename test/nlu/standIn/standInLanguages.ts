/**
 * What the platform stand-in (./platformStandIn.ts) knows of a language, as a platform's NLU knows it of its locale:
 * how words are written, how a number is said, and the numbers and everyday phrases it fills slots with in training.
 * Nothing here is the coach's: the fills are the same numbers and the same kind of phrases in each language.
 */
import { parseSpokenNumber } from '../../../src/core/numbers';
import { numberHeard } from '../../../src/languages/es/numbersHeard';
import type { Language } from '../../../src/languages/locales';

export interface StandInLanguage {
  /** A text as compared by an exact matcher: Spanish without its accents, as a recogniser spells every word right. */
  asCompared: (text: string) => string;
  /** A text's words in lower case, punctuation dropped; `{slot}` references and apostrophes kept. */
  wordsOf: (text: string) => string[];
  /** Whether a stretch of words is a number and nothing else ("thirty five", "treinta y cinco"). */
  isNumber: (span: readonly string[]) => boolean;
  /** The number some words say, or null. */
  numberOf: (text: string) => number | null;
  /** Where a number said from `at` ends; `at` when none starts there. */
  numberEnd: (words: readonly string[], at: number) => number;
  /** Numbers said in training where a sample has a number slot, in turn. */
  numberFills: readonly string[];
  /** Free phrases said where a sample has an AMAZON.SearchQuery slot, in turn: everyday words, none of them the coach's. */
  phraseFills: readonly string[];
}

const ENGLISH: StandInLanguage = {
  asCompared: (text) => text,
  wordsOf: (text) =>
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[^a-z0-9' {}.-]+/g, ' ')
      .replace(/-/g, ' ')
      .split(/\s+/)
      .filter(Boolean),
  isNumber: (span) => parseSpokenNumber(span.join(' ')) !== null && span.every((word) => parseSpokenNumber(word) !== null || word === 'and' || word === 'a'),
  numberOf: parseSpokenNumber,
  numberEnd: (words, at) => {
    let end = at;
    while (end < words.length && parseSpokenNumber(words[end] ?? '') !== null) end++;
    return end;
  },
  numberFills: ['twelve', 'eight', 'fifteen', 'thirty five', 'ten', 'nine', 'forty', 'twenty two', 'six', 'eleven', 'fifty', 'three', 'a hundred', 'seventeen', 'twenty'],
  phraseFills: [
    'the weather', 'something else', 'what time it is', 'that thing', 'a lot', 'pretty good today', 'the truck', 'my phone', 'it over there',
    'a question', 'not sure about this', 'the road ahead', 'kind of tired', 'a new one', 'the other day', 'all of it', 'maybe later on',
    'the music', 'this morning', 'really slow', 'my friend', 'the last part', 'some more', 'going on here', 'that again', 'the list',
    'to the store', 'a little bit', 'the news', 'way too much', 'right now', 'the first one', 'here we go', 'in a minute', 'on the way',
    'at home', 'for a while', 'the big one', 'this thing', 'so much',
  ],
};

/** The longest number said in Spanish words: "ciento treinta y cinco", "doce y medio". */
const LONGEST_SPANISH_NUMBER = 6;

/**
 * Spanish written as a recogniser writes it, compared without accents on both sides ("dieciséis" and "dieciseis"
 * are one word to it, as the held-out lines are sometimes typed without them and Alexa would hear them spelled).
 */
const withoutAccents = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

const SPANISH: StandInLanguage = {
  asCompared: withoutAccents,
  wordsOf: (text) =>
    withoutAccents(text.toLowerCase())
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[^a-z0-9' {}.-]+/g, ' ')
      .replace(/-/g, ' ')
      .split(/\s+/)
      .filter(Boolean),
  isNumber: (span) => /^\d+(\.\d+)?$/.test(span.join(' ')) || numberHeard(span.join(' ')) !== null,
  numberOf: (text) => (/^\d+(\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : numberHeard(text)),
  numberEnd: (words, at) => {
    for (let end = Math.min(words.length, at + LONGEST_SPANISH_NUMBER); end > at; end--) {
      if (SPANISH.isNumber(words.slice(at, end))) return end;
    }
    return at;
  },
  numberFills: ['doce', 'ocho', 'quince', 'treinta y cinco', 'diez', 'nueve', 'cuarenta', 'veintidós', 'seis', 'once', 'cincuenta', 'tres', 'cien', 'diecisiete', 'veinte'],
  phraseFills: [
    'el clima', 'otra cosa', 'qué hora es', 'esa cosa', 'un montón', 'bastante bien hoy', 'el camión', 'mi teléfono', 'eso de allá',
    'una pregunta', 'no sé de esto', 'la carretera', 'algo cansado', 'uno nuevo', 'el otro día', 'todo eso', 'tal vez luego',
    'la música', 'esta mañana', 'bien lento', 'mi amigo', 'la última parte', 'un poco más', 'lo que pasa aquí', 'eso otra vez', 'la lista',
    'a la tienda', 'un poquito', 'las noticias', 'demasiado', 'ahora mismo', 'el primero', 'aquí vamos', 'en un minuto', 'en camino',
    'en la casa', 'por un rato', 'el grande', 'esta cosa', 'tanto',
  ],
};

export const STAND_IN_LANGUAGES: Readonly<Record<Language, StandInLanguage>> = { en: ENGLISH, es: SPANISH };
