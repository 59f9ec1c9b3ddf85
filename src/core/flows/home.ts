/** Opening the skill and starting things: first use, the welcome back, resuming, workouts and tests. */
import { earnedWeight } from '../progression';
import { defaultUnitFor } from '../../languages/locales';
import { exerciseById, PROGRAM } from '../program';
import type { Turn } from '../turn';
import { exerciseName, spokenWhen, unitWords, weightWords } from '../words';
import { askAboutBackIfDue } from './backCheck';
import { adviseRestIfTooSoon, countsForSchedule, daysSinceLastWorkout, retestDue } from './schedule';
import { askTestStep, startTest, testActivity } from './test';
import { introduceSet, startWorkout, workoutActivity } from './workout';

/** First use: welcome, the short safety notice (full text on the card), then units. */
export const firstUse = (turn: Turn): void => {
  const doc = turn.doc;
  doc.safetyNoticeGiven = true;
  doc.activity = { kind: 'onboarding', step: 'units' };
  turn.say('WELCOME_NEW');
  turn.say('SAFETY_SHORT');
  turn.card = { title: turn.text('SAFETY_CARD_TITLE'), text: turn.text('SAFETY_CARD') };
  askUnits(turn);
};

export const askUnits = (turn: Turn): void => {
  const preferred = defaultUnitFor(turn.ctx.locale);
  const other = preferred === 'lb' ? 'kg' : 'lb';
  turn.ask('ASK_UNITS', { defaultUnitWords: unitWords(preferred), otherUnitWords: unitWords(other) }, { key: 'ASK_UNITS_SHORT' });
};

/** "Alexa, open Back Coach" for someone who has been here before. */
export const launch = (turn: Turn): void => {
  const doc = turn.doc;
  const activity = doc.activity;
  if (activity?.kind === 'workout') {
    offerResume(turn);
    return;
  }
  turn.say('WELCOME_BACK');
  if (activity?.kind === 'onboarding') return; // the closing question asks for what is missing
  if (activity?.kind === 'test') {
    activity.waitingForGo = activity.step !== 'weight';
    turn.say('TEST_IN_PROGRESS', { testName: { phrase: `TEST_NAME_${activity.testKind}` } });
    askTestStep(turn);
    return;
  }
  if (doc.tests.length === 0) {
    startTest(turn, 'baseline');
    return;
  }
  if (adviseRestIfTooSoon(turn)) return;
  if (retestDue(turn)) {
    doc.pending = { kind: 'offerRetest' };
    turn.ask('OFFER_RETEST', { days: PROGRAM.test.retestAfterDays });
    return;
  }
  offerWorkout(turn);
};

/** Offers today's workout with today's weight: a step up the driver has earned is announced before they pick up the dumbbell. */
export const offerWorkout = (turn: Turn): void => {
  const doc = turn.doc;
  if (askAboutBackIfDue(turn, 'offerWorkout')) return;
  if (doc.weight !== null && doc.units !== null) {
    const earned = earnedWeight(doc);
    if (earned === null) turn.say('WORKOUT_TODAY', { weightWords: weightWords(doc.weight, doc.units) });
    else turn.say('WORKOUT_TODAY_HEAVIER', { weightWords: weightWords(earned, doc.units), previousWords: weightWords(doc.weight, doc.units) });
  }
  doc.pending = { kind: 'offerWorkout' };
  turn.ask('OFFER_WORKOUT');
};

const offerResume = (turn: Turn): void => {
  const activity = workoutActivity(turn);
  if (!activity) return;
  const when = spokenWhen(activity.stoppedAt ?? activity.workout.startedAt, turn.now, turn.zone);
  turn.say('WELCOME_BACK');
  turn.doc.pending = { kind: 'offerResume' };
  const { position } = activity;
  if (position.step === 'finisher') turn.ask('OFFER_RESUME_FINISHER', { when }, { key: 'RESUME_SHORT' });
  else {
    turn.ask(
      'OFFER_RESUME',
      { when, exercise: exerciseName(position.exercise), set: position.set, sets: exerciseById(position.exercise).workingSets },
      { key: 'RESUME_SHORT' },
    );
  }
};

/** Picks a stopped or paused workout up at the set where it stopped, waiting for "go". */
export const resumeWorkout = (turn: Turn): void => {
  const activity = workoutActivity(turn);
  if (!activity) return;
  activity.paused = false;
  activity.stoppedAt = null;
  introduceSet(turn, false, true);
};

/**
 * Sets a stopped workout aside: one with a set logged is kept in the history as not completed; one put away before its
 * first set was never a workout, and leaves nothing behind.
 */
export const declineResume = (turn: Turn): void => {
  const activity = workoutActivity(turn);
  if (!activity) return;
  if (countsForSchedule(activity.workout)) turn.doc.workouts.push({ ...activity.workout, finishedAt: activity.stoppedAt ?? turn.now, completed: false });
  turn.doc.activity = null;
  turn.say('RESUME_DECLINED');
};

/** A workout or test already under way is picked up rather than started again. Returns true when it was. */
const continueWhatIsUnderWay = (turn: Turn): boolean => {
  const activity = turn.doc.activity;
  if (workoutActivity(turn)) resumeWorkout(turn);
  else if (testActivity(turn)) askTestStep(turn);
  // Setup comes first: the closing question asks for what it still needs (units, the weak side).
  else if (activity?.kind === 'onboarding') turn.say('SETUP_FIRST');
  else return false;
  return true;
};

/** "Start my workout": resume one in progress, or check the baseline and the schedule first. */
export const requestWorkout = (turn: Turn): void => {
  const doc = turn.doc;
  if (continueWhatIsUnderWay(turn)) return;
  if (doc.tests.length === 0 || doc.weight === null || doc.weakSide === null || doc.units === null) {
    turn.say('NEED_BASELINE_FIRST');
    startTest(turn, 'baseline');
    return;
  }
  if (adviseRestIfTooSoon(turn)) return;
  if (askAboutBackIfDue(turn, 'startWorkout')) return;
  startWorkout(turn);
};

/** "Start the baseline test" / "retest". */
export const requestTest = (turn: Turn): void => {
  // A test is a max-effort set: never in the middle of a workout.
  if (continueWhatIsUnderWay(turn)) return;
  const days = daysSinceLastWorkout(turn);
  if (turn.doc.tests.length > 0 && days !== null && days < 1) {
    adviseRestIfTooSoon(turn);
    return;
  }
  startTest(turn, turn.doc.tests.length === 0 ? 'baseline' : 'retest');
};
