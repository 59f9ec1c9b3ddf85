import type { Segment } from './document';
import type { ExerciseId, Measure, Side, Unit } from './program';

/** Events that carry no values. */
export type SimpleEventType =
  | 'yes'
  | 'no'
  | 'stop'
  | 'help'
  | 'fallback'
  | 'pause'
  | 'resume'
  | 'repeat'
  | 'next'
  | 'skip'
  | 'skipRest'
  | 'startOver'
  | 'home'
  | 'ready'
  | 'startWorkout'
  | 'startTest'
  | 'progress'
  | 'whatsNext'
  | 'whyOneSide'
  | 'pain'
  | 'lostForm'
  | 'deleteData'
  | 'breakReminders'
  | 'sessionEnded';

/** One thing the user did, already understood by a platform adapter. */
export type CoachEvent =
  | { type: 'launch' }
  | { type: 'count'; value: number | null }
  | { type: 'weight'; value: number | null; unit: Unit | null }
  | { type: 'units'; unit: Unit | null }
  | { type: 'side'; side: Side | null }
  | { type: 'switchWeakSide'; side: Side | null }
  | { type: SimpleEventType };

export type CoachEventType = CoachEvent['type'];

/** What the coach knows about the moment of the event. */
export interface CoachContext {
  /** The request's instant, ISO 8601. */
  now: string;
  /** IANA zone where the user is now (from the device, else the last known one, else a default). */
  timeZone: string;
  locale: string;
  /** The request came from an in-car device: the vehicle may be moving. */
  inVehicle: boolean;
}

/** Where the workout stands, for screens and the browser console. */
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

/** A neutral reply: what to say, what to ask, whether to keep listening. */
export interface Reply {
  speech: Segment[];
  reprompt: Segment[];
  endSession: boolean;
  card: { title: string; text: string } | null;
  status: WorkoutStatus | null;
  /** Set when the user asked for their data to be deleted and confirmed it. */
  deleteUser: boolean;
}
