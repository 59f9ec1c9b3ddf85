/**
 * "How much is left?": the sets and the minutes left in this session, worked out from the program data: each set's
 * quiet for the weak side (sized as the coach sizes it), the strong side counted at its cadence, the rests the coach
 * times, and the finisher.
 */
import type { WorkoutActivity } from '../document';
import { EXERCISES, PROGRAM, type Exercise } from '../program';
import type { Turn } from '../turn';
import { counted } from '../words';
import { testActivity } from './test';
import { setWindowFor, workoutActivity } from './workout';

/** What the coach says around a set: its cue, the count's first words, the rest's cues. */
const TALK_SECONDS_PER_SET = 15;

/** The weak side's reps (seconds for a carry) to expect in an exercise: this workout's last set of it, else the target. */
const expectedCount = (exercise: Exercise, workout: WorkoutActivity['workout'] | null): number => {
  const logged = workout?.sets.filter((set) => set.exercise === exercise.id) ?? [];
  const last = logged[logged.length - 1];
  return last?.weak ?? exercise.repTarget ?? exercise.weakSideWindowSeconds;
};

const setSeconds = (exercise: Exercise, count: number): { work: number; strong: number } => ({
  work: setWindowFor(exercise.measure, count, exercise.weakSideWindowSeconds),
  strong: exercise.measure === 'seconds' ? count : count * exercise.cadenceSeconds,
});

/** The working sets still to do from `from` (the current exercise and set) on, and whether the finisher is among them. */
interface Left {
  sets: number;
  finisher: boolean;
  seconds: number;
}

const leftFrom = (workout: WorkoutActivity['workout'] | null, exerciseIndex: number, firstSet: number, finisherOnly: boolean): Left => {
  const left: Left = { sets: 0, finisher: false, seconds: 0 };
  EXERCISES.forEach((exercise, index) => {
    if (index < exerciseIndex || workout?.skipped.includes(exercise.id)) return;
    const count = expectedCount(exercise, workout);
    const { work, strong } = setSeconds(exercise, count);
    const startSet = index === exerciseIndex ? firstSet : 1;
    if (index > exerciseIndex) left.seconds += PROGRAM.restSeconds;
    if (!(index === exerciseIndex && finisherOnly)) {
      for (let set = startSet; set <= exercise.workingSets; set++) {
        left.sets += 1;
        left.seconds += work + strong + TALK_SECONDS_PER_SET;
        if (set < exercise.workingSets) left.seconds += Math.max(PROGRAM.minRestAfterStrongSideSeconds, PROGRAM.restSeconds - strong);
      }
    }
    const finisherDone = workout?.finisherReps !== null && workout?.finisherReps !== undefined;
    if (exercise.id === PROGRAM.finisher.afterExercise && !finisherDone) {
      left.finisher = true;
      left.seconds += (finisherOnly ? 0 : Math.max(PROGRAM.minRestAfterStrongSideSeconds, PROGRAM.restSeconds - strong)) + PROGRAM.finisher.windowSeconds + TALK_SECONDS_PER_SET;
    }
  });
  return left;
};

/** What is left of the workout under way, or of a whole workout when none is. */
export const workoutLeft = (activity: WorkoutActivity | null): Left => {
  if (!activity) return leftFrom(null, 0, 1, false);
  const { position, workout } = activity;
  const index = EXERCISES.findIndex((exercise) => exercise.id === position.exercise);
  return leftFrom(workout, index, position.set, position.step === 'finisher');
};

const minutesOf = (seconds: number): ReturnType<typeof counted> => counted(Math.max(1, Math.ceil(seconds / 60)), 'minute');

export const timeLeft = (turn: Turn): void => {
  const test = testActivity(turn);
  if (test) {
    const sides = test.step === 'strong' ? 1 : 2;
    const side = setWindowFor('reps', null, PROGRAM.test.sideWindowSeconds) + TALK_SECONDS_PER_SET;
    const seconds = sides * side + (sides - 1) * PROGRAM.test.restBetweenSidesSeconds;
    turn.say('TIME_LEFT_TEST', { sides: counted(sides, 'side'), minutes: minutesOf(seconds) });
    return;
  }
  const workout = workoutActivity(turn);
  const left = workoutLeft(workout);
  if (!workout) return void turn.say('TIME_LEFT_NOTHING', { minutes: minutesOf(left.seconds) });
  const minutes = minutesOf(left.seconds);
  if (left.sets === 0) turn.say('TIME_LEFT_FINISHER', { minutes });
  else turn.say(left.finisher ? 'TIME_LEFT_WORKOUT_FINISHER' : 'TIME_LEFT_WORKOUT', { sets: counted(left.sets, 'set'), minutes });
};
