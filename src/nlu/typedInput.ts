/**
 * What a driver types in the console (or the browser's speech recognition writes) in the words the language model
 * knows, before the local NLU reads it: "7 am" as "seven in the morning", "5.5 hrs" as "five and a half hours",
 * "40lbs" as "40 lbs", "45 sec" as "45 seconds", "1:30" as "90 seconds". Alexa hears words, so its model never needs
 * these; typing is where they come from. What speech recognisers write short is written out ("swingin'", "'bout").
 */
import { ENGLISH_CLOCK, spokenHoursIn } from '../languages/en/clockSaid';
import { ONES, TENS } from '../languages/en/numbersHeard';
import { SPANISH_CLOCK } from '../languages/es/clockSaid';
import { timesSaidIn } from '../model/clockWordings';

/** The longest carry the coach takes, in minutes: "m:ss" up to it is a carry's time, not a time of day. */
const LONGEST_CARRY_MINUTES = 4;

/**
 * A pattern, what it is rewritten as, and what a line must have for the pattern to match at all ("-" for "a 35-pound
 * dumbbell", a digit for "45 sec"): a line without it is not searched, so a line in plain words (most of what is said)
 * compiles none of these patterns.
 */
type Rewrite = [RegExp, (whole: string, ...groups: string[]) => string, RegExp];

const DIGIT = /\d/;
const QUOTE = /'/;

/** A unit glued to its number: "40lbs", "20kg", "17.5kgs". */
const GLUED_UNIT: Rewrite = [/\b(\d+(?:\.\d+)?)(lbs?|kgs?|kilos?)\b/gi, (_, amount = '', unit = '') => `${amount} ${unit}`, DIGIT];

/** A number as typed: digits, or one of English's number words ("forty", "eleven"). */
const NUMBER = `(?:\\d+(?:\\.\\d+)?|${[...ONES, ...Object.values(TENS).flat(), 'hundred'].sort((a, b) => b.length - a.length).join('|')})`;

/** Numbers as typed with something joined to them, read before times and lengths are ("5ish hours" is five hours). */
const JOINED_NUMBERS: readonly Rewrite[] = [
  // "-ish" after a number is the number, roughly ("11ish", "elevenish", "5-ish hours").
  [new RegExp(`\\b(${NUMBER})-?ish\\b`, 'gi'), (_, amount = '') => amount, /ish/i],
  // A number joined to what it counts is that many of it ("a 35-pound dumbbell", "a six-hour run"); two numbers
  // joined are one ("twenty-five") or trucker talk ("ten-four"), and stay as they are.
  [new RegExp(`\\b(${NUMBER})-(?!${NUMBER}\\b)(?=[a-z])`, 'gi'), (_, amount = '') => `${amount} `, /-/],
];

const REWRITES: readonly Rewrite[] = [
  // What speech writes short: "swingin'" is "swinging", "'bout" is "about", "'em" is "them".
  [/\b([a-z]+)in'(?=[\s,.!?]|$)/gi, (_, stem = '') => `${stem}ing`, QUOTE],
  [/(^|\s)'bout\b/gi, (_, space = '') => `${space}about`, QUOTE],
  [/(^|\s)'em\b/gi, (_, space = '') => `${space}them`, QUOTE],
  // A letter held out ("gooo", "yesss", "noooo") is typed once: no English word has one letter three times in a row.
  [/([a-z])\1{2,}/gi, (_, letter = '') => letter, /./],
  GLUED_UNIT,
  // Seconds and minutes as abbreviated: "45 sec", "45s", "1 min", "2 mins".
  [/\b(\d+)\s*(?:s|secs?)\b/gi, (_, seconds = '') => `${seconds} seconds`, DIGIT],
  [/\b(\d+)\s*mins?\b/gi, (_, minutes = '') => (minutes === '1' ? 'a minute' : `${minutes} minutes`), DIGIT],
  // A carry's time on a clock: "1:30" is 90 seconds.
  [
    /\b(\d):([0-5]\d)\b(?!\s*(?:a|p)\.?\s?m\b)/gi,
    (whole, minutes = '', seconds = '') =>
      Number(minutes) <= LONGEST_CARRY_MINUTES ? `${Number(minutes) * 60 + Number(seconds)} seconds` : whole,
    /:/,
  ],
];

/** A typed time in English's words: "7 pm" is "seven in the evening". */
export const spokenTimesIn = (text: string): string => timesSaidIn(text, ENGLISH_CLOCK);

const rewritten = (text: string, rewrites: readonly Rewrite[]): string =>
  rewrites.reduce((said, [pattern, rewrite, needs]) => (needs.test(said) ? said.replace(pattern, rewrite) : said), text);

/** Hours typed as a length ("5.5 hrs") are digits. */
const hoursIn = (text: string): string => (DIGIT.test(text) ? spokenHoursIn(text) : text);

export const typedAsSpoken = (text: string): string => rewritten(hoursIn(spokenTimesIn(rewritten(text, JOINED_NUMBERS))), REWRITES);

/**
 * A line typed in Spanish in the words the language model knows: a time ("8 pm", "8:30 p.m.", "a las 20:00", "7 a. m.")
 * in Spanish words ("ocho de la noche", "ocho treinta de la noche", "siete de la mañana"), a unit glued to its number
 * apart. English's other forms ("45 sec", "swingin'") are English words, so a Spanish line keeps them as typed.
 */
export const spanishTypedAsSpoken = (text: string): string => rewritten(timesSaidIn(text, SPANISH_CLOCK), [GLUED_UNIT]);
