/** Answers to the coach's questions: counts, corrections, weights, units, sides and "done". Bad values change nothing. */
import { measureGap } from '../gap';
import { exerciseById, otherSide, type Side, type Unit } from '../program';
import type { Turn } from '../turn';
import { checkCount, isSuspicious } from '../validate';
import { exerciseName, sideWords, unitWords, weightWords } from '../words';
import { askUnits } from './home';
import { offerWorkoutAfterTest, sayTestResult, startTest, logTestCount, previousTestCount, testActivity } from './test';
import { changeUnits, isBigWeightChange, recordWeightChange, understoodWeight } from './weight';
import { setTestWeight } from './test';
import type { TestActivity, WorkoutActivity } from '../document';
import type { PromptKey, PromptParams } from '../prompts';
import { ready } from './control';
import { finisherWasLast, logCount, previousCount, workoutActivity } from './workout';

/** A number said in answer to whatever the coach asked: a count, or a weight when a weight was asked for. */
export const answerNumber = (turn: Turn, value: number | null, confirmed = false): void => {
  const doc = turn.doc;
  const test = testActivity(turn);
  if (doc.pending?.kind === 'askWeight' || test?.step === 'weight') {
    answerWeight(turn, value, null);
    return;
  }
  const workout = workoutActivity(turn);
  if (test) {
    const checked = checkCount(value, 'reps', true);
    if (!checked.ok) return void turn.say(checked.problem, checked.params);
    if (!confirmed && isSuspicious(checked.value, previousTestCount(turn))) return confirmCount(turn, checked.value, previousTestCount(turn));
    logTestCount(turn, checked.value);
    return;
  }
  if (workout) {
    const { position } = workout;
    const measure = position.step === 'finisher' ? 'reps' : exerciseById(position.exercise).measure;
    const checked = checkCount(value, measure);
    if (!checked.ok) return void turn.say(checked.problem, checked.params);
    const previous = previousCount(turn);
    if (!confirmed && isSuspicious(checked.value, previous)) return confirmCount(turn, checked.value, previous);
    workout.paused = false;
    workout.position.waitingForGo = false;
    logCount(turn, checked.value);
    return;
  }
  turn.say('NUMBER_UNEXPECTED');
};

const confirmCount = (turn: Turn, value: number, previous: number | null): void => {
  turn.doc.pending = { kind: 'confirmCount', value };
  turn.ask('CONFIRM_COUNT', { count: value, previous: previous ?? 0 }, { key: 'CONFIRM_COUNT_SHORT', params: { count: value } });
};

/** A weight: for the test being set up, or a change of the working weight ("make it 35 pounds"). */
export const answerWeight = (turn: Turn, value: number | null, unit: Unit | null, confirmed = false): void => {
  const doc = turn.doc;
  if (doc.units === null) {
    if (unit === null) return void turn.say('NUMBER_UNEXPECTED');
    doc.units = unit;
  }
  if (value === null && doc.pending?.kind !== 'askWeight' && testActivity(turn)?.step !== 'weight') {
    doc.pending = { kind: 'askWeight' };
    turn.ask('ASK_NEW_WEIGHT');
    return;
  }
  const weight = understoodWeight(turn, value, unit);
  if (weight === null) return;
  const test = testActivity(turn);
  if (test?.step === 'weight') {
    doc.pending = null;
    setTestWeight(turn, weight);
    return;
  }
  if (test && changeTestWeight(turn, test, weight)) return;
  if (!confirmed && isBigWeightChange(doc.weight, weight)) {
    doc.pending = { kind: 'confirmWeight', value: weight };
    turn.ask(
      'CONFIRM_WEIGHT',
      { previousWords: weightWords(doc.weight ?? 0, doc.units), weightWords: weightWords(weight, doc.units) },
      { key: 'CONFIRM_WEIGHT_SHORT', params: { weightWords: weightWords(weight, doc.units) } },
    );
    return;
  }
  doc.pending = null;
  recordWeightChange(turn, weight, 'user');
  turn.say('WEIGHT_CHANGED', { weightWords: weightWords(weight, doc.units) });
};

/**
 * A weight said during a test. Before the first side has lifted, it is the test's weight; after, the test keeps the
 * weight the first side lifted, so both sides lift the same, and the new one is the working weight from the first
 * workout on. Returns false when it is a big jump still to be confirmed.
 */
const changeTestWeight = (turn: Turn, test: TestActivity, weight: number): boolean => {
  const doc = turn.doc;
  const units = doc.units ?? 'lb';
  const testWeight = test.weight;
  if (testWeight === null || testWeight === weight) return false;
  doc.pending = null;
  if (test.step === 'weak' && test.waitingForGo) {
    turn.say('CORRECTED_WEIGHT', { weightWords: weightWords(weight, units), previousWords: weightWords(testWeight, units) });
    test.weight = weight;
    return true;
  }
  turn.say('TEST_KEEPS_WEIGHT', { testWeightWords: weightWords(testWeight, units), weightWords: weightWords(weight, units) });
  recordWeightChange(turn, weight, 'user');
  return true;
};

export const answerUnits = (turn: Turn, unit: Unit | null): void => {
  const doc = turn.doc;
  if (unit === null) {
    turn.ask('ASK_UNITS_SHORT');
    return;
  }
  if (doc.activity?.kind === 'onboarding' && doc.activity.step === 'units') {
    doc.units = unit;
    doc.activity = { kind: 'onboarding', step: 'weakSide' };
    turn.say('UNITS_SET', { unitWords: unitWords(unit) });
    return;
  }
  changeUnits(turn, unit);
};

/** "Left" or "right": the answer to "which side feels weaker?" during first use. */
export const answerSide = (turn: Turn, side: Side | null): void => {
  const doc = turn.doc;
  if (doc.activity?.kind === 'onboarding' && doc.activity.step === 'weakSide') {
    if (side === null) return; // the closing question asks again
    doc.weakSide = side;
    turn.say('WEAK_SIDE_SET', { side: sideWords(side) });
    startTest(turn, 'baseline');
    return;
  }
  if (doc.activity?.kind === 'onboarding') {
    askUnits(turn);
    return;
  }
  turn.say('SIDE_HINT', { side: sideWords(side ?? 'left') });
};

/** "I don't know", "they feel the same": the baseline test starts on the left and finds the weak side itself. */
export const unsureOfWeakSide = (turn: Turn): void => {
  turn.doc.weakSide = 'left';
  turn.say('WEAK_SIDE_UNSURE', { side: sideWords('left') });
  startTest(turn, 'baseline');
};

/** "My weak side is the right" / "switch my weak side": from the next set on. */
export const switchWeakSide = (turn: Turn, side: Side | null): void => {
  const doc = turn.doc;
  if (doc.activity?.kind === 'onboarding') {
    answerSide(turn, side);
    return;
  }
  const test = testActivity(turn);
  if (test && test.step === 'strong') {
    turn.say('SWITCH_DURING_TEST');
    return;
  }
  const current = doc.weakSide ?? 'left';
  const wanted = side ?? otherSide(current);
  if (wanted === doc.weakSide) {
    turn.say('WEAK_SIDE_ALREADY', { side: sideWords(wanted) });
    return;
  }
  doc.weakSide = wanted;
  const workout = workoutActivity(turn);
  if (workout && !workout.position.waitingForGo) turn.say('WEAK_SIDE_SWITCHED_NEXT_SET', { side: sideWords(wanted) });
  else turn.say('WEAK_SIDE_SWITCHED', { side: sideWords(wanted) });
};

/**
 * "No, fifteen", "sorry, I meant eight", "make that ten": the number replaces the last one logged, and the coach says
 * so and carries on from where it is. The last one logged is the set just done (or the finisher), the test side just
 * counted (the second side's count of a test just finished), or the test's weight while the first side waits for go.
 * With nothing logged yet, the number answers the question that was asked.
 */
export const correctLastCount = (turn: Turn, value: number | null): void => {
  if (value === null) {
    turn.say('CORRECTION_NO_NUMBER');
    return;
  }
  if (turn.doc.lastNumberFor === 'weight' && correctWeight(turn, value)) return;
  const workout = workoutActivity(turn);
  if (workout && correctWorkout(turn, workout, value)) return;
  const test = testActivity(turn);
  if (test && correctTest(turn, test, value)) return;
  if (correctFinishedTest(turn, value)) return;
  answerNumber(turn, value);
};

/** Says why nothing was replaced (a bad number, or the one already logged); the correction is dealt with. */
const saidInstead = (turn: Turn, key: PromptKey, params: PromptParams): true => {
  turn.say(key, params);
  return true;
};

/** "No, 45" just after "make it 40": the weight said replaces the one the driver just set. */
const correctWeight = (turn: Turn, value: number): boolean => {
  const doc = turn.doc;
  const latest = doc.weightChanges[doc.weightChanges.length - 1];
  if (latest?.reason !== 'user' || doc.weight === null) return false;
  const units = doc.units ?? 'lb';
  const weight = understoodWeight(turn, value, null);
  if (weight === null) return true;
  if (weight === doc.weight) return saidInstead(turn, 'CORRECTION_SAME_WEIGHT', { weightWords: weightWords(weight, units) });
  if (isBigWeightChange(doc.weight, weight)) {
    answerWeight(turn, weight, null);
    return true;
  }
  turn.say('CORRECTED_WEIGHT', { weightWords: weightWords(weight, units), previousWords: weightWords(doc.weight, units) });
  recordWeightChange(turn, weight, 'user');
  return true;
};

/**
 * Replaces the weak side's count of the set just logged. The strong side was already counted to the old number, so
 * its count stays what it did; from the next set on the new number sets the cap.
 */
const correctWorkout = (turn: Turn, workout: WorkoutActivity, value: number): boolean => {
  const { workout: record } = workout;
  if (finisherWasLast(workout) && record.finisherReps !== null) {
    const checked = checkCount(value, 'reps');
    if (!checked.ok) return saidInstead(turn, checked.problem, checked.params);
    if (checked.value === record.finisherReps) return saidInstead(turn, 'CORRECTION_SAME', { count: checked.value });
    turn.say('CORRECTED_FINISHER', { count: checked.value, previous: record.finisherReps });
    record.finisherReps = checked.value;
    return true;
  }
  const last = record.sets[record.sets.length - 1];
  if (!last) return false;
  const measure = exerciseById(last.exercise).measure;
  const checked = checkCount(value, measure);
  if (!checked.ok) return saidInstead(turn, checked.problem, checked.params);
  if (checked.value === last.weak) return saidInstead(turn, 'CORRECTION_SAME', { count: checked.value });
  const previous = last.weak;
  const sides = { side: sideWords(record.weakSide), strongSide: sideWords(otherSide(record.weakSide)) };
  turn.say(measure === 'seconds' ? 'CORRECTED_SET_SECONDS' : 'CORRECTED_SET', { count: checked.value, previous, set: last.set, exercise: exerciseName(last.exercise), ...sides });
  turn.say(measure === 'seconds' ? 'CORRECTED_STRONG_DONE_SECONDS' : 'CORRECTED_STRONG_DONE', { previous, ...sides });
  last.weak = checked.value;
  return true;
};

/** Replaces the first side's count once the second side is on, or the weight while the first side waits for go. */
const correctTest = (turn: Turn, test: TestActivity, value: number): boolean => {
  if (test.step === 'strong' && test.weakReps !== null) {
    const checked = checkCount(value, 'reps', true);
    if (!checked.ok) return saidInstead(turn, checked.problem, checked.params);
    if (checked.value === test.weakReps) return saidInstead(turn, 'CORRECTION_SAME', { count: checked.value });
    turn.say('CORRECTED_TEST_SIDE', { count: checked.value, previous: test.weakReps, side: sideWords(turn.doc.weakSide ?? 'left') });
    test.weakReps = checked.value;
    return true;
  }
  if (test.step === 'weak' && test.waitingForGo && test.weight !== null) {
    const weight = understoodWeight(turn, value, null);
    if (weight === null) return true;
    const units = turn.doc.units ?? 'lb';
    if (weight === test.weight) return saidInstead(turn, 'CORRECTION_SAME_WEIGHT', { weightWords: weightWords(weight, units) });
    turn.say('CORRECTED_WEIGHT', { weightWords: weightWords(weight, units), previousWords: weightWords(test.weight, units) });
    test.weight = weight;
    return true;
  }
  return false;
};

/**
 * "No, 12" just after the test's result: the number replaces the second side's count, the last one said, and the
 * gap and the weak side are worked out again. Only for a test just finished in this session, before any workout, and
 * stored with the side tested first.
 */
const correctFinishedTest = (turn: Turn, value: number): boolean => {
  const doc = turn.doc;
  const latest = doc.tests[doc.tests.length - 1];
  const lastWorkout = doc.workouts[doc.workouts.length - 1];
  if (doc.activity || doc.lastNumberFor !== 'count' || !latest?.firstSide) return false;
  if (lastWorkout && lastWorkout.startedAt >= latest.at) return false;
  const first = latest.firstSide;
  const firstReps = latest.weakSide === first ? latest.weakReps : latest.strongReps;
  const previous = latest.weakSide === first ? latest.strongReps : latest.weakReps;
  const checked = checkCount(value, 'reps', true);
  if (!checked.ok) return saidInstead(turn, checked.problem, checked.params);
  if (checked.value === previous) return saidInstead(turn, 'CORRECTION_SAME', { count: checked.value });
  const gap = measureGap(first, firstReps, checked.value);
  const wasWeak = doc.weakSide;
  doc.tests[doc.tests.length - 1] = { ...latest, weakSide: gap.weakSide, weakReps: gap.weakReps, strongReps: gap.strongReps, gapReps: gap.gapReps, gapPercent: gap.gapPercent };
  doc.weakSide = gap.weakSide;
  turn.say('CORRECTED_TEST_SIDE', { count: checked.value, previous, side: sideWords(otherSide(first)) });
  sayTestResult(turn, first, firstReps, checked.value);
  if (wasWeak !== gap.weakSide) turn.say('TEST_SIDES_SWAPPED', { newWeak: sideWords(gap.weakSide) });
  offerWorkoutAfterTest(turn);
  return true;
};

/**
 * "Done", "finished", "that's all I got": with a set under way, the set is over and its count is asked for; with the
 * next set waiting for go after a set, it means go on; with nothing under way, the driver is done for now.
 */
export const answerDone = (turn: Turn): void => {
  const workout = workoutActivity(turn);
  if (workout) {
    if (workout.paused) return; // the closing question asks to resume
    if (!workout.position.waitingForGo) return void turn.say('SET_OVER');
    if (workout.workout.sets.length > 0 || workout.workout.finisherReps !== null) ready(turn);
    return;
  }
  const test = testActivity(turn);
  if (test) {
    if (test.step !== 'weight' && !test.waitingForGo) turn.say('SET_OVER');
    return;
  }
  // Nothing under way, the setup's questions included: done for now. The setup picks up where it was at the next launch.
  turn.say('GOODBYE').close();
};
