/**
 * A held-out line: what a driver says, at which question, and the coach event it must become. Written from the
 * intents' descriptions and PROGRAM.md only, before the language model was changed, and judged by event and value.
 */

/** The question the coach has just asked (or, for `menu`, the open menu after launching the coach). */
export type AskedAt =
  | 'units' // "Do you use pounds or kilograms?"
  | 'side' // "Which side feels weaker, your left or your right?"
  | 'weight' // "How heavy is the dumbbell you'll use?"
  | 'go' // "Say go when you're set." (before a set)
  | 'count' // "How many reps did you get?" (rows, pulldowns, the baseline test, the finisher)
  | 'seconds' // "How many seconds did you carry it?" (suitcase carry)
  | 'yesNo' // "Ready for today's workout?", "Pick up where you left off?", "Delete everything?", "Is your back still hurting?"
  | 'confirmCount' // "Did you say fifty?"
  | 'driveLength' // "How long is your drive today?"
  | 'breakInterval' // "A break every 90 minutes. Okay, or how often?"
  | 'time' // "What time should I remind you on workout days?"
  | 'menu' // "Start your workout, do a retest, or hear how you're doing?"
  | 'paused'; // "Paused. Say resume when you're ready."

export type Unit = 'lb' | 'kg';
export type Side = 'left' | 'right';

/** The coach event the line must become. */
export type ExpectedEvent =
  | { type: 'launch' }
  | { type: 'yes' }
  | { type: 'no' }
  | { type: 'stop' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'repeat' }
  | { type: 'help' }
  | { type: 'next' }
  | { type: 'skip' }
  | { type: 'skipRest' }
  | { type: 'startOver' }
  | { type: 'home' }
  | { type: 'ready' }
  | { type: 'done' }
  | { type: 'count'; value: number; formLost?: true }
  | { type: 'correction'; value: number }
  | { type: 'weight'; value: number; unit: Unit | null }
  | { type: 'units'; unit: Unit }
  | { type: 'side'; side: Side }
  | { type: 'switchWeakSide'; side: Side | null }
  | { type: 'startWorkout' }
  | { type: 'startTest' }
  | { type: 'progress' }
  | { type: 'whatsNext' }
  | { type: 'timeLeft' }
  | { type: 'whatWeight'; unit: Unit | null }
  | { type: 'whyOneSide' }
  | { type: 'pain' }
  | { type: 'lostForm' }
  | { type: 'deleteData' }
  | { type: 'breakReminders' }
  | { type: 'driveLength'; minutes: number }
  | { type: 'breakInterval'; minutes: number }
  | { type: 'endDrive' }
  | { type: 'workoutReminders'; time: string | null }
  | { type: 'timeOfDay'; time: string }
  | { type: 'stopWorkoutReminders' }
  | { type: 'timeZone'; zone: string }
  | { type: 'fallback' };

export interface HeldOutLine {
  at: AskedAt;
  text: string;
  expect: ExpectedEvent;
}
