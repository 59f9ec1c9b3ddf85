/** The screen's words for a locale: labels and headings that are shown, never spoken. */
import { SCREEN_EN_US, type ScreenKey } from './screen.en-US';

export type { ScreenKey };

type ScreenTable = Record<ScreenKey, string>;

const TABLES: Readonly<Record<string, ScreenTable>> = { 'en-US': SCREEN_EN_US };

/** The words of `key` in `locale` (the default table when the locale has none), with `{{name}}` filled from `values`. */
export const screenText = (locale: string, key: ScreenKey, values: Readonly<Record<string, string | number>> = {}): string => {
  const table = Object.hasOwn(TABLES, locale) ? (TABLES[locale] as ScreenTable) : SCREEN_EN_US;
  return table[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!Object.hasOwn(values, name)) throw new Error(`Screen text ${key} needs {{${name}}}`);
    return String(values[name]);
  });
};
