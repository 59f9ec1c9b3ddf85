/**
 * What an assistant can read without taking a turn: the driver's progress (the chart's data, from the same view the
 * Echo Show and the browser draw: numbers, days and codes, no words) and the program's rules, with the coach's own
 * answer to "why one side" in the driver's language when the locale is named (RULES_TEMPLATE).
 */
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import type { UserDocument } from '../core/document';
import { whyOneSideParams } from '../core/flows/info';
import { EXERCISES, PROGRAM } from '../core/program';
import { progressView } from '../core/progressView';
import { prompt } from '../core/prompts';
import type { TestBars, WorkoutBars } from '../core/reply';
import { A_LOCALE, LOCALE_ARGUMENT, LOCALE_FORM } from './tools';

export const PROGRESS_URI = 'backcoach://driver/progress';
export const RULES_URI = 'backcoach://program/rules';
/** The rules in the language of a locale, named as each tool's `locale` is: backcoach://program/rules?locale=es-MX. */
export const RULES_TEMPLATE = `${RULES_URI}{?${LOCALE_ARGUMENT}}`;

/**
 * The locale a read of the rules names (as the URI carries it, percent-encoded), in the form the prompts take ("es_MX" is
 * "es-MX"); one that is not a locale is an error that says so.
 */
export const localeOfRead = (named: string | string[] | undefined): string => {
  const value = Array.isArray(named) ? named.join(',') : (named ?? '');
  let locale: string;
  try {
    locale = decodeURIComponent(value);
  } catch {
    locale = value;
  }
  if (!LOCALE_FORM.test(locale)) {
    const shown = locale.length > 40 ? `${locale.slice(0, 40)}…` : locale;
    throw new McpError(ErrorCode.InvalidParams, `${JSON.stringify(shown)} is not ${A_LOCALE}`);
  }
  return locale.replace(/_/g, '-');
};

export interface ProgressReport {
  unit: 'lb' | 'kg' | null;
  weakSide: 'left' | 'right' | null;
  baseline: TestBars | null;
  retests: TestBars[];
  recentWorkouts: WorkoutBars[];
  /** The gap the latest test measured; null before the baseline test. */
  gap: { reps: number; percent: number; measuredBy: 'baseline' | 'retest'; day: string } | null;
}

export const progressReport = (doc: UserDocument | null, defaultTimeZone: string): ProgressReport => {
  const view = doc ? progressView(doc, doc.timeZone ?? defaultTimeZone) : null;
  const tests = view?.tests ?? [];
  const latest = tests[tests.length - 1];
  return {
    unit: doc?.units ?? null,
    weakSide: doc?.weakSide ?? null,
    baseline: tests.find((t) => t.kind === 'baseline') ?? null,
    retests: tests.filter((t) => t.kind === 'retest'),
    recentWorkouts: view?.workouts ?? [],
    gap: latest ? { reps: latest.gapReps, percent: latest.gapPercent, measuredBy: latest.kind, day: latest.day } : null,
  };
};

export const programRules = (locale: string) => ({
  whyOneSide: prompt(locale, 'WHY_ONE_SIDE', whyOneSideParams()),
  exercises: EXERCISES,
  program: PROGRAM,
});
