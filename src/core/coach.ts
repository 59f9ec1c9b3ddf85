/**
 * The coach: one user's document and one event in, the new document and a neutral reply out.
 * Pure: no clock, no storage, no platform. Every open reply ends with the question for where the user is.
 */
import { newUserDocument, type UserDocument } from './document';
import { isSkillEvent, type CoachContext, type CoachEvent, type CoachEventType, type HeardLine, type RemindersResult, type SkillEvent } from './events';
import { expectationOf } from './reading/expectation';
import { answerPending, askPending, REMINDER_QUESTIONS } from './pending';
import { isQuestionKey } from './questions';
import { defaultUnitFor } from '../languages/locales';
import type { Reply } from './reply';
import { answerSkillEvent } from './skillEvents';
import { Turn } from './turn';
import { answerDone, answerNumber, answerSide, answerUnits, answerWeight, correctLastCount, switchWeakSide, unsureOfWeakSide } from './flows/answers';
import {
  askedForPostureBreak,
  askToDelete,
  lostForm,
  markSetFormLost,
  pain,
  pause,
  ready,
  resume,
  sessionEnded,
  skip,
  skipRest,
  startOver,
  stop,
} from './flows/control';
import { askUnits, firstUse, launch, requestTest, requestWorkout } from './flows/home';
import { help, progress, whatsNext, whyOneSide } from './flows/info';
import { timeLeft } from './flows/timeLeft';
import { takeTimeZone } from './flows/timeZone';
import { whatWeight } from './flows/weight';
import { refuseInVehicle } from './flows/schedule';
import { noteVehicleSaid, withVehicleSaid } from './flows/parked';
import { askTestStep } from './flows/test';
import { askForCount, introduceSet, workoutActivity } from './flows/workout';
import { askDriveLength, endDrive, moveWorkoutRemindersToZone, settleReminders, stopWorkoutReminders, takeDriveLength, workoutReminders } from './flows/reminders';
import { takePermissionAnswer, takeRemindersResult } from './flows/reminderResults';
import { plainCopy } from './plainCopy';

export interface CoachInput {
  userId: string;
  /** The stored document, or null for a new user. Never mutated, unless the caller hands it over (`handedOver`). */
  document: UserDocument | null;
  event: CoachEvent;
  context: CoachContext;
  /**
   * The document is the caller's to give away (a store's read, made afresh for this turn, that nothing else holds): the
   * coach changes it as it is, and the caller uses only what the coach gives back. Else the coach changes a copy.
   */
  handedOver?: boolean;
}

export interface CoachOutput {
  /** The document to store, or null when the user's data must be deleted. */
  document: UserDocument | null;
  reply: Reply;
  /** The event as the coach took it: a line a host heard, read by the question it was said to. */
  event: ReadEvent;
}

/** An event once read: anything but a line still to be read. */
export type ReadEvent = Exclude<CoachEvent, HeardLine>;

/** An event that is a turn of the conversation: not a skill event, not the host's result for reminders. */
type TurnEvent = Exclude<ReadEvent, SkillEvent | RemindersResult>;

/** Events that only inform; they keep a pending question and end by asking it again. */
const INTERJECTIONS: ReadonlySet<CoachEventType> = new Set(['help', 'whyOneSide', 'progress', 'whatsNext', 'timeLeft', 'whatWeight', 'timeZone', 'repeat', 'fallback']);

/** Events about reminders, which coach no exercise. */
const REMINDER_EVENTS: ReadonlySet<CoachEventType> = new Set([
  'breakReminders',
  'driveLength',
  'breakInterval',
  'endDrive',
  'workoutReminders',
  'timeOfDay',
  'stopWorkoutReminders',
  'remindersPermission',
]);

/** Events that are fine from an in-car device, where no exercise may be coached. */
const SAFE_IN_VEHICLE: ReadonlySet<CoachEventType> = new Set([
  ...INTERJECTIONS,
  ...REMINDER_EVENTS,
  'deleteData',
  'stop',
  'home',
  'sessionEnded',
  'units',
  'switchWeakSide',
]);

/**
 * The reading rules, loaded the first time a line comes in words: a launch, and a line the host placed as an intent,
 * compile none of them (the Lambda bundles them as a file of their own: scripts/build-lambda.mjs).
 */
let readingRules: typeof import('./reading/readHeard') | undefined;
// Kept once required: a require at every line looked the module up again (resolving its path under tsx, copying its
// exports into a new object in a bundle).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const readHeard: typeof import('./reading/readHeard').readHeard = (...args) => (readingRules ??= require('./reading/readHeard') as typeof import('./reading/readHeard')).readHeard(...args);

export const coach = ({ userId, document, event: said, context, handedOver = false }: CoachInput): CoachOutput => {
  const event = said.type === 'heard' ? readHeard(said, expectationOf(document)) : said;
  return { ...answer(userId, document, event, context, handedOver), event };
};

const answer = (userId: string, document: UserDocument | null, event: ReadEvent, context: CoachContext, handedOver = false): Omit<CoachOutput, 'event'> => {
  // Not a turn of the conversation: nothing is said, no turn is counted, and no one new is stored.
  if (isSkillEvent(event)) return answerSkillEvent(document, event, context.now);
  if (event.type === 'remindersDone') return answerRemindersResult(document, event, context);
  // Alexa's answer to a permission question never asked of a driver never met: heard as an opening, storing no one.
  if (event.type === 'remindersPermission' && !document) {
    return { document: null, reply: answer(userId, null, { type: 'launch' }, context).reply };
  }
  const doc = document ? (handedOver ? document : copyToChange(document)) : newUserDocument(userId, context.now);
  repairFromTests(doc);
  doc.turns += 1;
  doc.timeZone = context.timeZone;
  noteVehicleSaid(doc, event, context);
  const turn = new Turn(doc, withVehicleSaid(context, doc));
  turn.askInFull = INTERJECTIONS.has(event.type);
  const workout = workoutActivity(turn);
  const afterRest = workout?.position.afterRest ?? false;
  if (workout) workout.position.afterRest = false;

  if (event.type === 'launch' || event.type === 'sessionEnded') doc.lastNumberFor = null;
  const weightChanges = doc.weightChanges.length;
  handle(turn, event, afterRest);
  noteWhatTheNumberWasFor(doc, event, weightChanges);
  moveWorkoutRemindersToZone(turn);
  settleReminders(turn);

  if (!turn.endSession && !turn.hasQuestion()) {
    if (turn.ctx.inVehicle) turn.say('DRIVE_SAFE').close();
    else askCurrentStep(turn);
  }
  // A question waits for its answer only while the session lasts: once it ends, nothing is asked (a later line is read
  // as said out of the blue, and "repeat" asks the question for where the driver stands).
  doc.lastPrompt = !turn.endSession && turn.question ? plainCopy(turn.question) : null;
  return { document: turn.deleteUser ? null : doc, reply: turn.toReply() };
};

/**
 * The document to change this turn: a copy, but for the replies of the last requests, most of a document's length,
 * which the coach never changes (the turn runner replaces the list with a new one).
 */
const copyToChange = (document: UserDocument): UserDocument => {
  const { recentTurns, ...rest } = document;
  return { ...plainCopy(rest), recentTurns };
};

/** The host's result for the reminders the last reply asked for: not a turn of the conversation, and no one new is stored. */
const answerRemindersResult = (document: UserDocument | null, event: RemindersResult, context: CoachContext): Omit<CoachOutput, 'event'> => {
  const doc = plainCopy(document ?? newUserDocument('', context.now));
  const turn = new Turn(doc, context);
  takeRemindersResult(turn, event);
  return { document: document ? doc : null, reply: turn.toReply() };
};

/**
 * A weight the driver set this turn, or else a number they said, is what a correction ("no, 45") will replace. A bare
 * number can reach the coach as a weight (Alexa matches "thirteen" to either), and answers the count asked for.
 */
const noteWhatTheNumberWasFor = (doc: UserDocument, event: ReadEvent, weightChangesBefore: number): void => {
  const latest = doc.weightChanges[doc.weightChanges.length - 1];
  if (doc.weightChanges.length > weightChangesBefore && latest?.reason === 'user') doc.lastNumberFor = 'weight';
  else if (event.type === 'count' || event.type === 'weight') doc.lastNumberFor = 'count';
};

/**
 * A user who took the test before their setup was finished (possible before the setup was made to come first)
 * has a test but no weak side or units stored: the latest test knows both.
 */
const repairFromTests = (doc: UserDocument): void => {
  const latest = doc.tests[doc.tests.length - 1];
  if (!latest) return;
  doc.weakSide ??= latest.weakSide;
  doc.units ??= latest.unit;
  doc.weight ??= latest.weight;
};

const handle = (turn: Turn, event: TurnEvent, afterRest: boolean): void => {
  const doc = turn.doc;
  if (event.type === 'sessionEnded') return sessionEnded(turn);
  if (event.type === 'pain') return painFirst(turn, event);
  const confirmingDelete = doc.pending?.kind === 'confirmDelete' && (event.type === 'yes' || event.type === 'no');
  // "Five hours", "yes", "seven": answers to the reminders' questions, which are fine from the cab.
  const answeringReminders = !!doc.pending && REMINDER_QUESTIONS.has(doc.pending.kind);
  if (turn.ctx.inVehicle && !SAFE_IN_VEHICLE.has(event.type) && !confirmingDelete && !answeringReminders) return refuseInVehicle(turn);
  // Reminders coach no exercise: a driver new to the coach may set them from the cab before any setup.
  const aboutReminders = REMINDER_EVENTS.has(event.type) || answeringReminders;
  if (!doc.safetyNoticeGiven && event.type !== 'deleteData' && event.type !== 'stop' && event.type !== 'timeZone' && !aboutReminders) return firstUse(turn);
  if (doc.pending && answerPending(turn, event)) return;
  // "Hold on" at a question, with no workout to pause, asks for time to answer: the question stays and is asked again.
  if (event.type === 'pause' && doc.pending && !workoutActivity(turn)) {
    turn.askInFull = true;
    turn.say('TAKE_YOUR_TIME');
    return;
  }
  if (!INTERJECTIONS.has(event.type)) doc.pending = null;

  switch (event.type) {
    case 'launch':
      return launch(turn);
    case 'startWorkout':
      return requestWorkout(turn);
    case 'startTest':
      return requestTest(turn);
    case 'count':
      if (event.formLost) markSetFormLost(turn);
      return answerNumber(turn, event.value);
    case 'correction':
      return correctLastCount(turn, event.value);
    case 'done':
      return answerDone(turn);
    case 'weight':
      return answerWeight(turn, event.value, event.unit);
    case 'units':
      return answerUnits(turn, event.unit);
    case 'side':
      return answerSide(turn, event.side);
    case 'switchWeakSide':
      return switchWeakSide(turn, event.side);
    case 'yes':
    case 'no':
      return answerYesNo(turn, event.type === 'yes');
    case 'ready':
      return ready(turn);
    case 'resume':
      return resume(turn);
    case 'pause':
      return pause(turn);
    case 'stop':
    case 'home':
      return stop(turn);
    case 'skip':
    case 'next':
      return skip(turn, afterRest);
    case 'skipRest':
      return skipRest(turn, afterRest);
    case 'startOver':
      return startOver(turn);
    case 'lostForm':
      return lostForm(turn);
    case 'deleteData':
      return askToDelete(turn);
    case 'breakReminders':
    case 'breakInterval':
      return askDriveLength(turn);
    case 'postureBreak':
      return askedForPostureBreak(turn);
    case 'driveLength':
      return takeDriveLength(turn, event.minutes);
    case 'endDrive':
      return endDrive(turn);
    case 'workoutReminders':
      return workoutReminders(turn, event.time);
    case 'stopWorkoutReminders':
      return stopWorkoutReminders(turn);
    case 'remindersPermission':
      return takePermissionAnswer(turn, event.answer);
    case 'timeOfDay':
      turn.say('FALLBACK');
      return;
    case 'help':
      return help(turn);
    case 'whyOneSide':
      return whyOneSide(turn);
    case 'progress':
      return progress(turn);
    case 'whatsNext':
      return whatsNext(turn);
    case 'timeLeft':
      return timeLeft(turn);
    case 'whatWeight':
      return whatWeight(turn, event.unit);
    case 'timeZone':
      return takeTimeZone(turn, event.zone);
    case 'repeat':
      return repeat(turn);
    case 'fallback':
      turn.say('FALLBACK');
      return;
  }
};

/**
 * Pain is a safety rule: it is heard before anything else, wherever the driver is (mid-set, mid-rest, in first use,
 * in the cab) and whatever question is open. Only a question about pain itself takes it as its answer ("does your back
 * still hurt?", "go on to the next exercise?"); any other open question is dropped.
 */
const painFirst = (turn: Turn, event: ReadEvent): void => {
  const doc = turn.doc;
  if (doc.pending && PAIN_ANSWERS.has(doc.pending.kind) && answerPending(turn, event)) return;
  doc.pending = null;
  if (turn.ctx.inVehicle) {
    const workout = workoutActivity(turn);
    doc.painLog.push({ at: turn.now, during: workout ? workout.position.exercise : 'other' });
    turn.say('PAIN_WHILE_DRIVING').say('DRIVE_SAFE').close();
    return;
  }
  pain(turn);
};

/** The questions that take "it hurts" as their answer. */
const PAIN_ANSWERS: ReadonlySet<NonNullable<UserDocument['pending']>['kind']> = new Set(['afterPain', 'askBackFeeling']);

/** Yes or no with no question pending: "yes" at a waiting set means go, "no" not yet; in first use it picks the default units. */
const answerYesNo = (turn: Turn, yes: boolean): void => {
  const doc = turn.doc;
  const activity = doc.activity;
  if (activity?.kind === 'onboarding' && activity.step === 'units') {
    const preferred = defaultUnitFor(turn.ctx.locale);
    answerUnits(turn, yes ? preferred : preferred === 'lb' ? 'kg' : 'lb');
    return;
  }
  // "I don't know", "they feel the same": the test finds the weak side, so it starts on the left.
  if (!yes && activity?.kind === 'onboarding' && activity.step === 'weakSide') {
    unsureOfWeakSide(turn);
    return;
  }
  // "I don't know how heavy it is": where to look, and that a guess can be corrected.
  if (!yes && activity?.kind === 'test' && activity.step === 'weight') {
    turn.say('WEIGHT_UNSURE');
    return;
  }
  const waiting =
    (activity?.kind === 'workout' && activity.position.waitingForGo) ||
    (activity?.kind === 'test' && activity.waitingForGo);
  if (yes && waiting) {
    ready(turn);
    return;
  }
  // "No" while the coach waits for "go" is "not yet": the set waits, and the driver is told how to start it.
  if (waiting) {
    turn.say('TAKE_YOUR_TIME').ask('SAY_GO');
    return;
  }
  turn.say('YES_NO_UNEXPECTED');
};

const repeat = (turn: Turn): void => {
  const last = turn.doc.lastPrompt;
  // With nothing stored, the closing question for where the user stands is asked.
  if (!last) return;
  // A short cue the driver did not catch is said again in full (its reprompt), else as it was.
  if (last.key.endsWith('_SHORT') && last.reprompt && isQuestionKey(last.reprompt.key)) turn.ask(last.reprompt.key, last.reprompt.params);
  else turn.askAgain(last);
};

/** The question for where the user is now. */
export const askCurrentStep = (turn: Turn): void => {
  if (askPending(turn)) return;
  const activity = turn.doc.activity;
  if (activity?.kind === 'onboarding') {
    if (activity.step === 'units') askUnits(turn);
    else turn.ask('ASK_WEAK_SIDE', {}, { key: 'ASK_WEAK_SIDE_SHORT' });
  } else if (activity?.kind === 'test') {
    askTestStep(turn);
  } else if (activity?.kind === 'workout') {
    if (activity.paused) turn.ask('ASK_RESUME');
    else if (activity.position.waitingForGo) introduceSet(turn, false);
    else askForCount(turn);
  } else {
    turn.ask('MAIN_MENU', {}, { key: 'MAIN_MENU_SHORT' });
  }
};
