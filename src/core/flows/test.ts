/**
 * The baseline test and the 30-day retest: weight, weak side to failure, a timed rest, the other side,
 * the gap, a side swap when the numbers say so, and the retest date in the user's own time zone.
 */
import type { TestActivity, TestRecord } from '../document';
import { closedShare, measureGap, trend } from '../gap';
import { otherSide, PROGRAM, type Side } from '../program';
import { addDays, calendarDaysBetween } from '../time';
import type { Turn } from '../turn';
import { inWords, counted, repNoun, sideWords, spokenDate, unitWords, weightWords } from '../words';
import { askParked, mustAskParked } from './parked';
import { recordWeightChange } from './weight';
import { setWindowFor } from './workout';
import { daysSinceLastWorkout } from './schedule';

export const testActivity = (turn: Turn): TestActivity | null =>
  turn.doc.activity?.kind === 'test' ? turn.doc.activity : null;

const activeTest = (turn: Turn): TestActivity => {
  const activity = testActivity(turn);
  if (!activity) throw new Error('No test in progress');
  return activity;
};

export const startTest = (turn: Turn, testKind: 'baseline' | 'retest'): void => {
  const doc = turn.doc;
  const units = doc.units ?? 'lb';
  doc.activity = { kind: 'test', testKind, step: 'weight', weight: null, weakReps: null, waitingForGo: false };
  const last = doc.tests[doc.tests.length - 1];
  if (testKind === 'retest' && last) {
    turn.say('TEST_INTRO_RETEST', { weightWords: weightWords(last.weight, last.unit) });
  } else {
    const { men, women } = PROGRAM.suggestedStartingWeight[units];
    turn.say('TEST_INTRO_BASELINE', { menLow: men[0], menHigh: men[1], womenLow: women[0], womenHigh: women[1], unitWords: unitWords(units) });
  }
  askTestStep(turn);
};

/** The question for where the test stands. */
export const askTestStep = (turn: Turn): void => {
  const test = activeTest(turn);
  const side = sideWords(testedSide(turn, test));
  if (test.step === 'weight') turn.ask('ASK_TEST_WEIGHT');
  else if (test.waitingForGo && mustAskParked(turn)) askParked(turn, 'ask');
  else if (test.waitingForGo && test.step === 'weak') turn.ask('TEST_WEAK_READY', { side }, { key: 'SAY_GO' });
  else if (test.waitingForGo) turn.ask('TEST_STRONG_GO', { side }, { key: 'SAY_GO' });
  else turn.ask('ASK_TEST_COUNT', { side });
};

export const testedSide = (turn: Turn, test: TestActivity) => {
  const weak = turn.doc.weakSide ?? 'left';
  return test.step === 'strong' ? otherSide(weak) : weak;
};

export const setTestWeight = (turn: Turn, weight: number): void => {
  const test = activeTest(turn);
  test.weight = weight;
  test.step = 'weak';
  test.waitingForGo = true;
  turn.say('TEST_WEIGHT_SET', { weightWords: weightWords(weight, turn.doc.units ?? 'lb') });
  askTestStep(turn);
};

/** The quiet for a max-reps side: sized from that side's reps at the last test (the strong side: at least the weak side's). */
const testWindow = (turn: Turn, test: TestActivity): number => {
  const last = turn.doc.tests[turn.doc.tests.length - 1];
  const previous = test.step === 'strong' ? Math.max(test.weakReps ?? 0, last?.strongReps ?? 0) : (last?.weakReps ?? null);
  return setWindowFor('reps', previous, PROGRAM.test.sideWindowSeconds);
};

/** "Go": the quiet window for a max-reps set, then the count question. */
export const startTestSet = (turn: Turn): void => {
  if (mustAskParked(turn)) return askParked(turn, 'go');
  const test = activeTest(turn);
  test.waitingForGo = false;
  turn.say('TEST_GO_WINDOW');
  turn.speech.setWindow(testWindow(turn, test));
  askTestStep(turn);
};

const startStrongSide = (turn: Turn, test: TestActivity): void => {
  turn.say('TEST_STRONG_GO', { side: sideWords(otherSide(turn.doc.weakSide ?? 'left')) });
  turn.speech.setWindow(testWindow(turn, test));
  askTestStep(turn);
};

/**
 * "Skip the rest" between the test's two sides: the strong side starts now. True when there was that rest to
 * skip (the weak side's count is in and the strong side's is not).
 */
export const skipTestRest = (turn: Turn): boolean => {
  const test = testActivity(turn);
  if (!test || test.step !== 'strong' || test.weakReps === null) return false;
  turn.say('SKIPPED_REST');
  startStrongSide(turn, test);
  return true;
};

/** The number to compare a new test count with, to catch a mishearing. */
export const previousTestCount = (turn: Turn): number | null => {
  const test = activeTest(turn);
  if (test.step === 'strong') return test.weakReps;
  const last = turn.doc.tests[turn.doc.tests.length - 1];
  return last ? last.weakReps : null;
};

export const logTestCount = (turn: Turn, reps: number): void => {
  const test = activeTest(turn);
  const weak = turn.doc.weakSide ?? 'left';
  if (test.step === 'weak') {
    test.weakReps = reps;
    test.step = 'strong';
    test.waitingForGo = false;
    turn.say('TEST_WEAK_LOGGED', { reps, side: sideWords(weak) });
    turn.speech.rest(PROGRAM.test.restBetweenSidesSeconds);
    startStrongSide(turn, test);
    return;
  }
  if (test.step === 'strong' && test.weakReps !== null && test.weight !== null) finishTest(turn, test, test.weakReps, reps);
};

const finishTest = (turn: Turn, test: TestActivity, firstReps: number, secondReps: number): void => {
  const doc = turn.doc;
  const units = doc.units ?? 'lb';
  const believedWeak = doc.weakSide ?? 'left';
  const gap = measureGap(believedWeak, firstReps, secondReps);
  const previous = [...doc.tests];
  const record: TestRecord = {
    kind: test.testKind,
    at: turn.now,
    weight: test.weight ?? 0,
    unit: units,
    weakSide: gap.weakSide,
    weakReps: gap.weakReps,
    strongReps: gap.strongReps,
    gapReps: gap.gapReps,
    gapPercent: gap.gapPercent,
    firstSide: believedWeak,
  };
  doc.tests.push(record);
  doc.activity = null;
  sayTestResult(turn, believedWeak, firstReps, secondReps);
  // The test decides the weak side, whether or not it was known before.
  doc.weakSide = gap.weakSide;
  doc.units ??= units;
  if (gap.swapped) turn.say('TEST_SIDES_SWAPPED', { newWeak: sideWords(gap.weakSide) });
  if (test.testKind === 'retest') compareWithEarlierTests(turn, record, previous);
  const retestOn = spokenDate(addDays(turn.now, PROGRAM.test.retestAfterDays, turn.zone), turn.zone);
  turn.say('TEST_RETEST_DATE', { date: retestOn });
  const isFirst = previous.length === 0;
  if (isFirst) {
    // A working weight the driver named during the test ("make it 35") stands; otherwise the test's is the first one.
    if (doc.weight === null) recordWeightChange(turn, record.weight, 'test');
    sayExpectations(turn);
  }
  turn.card = {
    title: turn.text('TEST_CARD_TITLE', { testName: { phrase: `TEST_NAME_${test.testKind}` } }),
    text: turn.text('TEST_CARD', {
      weightWords: weightWords(record.weight, units),
      side: sideWords(record.weakSide),
      weakReps: record.weakReps,
      weakRepWord: repNoun(record.weakReps),
      strongReps: record.strongReps,
      strongRepWord: repNoun(record.strongReps),
      gapReps: record.gapReps,
      gapRepWord: repNoun(record.gapReps),
      gapPercent: record.gapPercent,
      date: retestOn,
    }),
  };
  offerWorkoutAfterTest(turn);
};

/** After a test: a workout is offered, unless the driver trained yesterday or today. */
export const offerWorkoutAfterTest = (turn: Turn): void => {
  const days = daysSinceLastWorkout(turn);
  if (days !== null && days <= 1) {
    turn.say('GOODBYE');
    turn.close();
    return;
  }
  turn.doc.pending = { kind: 'offerWorkout' };
  turn.ask(turn.doc.tests.length === 1 ? 'OFFER_FIRST_WORKOUT' : 'OFFER_WORKOUT_AFTER_TEST');
};

/** "Left 9, right 13. That's a gap of 4 reps, 31 percent.": the sides in the order they were tested. */
export const sayTestResult = (turn: Turn, first: Side, firstReps: number, secondReps: number): void => {
  const gap = measureGap(first, firstReps, secondReps);
  const sides = { weakSide: sideWords(first, true), weakReps: firstReps, strongSide: sideWords(otherSide(first)), strongReps: secondReps };
  if (gap.gapReps === 0) turn.say('TEST_RESULT_EVEN', sides);
  else turn.say('TEST_RESULT', { ...sides, gapReps: gap.gapReps, repWord: repNoun(gap.gapReps), gapPercent: gap.gapPercent });
};

const compareWithEarlierTests = (turn: Turn, latest: TestRecord, earlier: TestRecord[]): void => {
  const baseline = earlier.find((t) => t.kind === 'baseline') ?? earlier[0];
  if (!baseline) return;
  const params = { baseGap: baseline.gapReps, basePercent: baseline.gapPercent, repWord: repNoun(baseline.gapReps) };
  const direction = trend(baseline, latest);
  if (direction === 'closed') turn.say('RETEST_VS_BASELINE_CLOSED', { ...params, closed: closedShare(baseline.gapReps, latest.gapReps) });
  else if (direction === 'same') turn.say('RETEST_VS_BASELINE_SAME', params);
  else turn.say('RETEST_VS_BASELINE_WIDER', params);
  const lastRetest = earlier.filter((t) => t.kind === 'retest').pop();
  if (lastRetest) turn.say('RETEST_VS_LAST', { lastGap: lastRetest.gapReps, repWord: repNoun(lastRetest.gapReps) });
  if (baseline.weight !== latest.weight || baseline.unit !== latest.unit) {
    turn.say('RETEST_WEIGHT_DIFFERS', {
      weightWords: weightWords(latest.weight, latest.unit),
      baseWeightWords: weightWords(baseline.weight, baseline.unit),
    });
  }
};

/** What to expect in the first weeks, with the program's numbers. */
export const sayExpectations = (turn: Turn): void => {
  const { feelsWrongWeeks, catchUpWeeks } = PROGRAM.expectations;
  turn.say('EXPECTATIONS', { feelsWrong: counted(feelsWrongWeeks, 'week', true), catchUpLow: inWords(catchUpWeeks[0]), catchUpHigh: inWords(catchUpWeeks[1]) });
};

/** Days since the last test, or null when there is none. */
export const daysSinceLastTest = (turn: Turn): number | null => {
  const last = turn.doc.tests[turn.doc.tests.length - 1];
  return last ? calendarDaysBetween(last.at, turn.now, turn.zone) : null;
};
