/**
 * The local consoles' own words in every language: the browser page's (served to it by src/web/pageWordsModule.ts) and
 * the terminal's. The coach's words are not here: they come with each reply, in the locale the console sends.
 */
import { PAGE_EN } from './en/page';
import { TERMINAL_EN } from './en/terminal';
import { PAGE_ES } from './es/page';
import { TERMINAL_ES } from './es/terminal';
import { USUAL_LOCALE, type Language } from './locales';
import type { PageTable, TerminalTable } from './words';

export interface PageLanguage {
  /** The locale the page listens, speaks and sends in when the browser names no country of this language. */
  locale: string;
  words: PageTable;
}

export const PAGE_LANGUAGES: Readonly<Record<Language, PageLanguage>> = {
  en: { locale: USUAL_LOCALE.en, words: PAGE_EN },
  es: { locale: USUAL_LOCALE.es, words: PAGE_ES },
};

export const TERMINAL_WORDS: Readonly<Record<Language, TerminalTable>> = { en: TERMINAL_EN, es: TERMINAL_ES };

/** A table's text with each `{{name}}` filled from `values`. */
export const fillWords = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!Object.hasOwn(values, name)) throw new Error(`"${template}" needs {{${name}}}`);
    return String(values[name]);
  });
