/**
 * How the local NLU reads a line in each language it understands: how a line is compared with the samples, the words
 * around the answer it reads without (thinking sounds, openers, words to the coach), the words a question opens with,
 * what typing writes short, and which number words are no number. English's words are the reading rules' own
 * (src/languages/en/readingWords.ts); Spanish's are in src/languages/es/heardWords.ts.
 */
import type { NlpEntity } from '@nlpjs/nlp';
import type { Language } from '../languages/locales';
import * as spanish from '../languages/es/heardWords';
import { HALF_WORDS } from '../languages/es/numbersHeard';
import { LEADING_FILLERS } from '../model/carrierIntents';
import { QUESTION_OPENINGS } from '../languages/en/readingTables';
import { ADDRESS_WORDS, FUNCTION_WORDS } from '../languages/en/heardWords';
import { ENGLISH_READING } from '../languages/en/readingWords';
import { spelledOutWord } from '../languages/en/shortenings';
import { numbersSaid } from '../core/reading/numbersSaid';
import { spanishTypedAsSpoken, typedAsSpoken } from './typedInput';

export interface LineLanguage {
  /** nlp.js's locale for the language. */
  language: Language;
  /** Text as compared with the samples: lower case, words only, single spaces; `@` placeholders kept. */
  normalize(text: string): string;
  /** The words of a line, as the coach's known words are counted. */
  wordsOf(text: string): string[];
  /** Every form of a text's words the coach knows, when its language model or prompts say it. */
  knownForms(text: string): string[];
  hesitations: ReadonlySet<string>;
  /** Words that open a line without saying anything of it; the hesitations among them. */
  openingMarkers: ReadonlySet<string>;
  tagQuestions: ReadonlySet<string>;
  addressWords: ReadonlySet<string>;
  /** Words a driver says while thinking that are not hesitations on their own ("let me think"). */
  thinking: RegExp;
  questionOpenings: readonly string[];
  /** Words that carry no subject of their own ("the", "of", "is"): what a line is about is in its other words. */
  functionWords: ReadonlySet<string>;
  /** The words a word may be a form of: a plural or possessive ("things", "arm's"), in English a verb's ("wanting"). */
  baseForms(word: string): string[];
  /** A typed line in the words the language model knows ("7 am" → "seven in the morning"). */
  typedAsSpoken(text: string): string;
  /** A word the coach does not know written as it knows it ("nvm" → "never mind"); the word itself otherwise. */
  spelledOutWord(word: string, known: ReadonlySet<string>): string;
  /**
   * The values found, with their numbers as the line means them: without the number words that are no number in it
   * ("the weak one", "un tirón"), and with a half said after a number ("doce kilos y medio").
   */
  numbersMeant(utterance: string, entities: NlpEntity[], numberEntity: string): NlpEntity[];
}

/** A plural's or a possessive's word: "things", "stretches", "arm's". */
const pluralBases = (word: string): string[] => [word.replace(/'s$/, ''), word.replace(/s$/, ''), word.replace(/es$/, '')];

/** And a verb's, by English's spelling rules: "wanting" and "wanted" of "want", "making" of "make", "getting" of "get". */
const englishBaseForms = (word: string): string[] => {
  const stem = /^(.{2,}?)(ing|ed)$/.exec(word)?.[1];
  if (!stem) return pluralBases(word);
  const undoubled = /([bdgklmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
  return [...pluralBases(word), stem, `${stem}e`, undoubled];
};

const englishNormalize = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9'@ -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const ENGLISH_HESITATIONS: ReadonlySet<string> = new Set(['uh', 'uhh', 'um', 'umm', 'hmm', 'hm', 'er', 'erm', 'ah', 'oh', 'well', 'so', 'like', 'man', 'geez', 'jeez']);

/** What the text says of a number entity, in lower case. */
const saidOf = (entity: NlpEntity): string => (entity.utteranceText ?? entity.sourceText ?? '').toLowerCase();

export const ENGLISH_LINES: LineLanguage = {
  language: 'en',
  normalize: englishNormalize,
  wordsOf: (text) => ENGLISH_READING.wordsOfLine(text),
  // The words as written too ("gotta", "lemme"), so a line that says them is left as the samples say them.
  knownForms: (text) => [...ENGLISH_READING.wordsOfLine(text), ...(text.toLowerCase().match(/[a-z']+/g) ?? [])],
  // A line of nothing else says nothing yet: the classifier would take it for the intent whose samples use the sound
  // most ("hmm" for no, "well" for yes), and at "pounds?" that is kilograms.
  hesitations: ENGLISH_HESITATIONS,
  // "alright, that was nine", "okay so I got twelve".
  openingMarkers: new Set([...ENGLISH_HESITATIONS, ...LEADING_FILLERS]),
  // "am I getting stronger or what".
  tagQuestions: new Set(['or what', 'or not', 'you know']),
  // "time to work out, buddy".
  addressWords: new Set(ADDRESS_WORDS),
  thinking: /let me think/g,
  questionOpenings: QUESTION_OPENINGS,
  functionWords: new Set(FUNCTION_WORDS),
  baseForms: englishBaseForms,
  typedAsSpoken,
  // Typing shortened it ("nvm", "prob"), or it was clipped of its "g" ("workin", "mornin", "pinchin").
  spelledOutWord: (word, known) => {
    const written = spelledOutWord(word);
    if (written !== word) return written;
    return /[a-z]{2}in$/.test(word) && known.has(`${word}g`) ? `${word}g` : word;
  },
  // "One" as a pronoun ("the weak one", "a heavy one") or a determiner ("one side", "one more") is no number
  // (src/core/reading/numbersSaid.ts).
  // English's halves are read by the reading rules (src/core/reading/numberAnswer.ts).
  numbersMeant: (utterance, entities, numberEntity) => {
    const ones = numbersSaid(ENGLISH_READING.wordsOfLine(utterance), ENGLISH_READING).filter((n) => n.wordOne).length;
    return ones > 0 ? entities : entities.filter((entity) => !(entity.entity === numberEntity && saidOf(entity) === 'one'));
  },
};

/** Spanish compared without its accents, as a recogniser or a thumb often writes it: "sí" is "si", "dieciséis" "dieciseis". */
const spanishNormalize = (text: string): string =>
  englishNormalize(text.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));

const spanishWords = (text: string): string[] => spanishNormalize(text).split(/[\s-]+/).filter(Boolean);
const spanishSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(spanishNormalize));

/** "Un" and "una" are articles far more often than counts ("me dio un tirón", "una más"). */
const SPANISH_ARTICLES: ReadonlySet<string> = new Set(['un', 'una']);

const HALVES = HALF_WORDS.map(spanishNormalize).join('|');
/** A half said right after a number ("veinte y medio", "cuarenta punto cinco"): the number's own words. */
const HALF_NEXT = new RegExp(`^\\s+(?:${HALVES})\\b`, 'i');
/** A half said after a number's unit: "doce kilos y media". */
const HALF_AFTER_UNIT = new RegExp(`^\\s+[a-z]+\\s+(?:${HALVES})\\b`, 'i');

/** The number with the half said after it; a half right after it is part of its words, so the line reads "@number". */
const withHalf = (utterance: string, entity: NlpEntity): NlpEntity => {
  if (entity.option === undefined) return entity;
  const after = utterance.slice(entity.end + 1).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const next = HALF_NEXT.exec(after);
  const half = String(Number(entity.option) + 0.5);
  if (next) {
    const end = entity.end + next[0].length;
    return { ...entity, option: half, end, len: end - entity.start + 1, utteranceText: utterance.slice(entity.start, end + 1) };
  }
  return HALF_AFTER_UNIT.test(after) ? { ...entity, option: half } : entity;
};

export const SPANISH_LINES: LineLanguage = {
  language: 'es',
  normalize: spanishNormalize,
  wordsOf: spanishWords,
  knownForms: spanishWords,
  hesitations: spanishSet(spanish.HESITATIONS),
  openingMarkers: spanishSet([...spanish.HESITATIONS, ...spanish.OPENING_WORDS]),
  tagQuestions: spanishSet(spanish.TAG_QUESTIONS),
  addressWords: spanishSet(spanish.ADDRESS_WORDS),
  thinking: /\bdeja(me)? (ver|pensar)\b/g,
  questionOpenings: [...spanishSet(spanish.QUESTION_OPENINGS)],
  functionWords: spanishSet(spanish.FUNCTION_WORDS),
  baseForms: pluralBases,
  // A time typed ("8 pm", "a las 20:00") in Spanish words; English's other typed forms ("5.5 hrs") are English words.
  typedAsSpoken: spanishTypedAsSpoken,
  spelledOutWord: (word) => word,
  numbersMeant: (utterance, entities, numberEntity) =>
    entities
      .filter((entity) => !(entity.entity === numberEntity && SPANISH_ARTICLES.has(spanishNormalize(saidOf(entity)))))
      .map((entity) => (entity.entity === numberEntity ? withHalf(utterance, entity) : entity)),
};

export const LINE_LANGUAGES: Readonly<Record<Language, LineLanguage>> = { en: ENGLISH_LINES, es: SPANISH_LINES };
