/**
 * English's words for the reading rules, as Spanish's are ../es/readingWords.ts: the tables of ./readingTables.ts and
 * the few words the rules name as they read.
 */
import { parseSpokenDuration, wordNumberAt } from '../../core/numbers';
import { verbForms } from '../../core/reading/inflections';
import { rememberingWords, wordsOfLine } from '../../core/reading/lineWords';
import type { ReadingWords } from '../../core/reading/readingWords';
import * as tables from './readingTables';
import { FUNCTION_WORDS } from './heardWords';
import { englishWord } from './shortenings';

const readWord = rememberingWords(englishWord);

export const ENGLISH_READING: ReadingWords = {
  ...tables,
  wordsOfLine: (text) => wordsOfLine(text, readWord),
  numberAt: (words, at) => wordNumberAt(words, at),
  duration: (words) => parseSpokenDuration(words.join(' ')),
  POUND_NOUNS: ['pounder'],
  TAKE_BACK: ['not'],
  READY_OR_DONE: [],
  TIME_ASKED: ['what time', 'what hour'],
  WONDERING: ['will', 'would', 'could', 'can', 'should', 'does', 'do', 'might', 'is it', 'is that', 'is this', 'is my', 'are my', 'is the'],
  MY: ['my'],
  SIDE_PART: 'side',
  CHEATS: tables.CHEAT_VERBS.flatMap(verbForms),
  ZONE_LEADS: [],
  ZONE_INTO: ['on', 'in', 'into', 'to'],
  ZONE_AFTER: ['now', 'today', 'this', 'tonight', 'here'],
  LEFT_AS_SIDE: 'left',
  BEFORE_SIDE: ['the', 'my', 'your', 'on', 'to'],
  SIDE_LINKS: ['is', 'was'],
  SIDE_NOUNS: ['side', 'one', 'arm', 'hand', 'shoulder', 'lat'],
  COUNT_ASKED: ['how many'],
  TOO_WORDS: ['too', 'way too', 'too damn', 'a bit too', 'a little too'],
  WEIGHT_FEELS: ['heavy', 'light', 'much weight', 'little weight'],
  FUNCTION_WORDS,
  DO_VERBS: ['do', 'doing'],
  DO_SUBJECTS: ['i', 'we', 'you'],
  PAST_AUXILIARIES: ['did'],
  NOT_LEFT_OPENINGS: tables.QUESTION_OPENINGS.filter((opening) => opening.startsWith('wh') && opening !== 'what'),
  REMIND_STEMS: ['remind'],
  REMINDING: ['ping me', 'nudge me', 'buzz me', 'alert me', 'notify me', 'holler at me'],
  AT_HOUR: 'at',
  REMIND_TO: ['to'],
  TRAINING_VERBS: ['work', 'workout', 'train', 'exercise', 'lift', 'do', 'get', 'hit'],
  ONE_WORDS: ['one'],
  ARTICLE_OF_ONE: 'the',
  ONE_COUNTED_AFTER: ['just', 'only', 'did', 'got', 'managed', 'made', 'do', 'get'],
  DOZEN: 'dozen',
  HOUR_WORDS: ['hour', 'hours', 'hr', 'hrs'],
  MINUTE_WORDS: ['minute', 'minutes', 'min', 'mins'],
  DURATION_WORDS: ['a', 'an', 'half', 'and', 'one'],
  AND: 'and',
  AND_A_HALF: ['and a half', 'and half'],
  COUNTED_FROM: [
    { words: 'half past', minutes: 30 }, { words: 'quarter past', minutes: 15 }, { words: 'a quarter past', minutes: 15 },
    { words: 'quarter after', minutes: 15 }, { words: 'a quarter after', minutes: 15 }, { words: 'quarter to', minutes: -15 },
    { words: 'a quarter to', minutes: -15 }, { words: 'quarter til', minutes: -15 }, { words: 'quarter of', minutes: -15 },
  ],
  BEFORE_COUNTED_HOUR: ['past', 'to', 'after', 'til', 'till', 'before', 'of'],
  COUNTED_AFTER_HOUR: [],
  CLOCK_ZERO: ['oh', 'zero'],
  HUNDRED: 'hundred',
  HOURS: 'hours',
};
