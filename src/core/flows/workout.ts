/**
 * The workout: weak side first every set, the strong side capped at the weak side's number and counted out
 * loud, timed rests, the weak-side-only finisher after the rows, and progression at the end.
 */
import type { WorkoutActivity } from '../document';
import { earnedWeight, qualifyingStreak } from '../progression';
import { EXERCISES, exerciseById, otherSide, PROGRAM, type Exercise } from '../program';
import { audioSeconds } from '../talk';
import { addDays, spokenDay } from '../time';
import type { Turn } from '../turn';
import { exerciseName, exercisePlural, repWord, spokenList, weightWords } from '../words';
import { recordWeightChange } from './weight';

export const workoutActivity = (turn: Turn): WorkoutActivity | null =>
  turn.doc.activity?.kind === 'workout' ? turn.doc.activity : null;

const activeWorkout = (turn: Turn): WorkoutActivity => {
  const activity = workoutActivity(turn);
  if (!activity) throw new Error('No workout in progress');
  return activity;
};

export const startWorkout = (turn: Turn): void => {
  const doc = turn.doc;
  if (doc.weight === null || doc.units === null || doc.weakSide === null) throw new Error('Workout needs a baseline');
  const earned = earnedWeight(doc);
  if (earned !== null) {
    recordWeightChange(turn, earned, 'progression');
    turn.say('PROGRESSION_APPLIED', {
      target: PROGRAM.progression.repsEveryWorkingSet,
      weightWords: weightWords(turn, earned, doc.units),
    });
  }
  doc.activity = {
    kind: 'workout',
    workout: {
      startedAt: turn.now,
      weight: doc.weight,
      unit: doc.units,
      weakSide: doc.weakSide,
      sets: [],
      finisherReps: null,
      skipped: [],
      stoppedForPain: [],
    },
    position: { exercise: EXERCISES[0].id, set: 1, step: 'weak', waitingForGo: true, formLost: false, afterRest: false },
    paused: false,
    stoppedAt: null,
  };
  turn.say('WORKOUT_PLAN');
  introduceSet(turn, false);
};

/** Says which set is next; with `go`, starts it at once, else waits for "go". */
export const introduceSet = (turn: Turn, go: boolean): void => {
  const activity = activeWorkout(turn);
  const { position, workout } = activity;
  // A switch of the weak side said during a set takes effect here, at the next set.
  if (turn.doc.weakSide) workout.weakSide = turn.doc.weakSide;
  const exercise = exerciseById(position.exercise);
  if (position.step === 'finisher') {
    turn.say('FINISHER_INTRO', {
      side: workout.weakSide,
      strongSide: otherSide(workout.weakSide),
      min: PROGRAM.finisher.minReps,
      max: PROGRAM.finisher.maxReps,
    });
  } else {
    turn.say('SET_INTRO', {
      set: position.set,
      sets: exercise.workingSets,
      exercise: exerciseName(turn, exercise.id),
      weightPart: exercise.usesDumbbell ? `, ${weightWords(turn, workout.weight, workout.unit)}` : '',
      side: workout.weakSide,
    });
    if (exercise.measure === 'reps') turn.say('SET_TARGET_REPS', { target: exercise.repTarget ?? PROGRAM.progression.repsEveryWorkingSet });
    else turn.say('SET_TARGET_CARRY', { side: workout.weakSide, window: exercise.weakSideWindowSeconds });
  }
  if (go) startSet(turn);
  else waitForGo(turn);
};

const waitForGo = (turn: Turn): void => {
  activeWorkout(turn).position.waitingForGo = true;
  turn.ask('SAY_GO');
};

/** "Go", then the quiet window (or called time for a carry) while the weak side works, then the count question. */
export const startSet = (turn: Turn): void => {
  const { position } = activeWorkout(turn);
  position.waitingForGo = false;
  const exercise = exerciseById(position.exercise);
  if (position.step === 'finisher') {
    turn.say('GO_REPS');
    turn.speech.pause(PROGRAM.finisher.windowSeconds);
  } else if (exercise.measure === 'seconds') {
    turn.say('GO_CARRY');
    turn.speech.carryWindow(exercise.weakSideWindowSeconds);
  } else {
    turn.say('GO_REPS');
    turn.speech.pause(exercise.weakSideWindowSeconds);
  }
  askForCount(turn);
};

export const askForCount = (turn: Turn): void => {
  const { position, workout } = activeWorkout(turn);
  if (position.step === 'finisher') turn.ask('ASK_FINISHER');
  else if (exerciseById(position.exercise).measure === 'seconds') turn.ask('ASK_SECONDS', { side: workout.weakSide });
  else turn.ask('ASK_REPS', { side: workout.weakSide });
};

/** The weak side's number this set is measured against, to catch "fifty" heard for "fifteen". */
export const previousCount = (turn: Turn): number | null => {
  const { position, workout } = activeWorkout(turn);
  if (position.step === 'finisher') return null;
  const thisWorkout = workout.sets.filter((s) => s.exercise === position.exercise);
  if (thisWorkout.length > 0) return thisWorkout[thisWorkout.length - 1].weak;
  for (let i = turn.doc.workouts.length - 1; i >= 0; i--) {
    const same = turn.doc.workouts[i].sets.find((s) => s.exercise === position.exercise && s.set === position.set);
    if (same) return same.weak;
  }
  const lastTest = turn.doc.tests[turn.doc.tests.length - 1];
  return position.exercise === 'row' && lastTest ? lastTest.weakReps : null;
};

/** A checked count for the current set: log it, cap and count the strong side, then move on. */
export const logCount = (turn: Turn, count: number): void => {
  const activity = activeWorkout(turn);
  const { position, workout } = activity;
  if (position.step === 'finisher') {
    workout.finisherReps = count;
    turn.say('FINISHER_LOGGED', { count });
    if (count < PROGRAM.finisher.minReps) turn.say('FINISHER_LOW', { min: PROGRAM.finisher.minReps });
    if (count > PROGRAM.finisher.maxReps) turn.say('FINISHER_HIGH', { max: PROGRAM.finisher.maxReps });
    moveToNextExercise(turn, true);
    return;
  }
  const exercise = exerciseById(position.exercise);
  const strongSide = otherSide(workout.weakSide);
  workout.sets.push({ exercise: exercise.id, set: position.set, weak: count, strong: count, formLost: position.formLost });
  if (PROGRAM.restBetweenSidesInWorkoutSeconds > 0) turn.speech.rest(PROGRAM.restBetweenSidesInWorkoutSeconds);
  if (exercise.measure === 'seconds') {
    turn.say('WEAK_LOGGED_SECONDS', { count, side: workout.weakSide });
    turn.say('STRONG_SIDE_CAPPED_CARRY', { side: strongSide, count });
    const room = Math.floor(PROGRAM.maxResponseAudioSeconds - audioSeconds(turn.speech.segments) - 30);
    if (count <= room) turn.speech.countSeconds(count);
    else {
      // Longer than one reply can hold: call the time as far as it fits, then let the user finish.
      const timed = Math.floor(room / 10) * 10;
      turn.speech.carryWindow(timed, 'CARRY_TIME');
      turn.say('CARRY_TIMED_PART', { more: count - timed });
    }
  } else {
    turn.say('WEAK_LOGGED_REPS', { count, side: workout.weakSide });
    turn.say('STRONG_SIDE_CAPPED', { side: strongSide, count, repWord: repWord(count) });
    turn.speech.countReps(count, exercise.cadenceSeconds);
  }
  advanceAfterSet(turn, exercise);
};

const finisherDue = (activity: WorkoutActivity, exercise: Exercise): boolean =>
  exercise.id === PROGRAM.finisher.afterExercise &&
  activity.position.set === exercise.workingSets &&
  activity.workout.finisherReps === null;

const advanceAfterSet = (turn: Turn, exercise: Exercise): void => {
  const activity = activeWorkout(turn);
  const { position } = activity;
  position.formLost = false;
  if (finisherDue(activity, exercise)) {
    position.step = 'finisher';
    restThenSet(turn, true);
  } else if (position.set < exercise.workingSets) {
    position.set += 1;
    restThenSet(turn, true);
  } else {
    moveToNextExercise(turn, true);
  }
};

/** Times the rest inside the reply, then introduces the next set, starting it when the reply has room. */
const restThenSet = (turn: Turn, go: boolean): void => {
  const { position } = activeWorkout(turn);
  if (!restFits(turn)) {
    turn.say('REST_UNTIMED', { seconds: PROGRAM.restSeconds });
    introduceSet(turn, false);
    return;
  }
  turn.speech.rest();
  position.afterRest = true;
  const window = position.step === 'finisher' ? PROGRAM.finisher.windowSeconds : exerciseById(position.exercise).weakSideWindowSeconds;
  const fits = audioSeconds(turn.speech.segments) + window + 15 <= PROGRAM.maxResponseAudioSeconds;
  introduceSet(turn, go && fits);
};

/** Whether a timed rest (and the next set's intro) still fits in this reply's audio. */
const restFits = (turn: Turn): boolean =>
  audioSeconds(turn.speech.segments) + PROGRAM.restSeconds + 20 <= PROGRAM.maxResponseAudioSeconds;

/** Moves to the next exercise that was not skipped, with a rest when one just ended; ends the workout after the last. */
export const moveToNextExercise = (turn: Turn, rest: boolean): void => {
  const activity = activeWorkout(turn);
  const index = EXERCISES.findIndex((e) => e.id === activity.position.exercise);
  const next = EXERCISES.slice(index + 1).find((e) => !activity.workout.skipped.includes(e.id));
  if (!next) {
    finishWorkout(turn, true);
    return;
  }
  activity.position = { exercise: next.id, set: 1, step: 'weak', waitingForGo: true, formLost: false, afterRest: false };
  if (rest && restFits(turn)) {
    turn.speech.rest();
    activity.position.afterRest = true;
  } else if (rest) {
    turn.say('REST_UNTIMED', { seconds: PROGRAM.restSeconds });
  }
  turn.say(next.id === 'pulldown' ? 'NEXT_EXERCISE_SETUP_PULLDOWN' : 'NEXT_EXERCISE_SETUP_CARRY');
  introduceSet(turn, false);
};

/** The finisher was the last thing done: it is not in `sets`, and the next exercise has not started. */
export const finisherWasLast = (activity: WorkoutActivity): boolean => {
  const { workout, position } = activity;
  const lastSet = workout.sets[workout.sets.length - 1];
  return workout.finisherReps !== null && position.exercise !== PROGRAM.finisher.afterExercise && lastSet?.exercise === PROGRAM.finisher.afterExercise;
};

export const nextExerciseAfterCurrent = (activity: WorkoutActivity): Exercise | undefined => {
  const index = EXERCISES.findIndex((e) => e.id === activity.position.exercise);
  return EXERCISES.slice(index + 1).find((e) => !activity.workout.skipped.includes(e.id));
};

/** Stores the workout, says how it went and what comes next, and ends the session. */
export const finishWorkout = (turn: Turn, completed: boolean): void => {
  const activity = activeWorkout(turn);
  const doc = turn.doc;
  const record = { ...activity.workout, finishedAt: turn.now, completed };
  doc.workouts.push(record);
  doc.activity = null;
  doc.pending = null;
  const rows = record.sets.filter((s) => s.exercise === 'row').map((s) => s.weak);
  if (completed) {
    if (rows.length > 0) turn.say('WORKOUT_DONE', { rows: spokenList(rows) });
    const streak = qualifyingStreak(doc.workouts, record.weight, record.unit);
    const target = PROGRAM.progression.repsEveryWorkingSet;
    const next = earnedWeight(doc);
    if (next !== null) {
      turn.say('PROGRESSION_EARNED', { target, weightWords: weightWords(turn, next, record.unit) });
    } else if (streak > 0) {
      turn.say('PROGRESSION_HALFWAY', { target });
    }
  } else {
    turn.say('PAIN_END');
  }
  turn.say('NEXT_WORKOUT_DAY', { day: spokenDay(addDays(turn.now, 2, turn.zone), turn.now, turn.zone, turn.ctx.locale) });
  turn.say('GOODBYE_AFTER_WORKOUT');
  turn.card = {
    title: turn.text('WORKOUT_CARD_TITLE'),
    text: workoutSummary(turn, record),
  };
  turn.close();
};

const workoutSummary = (turn: Turn, record: WorkoutActivity['workout']): string => {
  const lines = EXERCISES.filter((e) => !record.skipped.includes(e.id)).map((e) => {
    const sets = record.sets.filter((s) => s.exercise === e.id);
    const unit = e.measure === 'seconds' ? 's' : '';
    return `${exercisePlural(turn, e.id)}: ${sets.map((s) => `${s.weak}${unit}${s.formLost ? ' (form lost)' : ''}`).join(', ') || 'not done'}`;
  });
  if (record.finisherReps !== null) lines.splice(1, 0, `finisher (${record.weakSide} only): ${record.finisherReps}`);
  return [`Weight: ${weightWords(turn, record.weight, record.unit)}. Weak side: ${record.weakSide}.`, ...lines].join('\n');
};
