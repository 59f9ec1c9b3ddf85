/**
 * The workout protocol of PROGRAM.md as data. Every number a rule depends on lives here, and the sentences that
 * restate the program ("three sets", "two workouts in a row") are built from it, so the program can be tuned
 * without touching the conversation code.
 */
export type Unit = 'lb' | 'kg';
export type Side = 'left' | 'right';
export type ExerciseId = 'row' | 'pulldown' | 'carry';
export type Measure = 'reps' | 'seconds';

export interface Exercise {
  id: ExerciseId;
  workingSets: number;
  measure: Measure;
  /** Whether the exercise uses the dumbbell (and so its weight is spoken). */
  usesDumbbell: boolean;
  /**
   * Seconds of quiet the coach leaves for the weak side's set before asking for the count, when there is nothing
   * to size it from yet (see PROGRAM.setWindow).
   */
  weakSideWindowSeconds: number;
  /** Seconds per counted rep when the coach counts the strong side out loud. */
  cadenceSeconds: number;
  /** Rep target spoken for the weak side; undefined for timed exercises. */
  repTarget?: number;
  /** What the coach says to set the exercise up when the workout moves on to it. */
  setupPrompt: 'NEXT_EXERCISE_SETUP_row' | 'NEXT_EXERCISE_SETUP_pulldown' | 'NEXT_EXERCISE_SETUP_carry';
}

export const EXERCISES: readonly Exercise[] = [
  { id: 'row', workingSets: 3, measure: 'reps', usesDumbbell: true, weakSideWindowSeconds: 45, cadenceSeconds: 3, repTarget: 12, setupPrompt: 'NEXT_EXERCISE_SETUP_row' },
  { id: 'pulldown', workingSets: 2, measure: 'reps', usesDumbbell: false, weakSideWindowSeconds: 45, cadenceSeconds: 3, repTarget: 12, setupPrompt: 'NEXT_EXERCISE_SETUP_pulldown' },
  { id: 'carry', workingSets: 2, measure: 'seconds', usesDumbbell: true, weakSideWindowSeconds: 60, cadenceSeconds: 1, setupPrompt: 'NEXT_EXERCISE_SETUP_carry' },
];

export const PROGRAM = {
  /** Each side rests this long between its own sets. */
  restSeconds: 60,
  /**
   * In a workout the strong side follows the weak side straight on, so the weak side's rest begins while the strong
   * side works: the coach times only what is left of it, and at least this long, to hand the weight over. The strong
   * side then rests through that and the weak side's next set. A full minute timed after the strong side as well made
   * a session at the program's targets last 21:36 (`npm run measure:workout`), past the 20-minute cap. A rest that
   * moves on to a new exercise is timed in full: the next exercise is set up in it.
   */
  minRestAfterStrongSideSeconds: 15,
  /** Cues spoken during a rest, as seconds remaining. */
  restCues: [30, 10],
  /**
   * The quiet left for a set the driver times themselves (the weak side's reps, a test side, a carry) is sized from
   * what they did last time: reps at a steady pace plus a margin (seconds for a carry plus the margin), within these
   * bounds. A count said early ends it.
   */
  setWindow: { secondsPerRep: 3, marginSeconds: 5, minSeconds: 30, maxSeconds: { reps: 90, seconds: 150 } },
  finisher: { afterExercise: 'row' as ExerciseId, minReps: 8, maxReps: 10, windowSeconds: 35 },
  progression: {
    exercise: 'row' as ExerciseId,
    repsEveryWorkingSet: 12,
    workoutsInARow: 2,
    step: { lb: 5, kg: 2.5 } satisfies Record<Unit, number>,
  },
  schedule: {
    /** Workouts at most in any seven local calendar days. */
    workoutsPerWeek: 3,
    /** Local calendar days from one workout to the next: 2 leaves one rest day between them. */
    daysBetweenWorkouts: 2,
    /** The window `workoutsPerWeek` counts in, in local calendar days. */
    weekDays: 7,
  },
  test: {
    /** Days from one test to the next (the retest). */
    retestAfterDays: 30,
    /** Rest between the two sides of a test. */
    restBetweenSidesSeconds: 60,
    /** Seconds of quiet for each side's max-reps set before asking for the count. */
    sideWindowSeconds: 45,
    /**
     * A share of the baseline gap that has been closed is spoken as a fraction ("half", "a third") when it is this
     * close to it; otherwise it is said in reps.
     */
    closedShareTolerance: 0.04,
  },
  limits: {
    maxReps: 40,
    maxSeconds: 300,
    weight: { lb: { min: 2.5, max: 200 }, kg: { min: 1, max: 90 } } satisfies Record<Unit, { min: number; max: number }>,
  },
  /** A count this far from the previous one is confirmed before it is stored ("fifty" after "fifteen"). */
  suspiciousCount: { ratio: 2, minDifference: 6 },
  /** A new working weight this many times heavier or lighter than the last is confirmed before it is used. */
  weightJumpRatio: 1.5,
  /** The article's suggestion for the baseline dumbbell, low and high, per unit. */
  suggestedStartingWeight: {
    lb: { men: [40, 50], women: [20, 25] },
    kg: { men: [18, 22], women: [9, 11] },
  } satisfies Record<Unit, { men: [number, number]; women: [number, number] }>,
  postureBreak: { everyMinutes: [60, 90], pullAparts: 15, cadenceSeconds: 2, minutes: 2 },
  /**
   * Reminders set through the host (Alexa's Reminders API): a break every `defaultEveryMinutes` of a drive unless the
   * driver picks another interval within postureBreak.everyMinutes; no break closer than `lastBreakBeforeEndMinutes`
   * to the end of the drive (they are nearly there); drives up to `longestDriveHours`. Workout-day reminders fall on
   * the next day a workout is allowed and every `workoutDaysApart` days after it, `workoutsPerWeek` days a week.
   */
  reminders: { defaultEveryMinutes: 75, lastBreakBeforeEndMinutes: 15, longestDriveHours: 14, workoutDaysApart: 2 },
  /**
   * Speech gets shorter as the driver gets to know the workout: until this many workouts are done, the first set of
   * each exercise is explained in full; after that, and for every later set of an exercise, short cues.
   */
  cues: { fullInstructionsForWorkouts: 2 },
  /** Back still hurting at the start after pain: the working weight drops this many dumbbell steps. */
  painRecovery: { stepsLighter: 2 },
  /** What the coach says to expect: the first weeks feel wrong; the weak side catches up over these weeks. */
  expectations: { feelsWrongWeeks: 2, catchUpWeeks: [6, 8] },
  maxResponseAudioSeconds: 200,
} as const;

export const otherSide = (side: Side): Side => (side === 'left' ? 'right' : 'left');

/** The exercise a workout starts with. */
export const firstExercise = (): Exercise => {
  const first = EXERCISES[0];
  if (!first) throw new Error('The program has no exercises');
  return first;
};

export const exerciseById = (id: ExerciseId): Exercise => {
  const found = EXERCISES.find((e) => e.id === id);
  if (!found) throw new Error(`Unknown exercise ${id}`);
  return found;
};
