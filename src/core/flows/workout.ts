/**
 * The workout: weak side first every set, the strong side capped at the weak side's number and counted out
 * loud, timed rests, the weak-side-only finisher after the rows, and progression at the end.
 */
import type { WorkoutActivity } from '../document';
import { earnedWeight, qualifyingStreak } from '../progression';
import { EXERCISES, exerciseById, firstExercise, otherSide, PROGRAM, type Exercise } from '../program';
import { audioSeconds } from '../talk';
import type { Turn } from '../turn';
import { counted, exerciseName, exercisePlural, inWords, repNoun, sideWords, spokenList, weightWords } from '../words';
import { askParked, mustAskParked } from './parked';
import { nextWorkoutDay } from './schedule';
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
      inARow: counted(PROGRAM.progression.workoutsInARow, 'workout', true),
      weightWords: weightWords(earned, doc.units),
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
    position: { exercise: firstExercise().id, set: 1, step: 'weak', waitingForGo: true, formLost: false, afterRest: false },
    paused: false,
    stoppedAt: null,
  };
  if (knowsTheWorkout(turn)) turn.say('WORKOUT_PLAN_SHORT', { plan: { list: shortPlan(turn) } });
  else turn.say('WORKOUT_PLAN', { plan: { list: workoutPlan(turn) } });
  introduceSet(turn, false);
};

/** The driver has done enough workouts to need cues rather than instructions. */
const knowsTheWorkout = (turn: Turn): boolean =>
  turn.doc.workouts.filter((w) => w.completed).length >= PROGRAM.cues.fullInstructionsForWorkouts;

/** The set is explained in full: the first set of each exercise, until the driver knows the workout. */
const explainsSet = (turn: Turn): boolean => {
  const { position } = activeWorkout(turn);
  return position.set === 1 && position.step === 'weak' && !knowsTheWorkout(turn);
};

/** "rows, the finisher, band pulldowns and suitcase carries". */
const shortPlan = (turn: Turn): string[] =>
  EXERCISES.flatMap((exercise) => {
    const name = turn.text(`EXERCISE_PLAN_${exercise.id}`);
    return exercise.id === PROGRAM.finisher.afterExercise ? [name, turn.text('PLAN_FINISHER_SHORT')] : [name];
  });

/** "three sets of single-arm rows", "then a finisher for your weak side", "two sets of band pulldowns", … */
const workoutPlan = (turn: Turn): string[] =>
  EXERCISES.flatMap((exercise) => {
    const item = turn.text('PLAN_EXERCISE', {
      sets: counted(exercise.workingSets, exercise.measure === 'seconds' ? 'round' : 'set', true),
      exercise: { exercise: exercise.id, form: 'plan' },
    });
    return exercise.id === PROGRAM.finisher.afterExercise ? [item, turn.text('PLAN_FINISHER')] : [item];
  });

/**
 * Says which set is next; with `go`, starts it at once, else waits for "go". `remind` names the exercise and the
 * weight even for a later set (picking a stopped workout up).
 */
/** The reps a set of a counted exercise aims for. */
export const repTargetOf = (exercise: Exercise): number => exercise.repTarget ?? PROGRAM.progression.repsEveryWorkingSet;

export const introduceSet = (turn: Turn, go: boolean, remind = false): void => {
  const activity = activeWorkout(turn);
  const { position, workout } = activity;
  // A switch of the weak side said during a set takes effect here, at the next set.
  if (turn.doc.weakSide) workout.weakSide = turn.doc.weakSide;
  const exercise = exerciseById(position.exercise);
  if (position.step === 'finisher') {
    const finisher = { side: sideWords(workout.weakSide), min: PROGRAM.finisher.minReps, max: PROGRAM.finisher.maxReps };
    if (knowsTheWorkout(turn)) turn.say('FINISHER_INTRO_SHORT', finisher);
    else turn.say('FINISHER_INTRO', { ...finisher, strongSide: sideWords(otherSide(workout.weakSide)) });
  } else if (position.set > 1 && !remind) {
    const next = { setName: { phrase: `SET_NAME_${exercise.measure}` }, set: position.set, sets: exercise.workingSets, side: sideWords(workout.weakSide) };
    if (exercise.measure === 'seconds') turn.say('SET_INTRO_NEXT_CARRY', { ...next, window: weakSideWindow(turn) });
    else turn.say('SET_INTRO_NEXT', next);
  } else {
    const intro = {
      setName: { phrase: `SET_NAME_${exercise.measure}` },
      set: position.set,
      sets: exercise.workingSets,
      exercise: exerciseName(exercise.id),
      side: sideWords(workout.weakSide),
    };
    if (exercise.usesDumbbell) turn.say('SET_INTRO_WEIGHTED', { ...intro, weightWords: weightWords(workout.weight, workout.unit) });
    else turn.say('SET_INTRO', intro);
    if (exercise.measure === 'seconds') turn.say('SET_TARGET_CARRY', { sideCapital: sideWords(workout.weakSide, true), window: weakSideWindow(turn) });
    else if (explainsSet(turn)) turn.say('SET_TARGET_REPS', { target: repTargetOf(exercise) });
  }
  if (go) startSet(turn);
  else waitForGo(turn);
};

const waitForGo = (turn: Turn): void => {
  activeWorkout(turn).position.waitingForGo = true;
  if (mustAskParked(turn)) askParked(turn, 'ask');
  else turn.ask('SAY_GO');
};

/** Seconds of quiet for a set, sized from the count it is measured against (PROGRAM.setWindow). */
export const setWindowFor = (measure: 'reps' | 'seconds', previous: number | null, fallback: number): number => {
  if (previous === null || previous <= 0) return fallback;
  const { secondsPerRep, marginSeconds, minSeconds, maxSeconds } = PROGRAM.setWindow;
  const needed = (measure === 'seconds' ? previous : previous * secondsPerRep) + marginSeconds;
  const rounded = Math.ceil(needed / 5) * 5;
  return Math.min(maxSeconds[measure], Math.max(minSeconds, rounded));
};

/** The weak side's window for the set under way (the finisher's is fixed: its reps are). */
export const weakSideWindow = (turn: Turn): number => {
  const { position } = activeWorkout(turn);
  if (position.step === 'finisher') return PROGRAM.finisher.windowSeconds;
  const exercise = exerciseById(position.exercise);
  return setWindowFor(exercise.measure, previousCount(turn), exercise.weakSideWindowSeconds);
};

/** "Go", then the quiet window (or called time for a carry) while the weak side works, then the count question. */
export const startSet = (turn: Turn): void => {
  if (mustAskParked(turn)) return askParked(turn, 'go');
  const { position } = activeWorkout(turn);
  position.waitingForGo = false;
  const exercise = exerciseById(position.exercise);
  const window = weakSideWindow(turn);
  if (position.step !== 'finisher' && exercise.measure === 'seconds') {
    turn.say('GO_CARRY');
    turn.speech.carryWindow(window);
  } else {
    const explains = position.step === 'finisher' ? !knowsTheWorkout(turn) : explainsSet(turn);
    turn.say(explains ? 'GO_REPS' : 'GO_SHORT');
    turn.speech.setWindow(window);
  }
  askForCount(turn);
};

export const askForCount = (turn: Turn): void => {
  const { position, workout } = activeWorkout(turn);
  const side = { side: sideWords(workout.weakSide) };
  const seconds = exerciseById(position.exercise).measure === 'seconds';
  if (position.step === 'finisher') turn.ask('ASK_FINISHER');
  else if (explainsSet(turn) || turn.askInFull) turn.ask(seconds ? 'ASK_SECONDS' : 'ASK_REPS', side);
  // The short question; said again after a silence in full.
  else turn.ask(seconds ? 'ASK_SECONDS_SHORT' : 'ASK_REPS_SHORT', side, { key: seconds ? 'ASK_SECONDS' : 'ASK_REPS', params: side });
};

/** The weak side's number this set is measured against, to catch "fifty" heard for "fifteen". */
export const previousCount = (turn: Turn): number | null => {
  const { position, workout } = activeWorkout(turn);
  if (position.step === 'finisher') return null;
  const thisWorkout = workout.sets.filter((s) => s.exercise === position.exercise);
  const lastThisWorkout = thisWorkout[thisWorkout.length - 1];
  if (lastThisWorkout) return lastThisWorkout.weak;
  for (const earlier of [...turn.doc.workouts].reverse()) {
    const same = earlier.sets.find((s) => s.exercise === position.exercise && s.set === position.set);
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
  if (exercise.measure === 'seconds') {
    turn.say('WEAK_LOGGED_SECONDS', { count, side: sideWords(workout.weakSide) });
    if (explainsSet(turn)) turn.say('STRONG_SIDE_CAPPED_CARRY', { side: sideWords(strongSide), count });
    else turn.say('STRONG_SIDE_CAPPED_CARRY_SHORT', { side: sideWords(strongSide, true), count });
    const room = Math.floor(PROGRAM.maxResponseAudioSeconds - audioSeconds(turn.speech.segments) - 30);
    if (count <= room) turn.speech.countSeconds(count);
    else {
      // Longer than one reply can hold: call the time as far as it fits, then let the user finish.
      const timed = Math.floor(room / 10) * 10;
      turn.speech.carryWindow(timed, 'CARRY_TIME');
      turn.say('CARRY_TIMED_PART', { more: count - timed });
    }
  } else {
    turn.say('WEAK_LOGGED_REPS', { count, side: sideWords(workout.weakSide) });
    if (explainsSet(turn)) turn.say('STRONG_SIDE_CAPPED', { side: sideWords(strongSide), count, repWord: repNoun(count) });
    else turn.say('STRONG_SIDE_CAPPED_SHORT', { side: sideWords(strongSide, true), count });
    turn.speech.countReps(count, exercise.cadenceSeconds);
  }
  advanceAfterSet(turn, exercise, strongSideSeconds(exercise, count));
};

const finisherDue = (activity: WorkoutActivity, exercise: Exercise): boolean =>
  exercise.id === PROGRAM.finisher.afterExercise &&
  activity.position.set === exercise.workingSets &&
  activity.workout.finisherReps === null;

/** How long the strong side works at the weak side's number: counted out loud at the cadence, or the carry's seconds. */
const strongSideSeconds = (exercise: Exercise, count: number): number =>
  exercise.measure === 'seconds' ? count : count * exercise.cadenceSeconds;

/** What is left of the weak side's rest once the strong side has worked `strongSeconds` (PROGRAM.minRestAfterStrongSideSeconds). */
const restLeftAfterStrongSide = (strongSeconds: number): number =>
  Math.max(PROGRAM.minRestAfterStrongSideSeconds, PROGRAM.restSeconds - Math.round(strongSeconds));

const advanceAfterSet = (turn: Turn, exercise: Exercise, strongSeconds: number): void => {
  const activity = activeWorkout(turn);
  const { position } = activity;
  position.formLost = false;
  const rest = restLeftAfterStrongSide(strongSeconds);
  if (finisherDue(activity, exercise)) {
    position.step = 'finisher';
    restThenSet(turn, true, rest);
  } else if (position.set < exercise.workingSets) {
    position.set += 1;
    restThenSet(turn, true, rest);
  } else {
    moveToNextExercise(turn, true);
  }
};

/**
 * Times a rest of `seconds` inside the reply (the next exercise's setup said in it, with `during`), then introduces
 * the next set, starting it when the reply has room.
 */
const restThenSet = (turn: Turn, go: boolean, seconds: number, during?: Exercise['setupPrompt']): void => {
  const { position, workout } = activeWorkout(turn);
  if (!restFits(turn, seconds)) {
    turn.say('REST_UNTIMED', { seconds });
    if (during) turn.say(during);
    introduceSet(turn, false);
    return;
  }
  // Said once, after the first set of a driver's first workouts: why this rest is shorter than a minute.
  if (seconds < PROGRAM.restSeconds && workout.sets.length === 1 && !knowsTheWorkout(turn)) {
    turn.say('REST_SHORTENED', { side: sideWords(workout.weakSide), seconds: PROGRAM.restSeconds });
  }
  turn.speech.rest(seconds, during);
  position.afterRest = true;
  const window = weakSideWindow(turn);
  const fits = audioSeconds(turn.speech.segments) + window + 15 <= PROGRAM.maxResponseAudioSeconds;
  introduceSet(turn, go && fits);
};

/** Whether a timed rest (and the next set's intro) still fits in this reply's audio. */
const restFits = (turn: Turn, seconds: number): boolean =>
  audioSeconds(turn.speech.segments) + seconds + 20 <= PROGRAM.maxResponseAudioSeconds;

/** Moves to the next exercise that was not skipped, set up during a rest when one just ended; ends the workout after the last. */
export const moveToNextExercise = (turn: Turn, rest: boolean): void => {
  const activity = activeWorkout(turn);
  const index = EXERCISES.findIndex((e) => e.id === activity.position.exercise);
  const next = EXERCISES.slice(index + 1).find((e) => !activity.workout.skipped.includes(e.id));
  if (!next) {
    finishWorkout(turn, true);
    return;
  }
  activity.position = { exercise: next.id, set: 1, step: 'weak', waitingForGo: true, formLost: false, afterRest: false };
  // The next exercise is set up during the rest, and starts after it like any other set, when the reply has room.
  if (rest) {
    restThenSet(turn, true, PROGRAM.restSeconds, next.setupPrompt);
    return;
  }
  turn.say(next.setupPrompt);
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
    const { repsEveryWorkingSet: target, workoutsInARow } = PROGRAM.progression;
    const streak = qualifyingStreak(doc.workouts, record.weight, record.unit);
    const next = earnedWeight(doc);
    if (next !== null) {
      turn.say('PROGRESSION_EARNED', { target, inARow: counted(workoutsInARow, 'workout', true), weightWords: weightWords(next, record.unit) });
    } else if (streak > 0) {
      turn.say('PROGRESSION_HALFWAY', { target, more: inWords(workoutsInARow - streak, true) });
    }
  } else {
    turn.say('PAIN_END');
  }
  if (record.stoppedForPain.length > 0) {
    turn.say('NEXT_WORKOUT_AFTER_PAIN', { day: nextWorkoutDay(turn) });
    turn.say('GOODBYE_AFTER_PAIN');
  } else {
    turn.say('NEXT_WORKOUT_DAY', { day: nextWorkoutDay(turn) });
    turn.say('GOODBYE_AFTER_WORKOUT');
  }
  turn.card = {
    title: turn.text('WORKOUT_CARD_TITLE'),
    text: workoutSummary(turn, record),
  };
  turn.close();
};

const workoutSummary = (turn: Turn, record: WorkoutActivity['workout']): string => {
  const lines = EXERCISES.filter((e) => !record.skipped.includes(e.id)).map((e) => {
    const unit = e.measure === 'seconds' ? 's' : '';
    const sets = record.sets
      .filter((s) => s.exercise === e.id)
      .map((s) => (s.formLost ? turn.text('WORKOUT_CARD_FORM_LOST', { count: `${s.weak}${unit}` }) : `${s.weak}${unit}`));
    return turn.text('WORKOUT_CARD_EXERCISE', { exercisePlural: exercisePlural(e.id), sets: sets.join(', ') || turn.text('WORKOUT_CARD_NOT_DONE') });
  });
  if (record.finisherReps !== null) lines.splice(1, 0, turn.text('WORKOUT_CARD_FINISHER', { side: sideWords(record.weakSide), reps: record.finisherReps }));
  return [turn.text('WORKOUT_CARD_HEAD', { weightWords: weightWords(record.weight, record.unit), side: sideWords(record.weakSide) }), ...lines].join('\n');
};
