/**
 * The one function that turns a prompt key and its parameters into words, from the string table of the locale's
 * language (src/languages). Parameters that depend on the language (weights, exercises, sides, days, numbers said in
 * words) arrive as typed values (see ../spoken.ts) and are worded here.
 */
import { DateTime, Info } from 'luxon';
import { languageWords } from '../../languages';
import { EN_US } from '../../languages/en/prompts';
import { DEFAULT_LOCALE, localeDefaults } from '../../languages/locales';
import type { LanguageWords, PromptKey, PromptTable } from '../../languages/words';
import type { Choice } from '../reply';
import type { PromptParams, PromptValue, Spoken } from '../spoken';
import { at, calendarDaysBetween } from '../time';

export type { PromptKey };
export type { PromptParams, PromptValue };
export { DEFAULT_LOCALE };

/**
 * A locale's table: its language's prompts, with the examples in kilograms where weights start in them and the words
 * of its own locale. Made once per combination, so any number of locales makes a handful of tables; a locale with
 * nothing over its language's prompts (en-US, es-US) reads them as they are: a copy of the hundreds of prompts was
 * about a quarter of what a launch allocated.
 */
const TABLES = new Map<string, PromptTable>();
/** The table of each locale asked for, so a prompt finds its table in one lookup. */
const TABLE_OF_LOCALE = new Map<string, PromptTable>();

const tableFor = (locale: string): PromptTable => {
  const known = TABLE_OF_LOCALE.get(locale);
  if (known) return known;
  const { language, unit } = localeDefaults(locale);
  const words = languageWords(language);
  const own = Object.hasOwn(words.localePrompts, locale) ? locale : '';
  const name = `${language} ${unit} ${own}`;
  let table = TABLES.get(name);
  if (!table) {
    const over = { ...(unit === 'kg' ? words.metricPrompts : {}), ...(own ? words.localePrompts[own] : {}) };
    table = Object.keys(over).length > 0 ? { ...words.prompts, ...over } : words.prompts;
    TABLES.set(name, table);
  }
  // Locales are the hosts' own few, but a caller may pass any string: past a few dozen, each is looked up afresh.
  if (TABLE_OF_LOCALE.size < 64) TABLE_OF_LOCALE.set(locale, table);
  return table;
};

const wordsOf = (locale: string): LanguageWords => languageWords(localeDefaults(locale).language);

export const isPromptKey = (key: string): key is PromptKey => Object.hasOwn(EN_US, key);

const formatNumber = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, ''));

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const word = (locale: string, key: PromptKey, params: PromptParams = {}): string => prompt(locale, key, params, 0);

const weekday = (iso: string, zone: string, locale: string): string => at(iso, zone).setLocale(locale).toFormat('cccc');

/** "Wednesday, June 5" in the US, "Wednesday 5 June" in Britain: the locale's own order. */
const fullDate = (iso: string, zone: string, locale: string): string =>
  at(iso, zone).setLocale(locale).toLocaleString({ weekday: 'long', month: 'long', day: 'numeric' });

/** A zone's name: the table's own for the zones drivers name, else its city ("Europe/London" is "London time"). */
const zoneName = (locale: string, zone: string): string => {
  const key = `ZONE_${zone.replace(/[^A-Za-z]/g, '_')}`;
  if (isPromptKey(key)) return word(locale, key);
  return word(locale, 'ZONE_OF_CITY', { city: (zone.split('/').pop() ?? zone).replace(/_/g, ' ') });
};

const spoken = (locale: string, value: Spoken): string => {
  if ('weight' in value) return word(locale, value.weight === 1 ? `WEIGHT_WORDS_${value.unit}_one` : `WEIGHT_WORDS_${value.unit}`, { weight: formatNumber(value.weight) });
  if ('zoneName' in value) return zoneName(locale, value.zoneName);
  if ('unitName' in value) return word(locale, `UNIT_WORDS_${value.unitName}`);
  if ('exercise' in value) {
    const key = value.form === 'name' ? `EXERCISE_${value.exercise}` : value.form === 'plural' ? `EXERCISE_PLURAL_${value.exercise}` : `EXERCISE_PLAN_${value.exercise}`;
    return word(locale, key as PromptKey);
  }
  if ('side' in value) {
    const text = word(locale, `SIDE_${value.side}`);
    return value.capital ? capitalized(text) : text;
  }
  if ('date' in value) return fullDate(value.date, value.zone, locale);
  if ('day' in value) {
    const days = calendarDaysBetween(value.now, value.day, value.zone);
    if (days === 0) return word(locale, 'DAY_TODAY');
    if (days === 1) return word(locale, 'DAY_TOMORROW');
    return word(locale, 'DAY_ON', { weekday: weekday(value.day, value.zone, locale) });
  }
  if ('when' in value) {
    const days = calendarDaysBetween(value.when, value.now, value.zone);
    if (days <= 0) return word(locale, 'WHEN_EARLIER_TODAY');
    if (days === 1) return word(locale, 'WHEN_YESTERDAY');
    const day = days < 7 ? weekday(value.when, value.zone, locale) : fullDate(value.when, value.zone, locale);
    return word(locale, 'WHEN_ON', { day });
  }
  if ('count' in value) {
    const noun = word(locale, value.count === 1 ? `NOUN_${value.noun}_one` : `NOUN_${value.noun}_other`);
    const n = value.words && Number.isInteger(value.count) && value.count >= 0 && value.count < 1000 ? wordsOf(locale).spelledBefore(value.count, value.noun) : formatNumber(value.count);
    return `${n} ${noun}`;
  }
  if ('numberWords' in value) {
    const text = wordsOf(locale).spelled(value.numberWords);
    return value.capital ? capitalized(text) : text;
  }
  if ('list' in value) return listed(locale, value.list.map(String));
  if ('times' in value) return listed(locale, value.times.map((iso) => clockText(at(iso, value.zone), locale)));
  if ('clock' in value) return clockText(DateTime.fromFormat(value.clock, 'HH:mm', { zone: 'UTC' }), locale);
  if ('weekdays' in value) return listed(locale, value.weekdays.map((day) => Info.weekdays('long', { locale })[WEEKDAYS.indexOf(day)] ?? day));
  if (!isPromptKey(value.phrase)) throw new Error(`No prompt ${value.phrase}`);
  return word(locale, value.phrase);
};

/** "7:00 AM", with a plain space: some ICU versions put a narrow no-break space before the AM. */
const clockText = (time: DateTime, locale: string): string => time.setLocale(locale).toLocaleString(DateTime.TIME_SIMPLE).replace(/[\u202f\u00a0]/g, ' ');

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** "a, b and c". */
const listed = (locale: string, items: readonly string[]): string => {
  if (items.length <= 1) return items.join('');
  return word(locale, 'LIST_AND', { items: items.slice(0, -1).join(', '), last: items[items.length - 1] ?? '' });
};

const render = (locale: string, value: PromptValue): string => (typeof value === 'object' ? spoken(locale, value) : String(value));

/** A template cut at its `{{name}}`s: the text before each, the name, and whether a period follows it. */
interface Template {
  texts: string[];
  names: string[];
  periods: boolean[];
}

const PLACEHOLDER = /\{\{(\w+)\}\}(\.?)/g;
/** Each template is cut once: the tables are constants, and a turn fills a dozen of them. */
const templates = new Map<string, Template>();

const templateOf = (text: string): Template => {
  let template = templates.get(text);
  if (template) return template;
  template = { texts: [], names: [], periods: [] };
  let from = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    template.texts.push(text.slice(from, match.index));
    template.names.push(match[1] ?? '');
    template.periods.push(match[2] === '.');
    from = match.index + match[0].length;
  }
  template.texts.push(text.slice(from));
  templates.set(text, template);
  return template;
};

/** Fills the template's `{{name}}`s. A value that ends a sentence with its own period ("12:48 p.m.") takes no second one. */
const interpolate = (locale: string, text: string, params: PromptParams, key: string): string => {
  const { texts, names, periods } = templateOf(text);
  let filled = texts[0] ?? '';
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) throw new Error(`Prompt ${key} needs {{${name}}}`);
    const said = render(locale, value);
    filled += (periods[i] && !said.endsWith('.') ? `${said}.` : said) + texts[i + 1];
  }
  return filled;
};

/** The text of a prompt. `variant` picks among variants (any integer; it wraps). */
export const prompt = (locale: string, key: PromptKey, params: PromptParams = {}, variant = 0): string => {
  const entry = tableFor(locale)[key];
  const template = typeof entry === 'string' ? entry : (entry[Math.abs(variant) % entry.length] ?? entry[0] ?? '');
  return interpolate(locale, template, params, key);
};

/** The phrase of a short answer in the locale's language, as a chip or a button shows it: "Kilograms", "Kilos". */
export const choicePhrase = (locale: string, choice: Choice): string => wordsOf(locale).choices[choice];

/** Every short answer's phrase in the locale's language. */
export const choicePhrases = (locale: string): Readonly<Record<Choice, string>> => wordsOf(locale).choices;

/** A rep as the coach counts it out loud in the locale's language: "1" in English, "uno" in Spanish. */
export const countedAloud = (locale: string, n: number): string => wordsOf(locale).countedAloud(n);
