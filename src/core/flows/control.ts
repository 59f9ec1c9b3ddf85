/** Things a user can say at any point of a workout or test: pause, resume, stop, skip, pain, lost form, delete. */
import type { Turn } from '../turn';
import { PROGRAM } from '../program';
import { exerciseName, exercisePlural, sideWords } from '../words';
import { resumeWorkout, requestWorkout } from './home';
import { postureBreak } from './schedule';
import { skipTestRest, startTest, startTestSet, testActivity } from './test';
import {
  askForCount,
  finisherWasLast,
  finishWorkout,
  introduceSet,
  moveToNextExercise,
  nextExerciseAfterCurrent,
  startSet,
  workoutActivity,
} from './workout';

/** "Go" / "ready": starts the set that is waiting, or restarts the quiet window of the current one. */
export const ready = (turn: Turn): void => {
  const workout = workoutActivity(turn);
  if (workout) {
    workout.paused = false;
    workout.stoppedAt = null;
    startSet(turn);
    return;
  }
  const test = testActivity(turn);
  if (test && test.step !== 'weight') {
    startTestSet(turn);
    return;
  }
  if (test) return; // the closing question asks for the weight
  requestWorkout(turn);
};

export const pause = (turn: Turn): void => {
  const workout = workoutActivity(turn);
  if (!workout) {
    // A test waits for the driver anyway; with nothing under way there is nothing to pause.
    turn.say(testActivity(turn) ? 'PAUSED' : 'NOTHING_TO_PAUSE');
    return;
  }
  workout.paused = true;
  turn.say('PAUSED');
  turn.ask('ASK_RESUME');
};

export const resume = (turn: Turn): void => {
  if (workoutActivity(turn)) {
    resumeWorkout(turn);
    return;
  }
  if (testActivity(turn)) return; // the closing question picks the test up
  turn.say('NOTHING_TO_RESUME');
};

/** Stop, cancel or "go home": the workout or test is saved where it is and offered again next time. */
export const stop = (turn: Turn): void => {
  const doc = turn.doc;
  doc.pending = null;
  const workout = workoutActivity(turn);
  if (workout) {
    workout.stoppedAt = turn.now;
    workout.paused = false;
    const { position } = workout;
    if (position.step === 'finisher') turn.say('STOPPED_SAVED_FINISHER');
    else turn.say('STOPPED_SAVED', { exercise: exerciseName(position.exercise), set: position.set });
  } else if (testActivity(turn)) {
    turn.say('STOPPED_TEST_SAVED');
  } else {
    turn.say('GOODBYE');
  }
  turn.close();
};

/** The session closed without a goodbye (timeout, error, the user walked away): remember when. */
export const sessionEnded = (turn: Turn): void => {
  const workout = workoutActivity(turn);
  if (workout && workout.stoppedAt === null) workout.stoppedAt = turn.now;
  turn.doc.pending = null;
  turn.close();
};

/** "Skip": the rest that was just timed, else the current exercise. The finisher cannot be skipped. */
export const skip = (turn: Turn, afterRest: boolean): void => {
  const workout = workoutActivity(turn);
  if (!workout) {
    turn.say(testActivity(turn) ? 'TEST_NOT_SKIPPABLE' : 'NOTHING_TO_SKIP');
    return;
  }
  if (afterRest) {
    skipRest(turn, true);
    return;
  }
  const { position } = workout;
  if (position.step === 'finisher') {
    turn.say('FINISHER_NOT_SKIPPABLE', { min: PROGRAM.finisher.minReps, max: PROGRAM.finisher.maxReps, side: sideWords(workout.workout.weakSide) });
    startSet(turn);
    return;
  }
  workout.workout.skipped.push(position.exercise);
  turn.say('SKIPPED_EXERCISE', { exercisePlural: exercisePlural(position.exercise) });
  moveToNextExercise(turn, false);
};

/**
 * "Skip the rest": a rest is timed in the reply that leads into the next set, so it can only be skipped in the turn
 * after that reply (a driver cutting it short); any later turn has no rest to skip, and the set is not started again.
 */
export const skipRest = (turn: Turn, afterRest: boolean): void => {
  if (!workoutActivity(turn)) {
    if (skipTestRest(turn)) return;
    turn.say('NOTHING_TO_SKIP');
    return;
  }
  if (!afterRest) {
    turn.say('NOTHING_TO_SKIP');
    return;
  }
  turn.say('SKIPPED_REST');
  introduceSet(turn, true);
};

export const startOver = (turn: Turn): void => {
  const workout = workoutActivity(turn);
  const test = testActivity(turn);
  if (workout) {
    turn.say('STARTING_OVER_WORKOUT');
    workout.workout.sets = [];
    workout.workout.finisherReps = null;
    workout.workout.skipped = [];
    workout.paused = false;
    workout.position = { exercise: 'row', set: 1, step: 'weak', waitingForGo: true, formLost: false, afterRest: false };
    introduceSet(turn, false);
  } else if (test) {
    turn.say('STARTING_OVER_TEST');
    startTest(turn, test.testKind);
  } else {
    requestWorkout(turn);
  }
};

/** "Give me a posture break": the break now, with nothing under way (a workout stopped and saved included); in a workout or a test, after it. */
export const askedForPostureBreak = (turn: Turn): void => {
  const workout = workoutActivity(turn);
  if ((workout && workout.stoppedAt === null) || testActivity(turn)) {
    turn.say('POSTURE_BREAK_LATER');
    return;
  }
  postureBreak(turn);
};

/** Pain: stop that exercise, say so plainly, suggest a physician if it persists, and log it. */
export const pain = (turn: Turn): void => {
  const doc = turn.doc;
  const workout = workoutActivity(turn);
  if (workout) {
    const exercise = workout.position.exercise;
    doc.painLog.push({ at: turn.now, during: exercise });
    workout.workout.stoppedForPain.push(exercise);
    turn.say('PAIN_WORKOUT', { exercisePlural: exercisePlural(exercise) });
    const next = nextExerciseAfterCurrent(workout);
    if (!next) {
      finishWorkout(turn, false);
      return;
    }
    doc.pending = { kind: 'afterPain' };
    turn.ask('ASK_AFTER_PAIN', { exercisePlural: exercisePlural(next.id) });
    return;
  }
  if (testActivity(turn)) {
    doc.painLog.push({ at: turn.now, during: 'test' });
    doc.activity = null;
    turn.say('PAIN_TEST');
    turn.say('TEST_STOPPED_FOR_PAIN');
    turn.close();
    return;
  }
  doc.painLog.push({ at: turn.now, during: 'other' });
  turn.say('PAIN_IDLE');
};

/** After pain: yes goes on to the next exercise, no ends the workout. */
export const continueAfterPain = (turn: Turn, goOn: boolean): void => {
  turn.doc.pending = null;
  if (goOn) moveToNextExercise(turn, false);
  else finishWorkout(turn, false);
};

/**
 * "I lost form": about the set whose count is being asked for (its window has run), else, while the next set
 * waits for "go", about the set just logged. That set does not count toward progression. The finisher never does.
 */
export const lostForm = (turn: Turn): void => {
  const workout = workoutActivity(turn);
  if (!workout) {
    turn.say(testActivity(turn) ? 'LOST_FORM_TEST' : 'LOST_FORM_NOTHING');
    return;
  }
  const { position } = workout;
  const lastSet = workout.workout.sets[workout.workout.sets.length - 1];
  const waiting = position.waitingForGo;
  if (position.step === 'finisher' || (waiting && finisherWasLast(workout))) {
    turn.say('LOST_FORM_FINISHER');
  } else if (waiting && lastSet && !lastSet.formLost) {
    lastSet.formLost = true;
    turn.say('LOST_FORM_LOGGED', { set: lastSet.set, exercisePlural: exercisePlural(lastSet.exercise) });
  } else if (!waiting) {
    position.formLost = true;
    turn.say('LOST_FORM_LOGGED', { set: position.set, exercisePlural: exercisePlural(position.exercise) });
  } else {
    position.formLost = true;
    turn.say('LOST_FORM_UPCOMING');
  }
  if (!waiting) askForCount(turn);
};

/** "Ten, but I lost form", said for the set being counted: that set is marked before its count is taken. */
export const markSetFormLost = (turn: Turn): void => {
  const workout = workoutActivity(turn);
  if (!workout || workout.position.waitingForGo || workout.position.step === 'finisher') return;
  workout.position.formLost = true;
  turn.say('LOST_FORM_LOGGED', { set: workout.position.set, exercisePlural: exercisePlural(workout.position.exercise) });
};

export const askToDelete = (turn: Turn): void => {
  turn.doc.pending = { kind: 'confirmDelete' };
  turn.ask('CONFIRM_DELETE', {}, { key: 'CONFIRM_DELETE_SHORT' });
};

export const deleteEverything = (turn: Turn): void => {
  turn.deleteUser = true;
  turn.say('DELETED');
  turn.close();
};
