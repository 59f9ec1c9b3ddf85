/** The screen's words for a locale (labels and headings that are shown, never spoken), from its language's table. */
import { languageWords } from '../../languages';
import { localeDefaults } from '../../languages/locales';
import type { ScreenKey } from '../../languages/words';

export type { ScreenKey };

/** The words of `key` in the language of `locale`, with `{{name}}` filled from `values`. */
export const screenText = (locale: string, key: ScreenKey, values: Readonly<Record<string, string | number>> = {}): string =>
  languageWords(localeDefaults(locale).language).screen[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!Object.hasOwn(values, name)) throw new Error(`Screen text ${key} needs {{${name}}}`);
    return String(values[name]);
  });
