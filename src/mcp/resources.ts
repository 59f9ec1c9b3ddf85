/**
 * What an assistant can read without taking a turn: the driver's progress (the chart's data, from the same view the
 * Echo Show and the browser draw) and the program's rules, with the coach's own answer to "why one side".
 */
import type { UserDocument } from '../core/document';
import { whyOneSideParams } from '../core/flows/info';
import { EXERCISES, PROGRAM } from '../core/program';
import { progressView } from '../core/progressView';
import { prompt } from '../core/prompts';
import type { TestBars, WorkoutBars } from '../core/reply';

export const PROGRESS_URI = 'backcoach://driver/progress';
export const RULES_URI = 'backcoach://program/rules';

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
