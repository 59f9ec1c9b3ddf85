/** What a progress chart shows, from the user's document: rows per side in the latest workouts, and every test's gap. */
import type { UserDocument, WorkoutRecord } from './document';
import { PROGRAM } from './program';
import type { ProgressView, WorkoutBars } from './reply';
import { localDay } from './time';

/** As many workouts as a chart shows side by side and still reads on a small screen. */
export const WORKOUTS_ON_CHART = 8;

const rowBars = (workout: WorkoutRecord, zone: string): WorkoutBars => {
  const rows = workout.sets.filter((s) => s.exercise === PROGRAM.progression.exercise);
  const finisher = workout.finisherReps ?? 0;
  return {
    day: localDay(workout.startedAt, zone),
    weakReps: rows.reduce((sum, s) => sum + s.weak, 0) + finisher,
    strongReps: rows.reduce((sum, s) => sum + s.strong, 0),
    weight: workout.weight,
  };
};

/** Null until there is something to chart: a test taken, the units and the weak side known. */
export const progressView = (doc: UserDocument, zone: string): ProgressView | null => {
  if (doc.tests.length === 0 || doc.units === null || doc.weakSide === null) return null;
  const completed = doc.workouts.filter((w) => w.completed);
  return {
    unit: doc.units,
    weakSide: doc.weakSide,
    workouts: completed.slice(-WORKOUTS_ON_CHART).map((w) => rowBars(w, zone)),
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
