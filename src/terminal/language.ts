/**
 * The terminal's language: `--lang es` (or a locale, es-MX, es_MX.UTF-8), else the environment's locale (LC_ALL, then
 * LC_MESSAGES, then LANG, as POSIX reads them: es_MX.UTF-8 is es-MX), else US English. A language given without a
 * country takes its usual locale (es: es-US); an environment in a language the coach does not speak is US English.
 */
import { fillWords, TERMINAL_WORDS } from '../languages/consoleWords';
import { LANGUAGE_CODES } from '../languages';
import { DEFAULT_LOCALE, USUAL_LOCALE, type Language } from '../languages/locales';
import type { TerminalTable } from '../languages/words';

export interface TerminalLanguage {
  /** The locale sent with every line: the coach's language and its first unit. */
  locale: string;
  language: Language;
  words: TerminalTable;
}

/** A POSIX or BCP 47 locale: language, then an optional country, then an encoding or modifier ignored (es_MX.UTF-8). */
const LOCALE_NAME = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}))?(?:[.@].*)?$/i;

const isLanguage = (code: string): code is Language => (LANGUAGE_CODES as readonly string[]).includes(code);

/** The terminal's language for a locale's name; null when it names no language the coach speaks. */
export const languageNamed = (name: string): TerminalLanguage | null => {
  const [, code = '', country] = LOCALE_NAME.exec(name.trim()) ?? [];
  const language = code.toLowerCase();
  if (!isLanguage(language)) return null;
  const locale = country && /^[a-z]{2}$/i.test(country) ? `${language}-${country.toUpperCase()}` : USUAL_LOCALE[language];
  return { locale, language, words: TERMINAL_WORDS[language] };
};

const ENGLISH: TerminalLanguage = { locale: DEFAULT_LOCALE, language: 'en', words: TERMINAL_WORDS.en };

/** The environment's language (LC_ALL, LC_MESSAGES, LANG: the first one set), US English when it names none the coach speaks. */
export const environmentLanguage = (env: NodeJS.ProcessEnv): TerminalLanguage => {
  const name = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return (name && languageNamed(name)) || ENGLISH;
};

export type TerminalCommand = { kind: 'chat'; language: TerminalLanguage } | { kind: 'help'; language: TerminalLanguage } | { kind: 'refused'; language: TerminalLanguage; why: string };

/** What the command line asks: `--lang <name>` (or `--lang=<name>`), `--help`; anything else is refused, in the language chosen. */
export const readCommandLine = (args: readonly string[], env: NodeJS.ProcessEnv): TerminalCommand => {
  let language = environmentLanguage(env);
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const inline = /^--lang=(.*)$/.exec(arg);
    if (!inline && arg !== '--lang') return { kind: 'refused', language, why: fillWords(language.words.UNKNOWN_OPTION, { option: arg }) };
    const name = inline ? (inline[1] ?? '') : (args[++i] ?? '');
    const named = languageNamed(name);
    if (!named) return { kind: 'refused', language, why: fillWords(language.words.UNKNOWN_LANGUAGE, { language: name }) };
    language = named;
  }
  return help ? { kind: 'help', language } : { kind: 'chat', language };
};
