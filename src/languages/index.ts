/** The languages the coach speaks, each one folder of words; a locale picks one (see ./locales.ts). */
import { ENGLISH } from './en';
import { SPANISH } from './es';
import type { Language } from './locales';
import type { LanguageWords } from './words';

export const LANGUAGES: Readonly<Record<Language, LanguageWords>> = { en: ENGLISH, es: SPANISH };
