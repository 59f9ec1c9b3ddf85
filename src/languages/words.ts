/**
 * What a language gives the coach to speak and show: its string tables and how it says a number. The formatter in
 * src/core/prompts picks a language's words by the locale (see ./locales.ts) and fills the tables' `{{name}}`s.
 */
import type { ReadingWords } from '../core/reading/readingWords';
import type { Choice } from '../core/reply';
import type { Noun } from '../core/spoken';
import type { PromptKey } from './en/prompts';
import type { PageKey } from './en/page';
import type { ScreenKey } from './en/screen';
import type { TerminalKey } from './en/terminal';

export type { PageKey, PromptKey, ScreenKey, TerminalKey };

/** Every prompt, as one text or as variants picked in turn. */
export type PromptTable = Readonly<Record<PromptKey, string | readonly string[]>>;
/** The prompts whose words differ in one locale of a language. */
export type PromptOverrides = Partial<PromptTable>;
export type ScreenTable = Readonly<Record<ScreenKey, string>>;
/** Each short answer's phrase, on chips and buttons (./en/choices.ts). */
export type ChoiceTable = Readonly<Record<Choice, string>>;

/** A choice table as the page's words name it: `CHOICE_yes`, `CHOICE_kg`... */
export const pageChoiceWords = (choices: ChoiceTable): { readonly [K in Choice as `CHOICE_${K}`]: string } =>
  Object.fromEntries(Object.entries(choices).map(([id, phrase]) => [`CHOICE_${id}`, phrase])) as { readonly [K in Choice as `CHOICE_${K}`]: string };
/** The browser page's own words (not the coach's). */
export type PageTable = Readonly<Record<PageKey, string>>;
/** The terminal console's own words (not the coach's). */
export type TerminalTable = Readonly<Record<TerminalKey, string>>;

export interface LanguageWords {
  prompts: PromptTable;
  /** The prompts whose examples name a weight, where weights start in kilograms ("make it 15 kilos"). */
  metricPrompts: PromptOverrides;
  /** Locales of the language whose prompts differ in a few words ("lorry" in Britain). */
  localePrompts: Readonly<Record<string, PromptOverrides>>;
  screen: ScreenTable;
  choices: ChoiceTable;
  /** A whole number (0 to 999) said on its own: "three", "tres". */
  spelled(n: number): string;
  /** A whole number said before the noun it counts: "one rest day", "un día de descanso", "una semana". */
  spelledBefore(n: number, noun: Noun): string;
  /** A rep as the coach counts it out loud at the strong side's cadence. */
  countedAloud(n: number): string;
  /** The words the reading rules read a line in this language by (src/core/reading/readingWords.ts). */
  reading: ReadingWords;
}
