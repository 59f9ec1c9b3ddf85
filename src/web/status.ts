/**
 * Where the user stands, for the console's status panel: the core's workout status plus what a screen
 * needs to say it in words.
 */
import { workoutStatus } from '../core/coach';
import type { UserDocument } from '../core/document';
import type { WorkoutStatus } from '../core/events';
import { exerciseById, otherSide, type Measure, type Side, type Unit } from '../core/program';
import { prompt } from '../core/prompts';

export interface ConsoleStatus extends WorkoutStatus {
  /** 'baseline' or 'retest' during a test, else null. */
  testKind: 'baseline' | 'retest' | null;
  /** The exercise as the coach names it ("single-arm dumbbell row"). */
  exerciseName: string | null;
  /** What the exercise counts: reps, or seconds for the carry. */
  measure: Measure | null;
  /** The side that follows the weak side and stops at its number. */
  strongSide: Side | null;
  /** The set whose weak-side count is `cap`: the current set once counted, else the exercise's last set. */
  capFromSet: number | null;
  /**
   * Reps (seconds for the carry) the weak side has logged in the current exercise of this workout: the sum
   * of its working sets so far, plus the finisher for rows. In a test, the weak side's reps once given.
   */
  repsSoFar: number;
  weight: number | null;
  unit: Unit | null;
  paused: boolean;
}

export const consoleStatus = (doc: UserDocument | null, locale = 'en-US'): ConsoleStatus | null => {
  if (!doc) return null;
  const status = workoutStatus(doc);
  if (!status) return null;
  const activity = doc.activity;
  const exercise = status.exercise ? exerciseById(status.exercise) : null;
  const base = {
    ...status,
    exerciseName: exercise ? prompt(locale, `EXERCISE_${exercise.id}`) : null,
    measure: exercise?.measure ?? null,
    strongSide: status.side ? otherSide(status.side) : null,
    unit: doc.units,
  };
  if (activity?.kind === 'workout') {
    const { workout, position } = activity;
    const logged = workout.sets.filter((s) => s.exercise === position.exercise);
    const thisSet = logged.find((s) => s.set === position.set);
    const finisher = position.exercise === 'row' ? (workout.finisherReps ?? 0) : 0;
    return {
      ...base,
      testKind: null,
      capFromSet: status.cap === null ? null : (thisSet ?? logged[logged.length - 1])?.set ?? null,
      repsSoFar: logged.reduce((sum, s) => sum + s.weak, 0) + finisher,
      weight: exercise?.usesDumbbell ? workout.weight : null,
      unit: workout.unit,
      paused: activity.paused,
    };
  }
  if (activity?.kind === 'test') {
    return {
      ...base,
      testKind: activity.testKind,
      capFromSet: null,
      repsSoFar: activity.weakReps ?? 0,
      weight: activity.weight,
      paused: false,
    };
  }
  return null;
};
