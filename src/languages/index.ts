/**
 * The languages the coach speaks, each one folder of words; a locale picks one (see ./locales.ts). English, the
 * default, is always at hand; another language is loaded the first time a driver needs it, so a launch in English
 * compiles none of it (the Lambda bundles each other language as a file of its own: scripts/build-lambda.mjs).
 */
import { ENGLISH } from './en';
import type { Language } from './locales';
import type { LanguageWords } from './words';

/* eslint-disable @typescript-eslint/no-require-imports */
const LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => LanguageWords>> = {
  es: () => (require('./es') as typeof import('./es')).SPANISH,
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** Every language the coach speaks, by its code. */
export const LANGUAGE_CODES: readonly Language[] = ['en', ...(Object.keys(LOADERS) as Exclude<Language, 'en'>[])];

const loaded = new Map<Language, LanguageWords>([['en', ENGLISH]]);

/** A language's words, loaded on first use. */
export const languageWords = (language: Language): LanguageWords => {
  let words = loaded.get(language);
  if (!words) {
    words = LOADERS[language as Exclude<Language, 'en'>]();
    loaded.set(language, words);
  }
  return words;
};
