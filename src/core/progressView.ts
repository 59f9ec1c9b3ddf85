/**
 * What a progress chart shows, from the user's document: the weak side's reps in each working set and the weight of the
 * latest workouts, the progression steps, and every test's gap.
 */
import type { UserDocument, WorkoutRecord } from './document';
import { PROGRAM } from './program';
import type { ProgressView, WorkoutBars } from './reply';
import { localDay } from './time';

/** As many workouts as a chart shows side by side and still reads on a small screen. */
export const WORKOUTS_ON_CHART = 8;

const rowBars = (workout: WorkoutRecord, steps: ReadonlySet<string>, zone: string): WorkoutBars => ({
  day: localDay(workout.startedAt, zone),
  weakSets: workout.sets.filter((s) => s.exercise === PROGRAM.progression.exercise).map((s) => s.weak),
  weight: workout.weight,
  stepUp: steps.has(workout.startedAt),
});

/** Null until there is something to chart: a test taken, the units and the weak side known. */
export const progressView = (doc: UserDocument, zone: string): ProgressView | null => {
  if (doc.tests.length === 0 || doc.units === null || doc.weakSide === null) return null;
  const completed = doc.workouts.filter((w) => w.completed);
  // A progression step is recorded as the workout that earned it starts, at the same instant.
  const steps = new Set(doc.weightChanges.filter((c) => c.reason === 'progression').map((c) => c.at));
  return {
    unit: doc.units,
    weakSide: doc.weakSide,
    workouts: completed.slice(-WORKOUTS_ON_CHART).map((w) => rowBars(w, steps, zone)),
    tests: doc.tests.map((t) => ({
      kind: t.kind,
      day: localDay(t.at, zone),
      weakReps: t.weakReps,
      strongReps: t.strongReps,
      gapReps: t.gapReps,
      gapPercent: t.gapPercent,
    })),
  };
};
