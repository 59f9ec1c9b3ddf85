/**
 * What a locale picks: the language the coach speaks in it and the unit weights start in. A locale not listed takes
 * its language's words if the coach speaks that language (any other Spanish locale: Spanish and kilograms), else the
 * English of the US, with the units the rest of the world uses.
 */
import type { Unit } from '../core/program';

export type Language = 'en' | 'es';

export interface LocaleDefaults {
  language: Language;
  unit: Unit;
}

export const DEFAULT_LOCALE = 'en-US';

/** The locale a console uses for a language when nothing names a country: Spanish as spoken in the US, with pounds. */
export const USUAL_LOCALE: Readonly<Record<Language, string>> = { en: DEFAULT_LOCALE, es: 'es-US' };

const LOCALES: Readonly<Record<string, LocaleDefaults>> = {
  'en-US': { language: 'en', unit: 'lb' },
  'en-CA': { language: 'en', unit: 'lb' },
  'en-GB': { language: 'en', unit: 'kg' },
  'en-AU': { language: 'en', unit: 'kg' },
  'en-IN': { language: 'en', unit: 'kg' },
  // Liberia and Myanmar weigh in pounds too.
  'en-LR': { language: 'en', unit: 'lb' },
  'en-MM': { language: 'en', unit: 'lb' },
  'es-US': { language: 'es', unit: 'lb' },
  'es-MX': { language: 'es', unit: 'kg' },
};

/** The listed locales by their names in lower case, as a platform may write them in any case. */
const LISTED = new Map(Object.entries(LOCALES).map(([name, defaults]) => [name.toLowerCase(), defaults]));
const SPANISH_ELSEWHERE: LocaleDefaults = { language: 'es', unit: 'kg' };
const ENGLISH_ELSEWHERE: LocaleDefaults = { language: 'en', unit: 'kg' };

/** The language and unit of a locale such as "es-MX" (a bare language such as "es" included). */
export const localeDefaults = (locale: string): LocaleDefaults => {
  if (!locale) return LOCALES[DEFAULT_LOCALE] as LocaleDefaults;
  const listed = LISTED.get(locale.toLowerCase());
  if (listed) return listed;
  return /^es(-|$)/i.test(locale) ? SPANISH_ELSEWHERE : ENGLISH_ELSEWHERE;
};

export const defaultUnitFor = (locale: string): Unit => localeDefaults(locale).unit;
