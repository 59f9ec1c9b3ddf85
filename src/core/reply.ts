/**
 * The coach's neutral reply: what to say, with every pause's purpose, where the workout stands as the speech
 * moves on, and what answers the closing question expects. No platform has to parse it back.
 */
import type { ReminderJob } from './document';
import type { ExerciseId, Measure, Side, Unit } from './program';

/**
 * Why the coach is quiet: a timed rest, the user's own set (the weak side's reps, a carry, a test side), the
 * strong side being counted out loud, or a beat between words.
 */
export type PausePurpose = 'rest' | 'set' | 'count' | 'beat';

export type Segment =
  | {
      kind: 'text';
      text: string;
      /** Set on the numbers of a count said out loud: this is rep `n` of `of`. */
      counted?: { n: number; of: number };
    }
  | {
      kind: 'pause';
      seconds: number;
      purpose: PausePurpose;
      /**
       * For a timed stretch (a rest, a set, a count), its whole length in seconds, spoken cues included, and the
       * seconds left in it when this pause starts. A pause with `left < total` continues a stretch begun earlier.
       */
      total?: number;
      left?: number;
    }
  /** From here on the workout stands as `status` says (null: no workout or test any more). Not spoken. */
  | { kind: 'status'; status: WorkoutStatus | null };

export type TextSegment = Extract<Segment, { kind: 'text' }>;
export type PauseSegment = Extract<Segment, { kind: 'pause' }>;

/** Where the workout or test stands, for screens and the consoles. */
export interface WorkoutStatus {
  activity: 'workout' | 'test';
  /** 'baseline' or 'retest' during a test, else null. */
  testKind: 'baseline' | 'retest' | null;
  exercise: ExerciseId | null;
  /** What the exercise counts: reps, or seconds for the carry. */
  measure: Measure | null;
  /** The weak side, which goes first. */
  side: Side | null;
  /** The side that follows the weak side and stops at its number. */
  strongSide: Side | null;
  /** Whose turn it is in this step: the weak side, the strong side (counted to the cap), or nobody yet. */
  working: 'weak' | 'strong' | null;
  /** True during the weak-side-only finisher. */
  finisher: boolean;
  set: number | null;
  sets: number | null;
  /** The number the strong side must do (reps or seconds), once the weak side has set it. */
  cap: number | null;
  /** The set whose weak-side count is `cap`: the current set once counted, else the exercise's last set. */
  capFromSet: number | null;
  /** Working sets logged in this workout (in a test: 1 once the weak side is counted). */
  done: number;
  /**
   * Reps (seconds for the carry) the weak side has logged in the current exercise of this workout: the sum
   * of its working sets so far, plus the finisher for rows. In a test, the weak side's reps once given.
   */
  repsSoFar: number;
  /** The dumbbell's weight when the exercise uses it. */
  weight: number | null;
  unit: Unit | null;
  paused: boolean;
}

/** A short answer the closing question invites; each has a phrase in the language model that means it. */
export type Choice =
  | 'yes'
  | 'no'
  | 'go'
  | 'resume'
  | 'stop'
  | 'skipRest'
  | 'left'
  | 'right'
  | 'lb'
  | 'kg'
  | 'startWorkout'
  | 'startTest'
  | 'progress';

/** A number the question asks for, with the range the coach accepts without asking again. */
export interface NumberAnswer {
  measure: 'reps' | 'seconds' | 'weight';
  min: number;
  max: number;
  /** The unit of a weight, else null. */
  unit: Unit | null;
}

export interface Expected {
  choices: Choice[];
  number: NumberAnswer | null;
}

/** One workout on the progress chart: the rows each side did in it. */
export interface WorkoutBars {
  /** The local calendar day it was done on (YYYY-MM-DD). */
  day: string;
  /**
   * The weak side's reps in each working set of the exercise progression is judged on (rows). The strong side's are
   * not charted: it stops at the weak side's number by design.
   */
  weakSets: number[];
  weight: number;
  /** The weight went up a progression step at this workout. */
  stepUp: boolean;
}

/** One max-reps test on the progress chart: the baseline or a retest, and the gap it measured. */
export interface TestBars {
  kind: 'baseline' | 'retest';
  day: string;
  weakReps: number;
  strongReps: number;
  gapReps: number;
  gapPercent: number;
}

/** What a progress chart shows: the latest workouts and every test, oldest first. */
export interface ProgressView {
  unit: Unit;
  weakSide: Side;
  workouts: WorkoutBars[];
  tests: TestBars[];
}

/** One reminder for the host to set: what Alexa says when it rings, and when, in the driver's zone. */
export interface ReminderToSet {
  purpose: 'break' | 'workoutDay';
  /** What is said when it rings, in `locale`. */
  text: string;
  locale: string;
  /** The local wall-clock time it rings at (the first time, for a weekly one), ISO 8601 without an offset. */
  at: string;
  zone: string;
  /** Rings every week on this day (RFC 5545 BYDAY), else once. */
  weekly: 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU' | null;
}

/**
 * Reminders for the host to set or delete after this turn is stored; the host then reports the result as a
 * `remindersDone` event, whose reply is the one said. A reply carrying a request says nothing itself when its
 * result is to be told (a driver's request); a request made on the coach's own account (moving reminders to a new
 * time zone) has a silent result, and the reply is said as it is.
 */
export interface ReminderRequest {
  /** What the coach asked this for; the host's result names it back, so a late result is never taken for another's. */
  job: ReminderJob;
  /** Alert tokens to delete first. */
  cancel: string[];
  create: ReminderToSet[];
  /**
   * The kinds of reminder the host makes its own match what is asked: every reminder of these kinds it holds for the
   * driver (a break: only one still ahead) that is neither one of `create` nor one of `keep` is deleted, including ones
   * the coach lost track of (a call given up whose reminder was made all the same).
   */
  sweep: ReminderToSet['purpose'][];
  /** Alert tokens of reminders the coach knows are set and wants kept. */
  keep: string[];
  /** False: the reminders of `create` are only looked for among those held (and kept when found), never made. */
  createMissing: boolean;
  /** What to say while the host waits on its reminders service; null to wait in silence. */
  waitMessage: string | null;
}

/** A neutral reply: what to say, what to ask, whether to keep listening. */
export interface Reply {
  speech: Segment[];
  /** What to say when the user says nothing: words only. */
  reprompt: TextSegment[];
  endSession: boolean;
  card: { title: string; text: string } | null;
  /** Where the workout stands when the reply has been given. */
  status: WorkoutStatus | null;
  /** A progress chart to show with the reply (asked how it is going, or at the end of a workout or test); absent or null otherwise. */
  progress?: ProgressView | null;
  /** What the closing question expects; null when the session ends or nothing in particular is asked. */
  expects: Expected | null;
  /** Set when the user asked for their data to be deleted and confirmed it. */
  deleteUser: boolean;
  /** Reminders for the host to set or delete once the turn is stored (see ReminderRequest); absent or null otherwise. */
  reminders?: ReminderRequest | null;
  /** The host should ask the driver, by voice, for its permission to set reminders; absent or false otherwise. */
  askRemindersPermission?: boolean;
}
