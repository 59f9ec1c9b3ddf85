/**
 * The questions that wait for their answer across turns (`doc.pending`), in one table: for each kind, how an
 * answer is taken and how the question is asked again. An event that is not an answer is handled as itself.
 */
import type { Pending } from './document';
import type { CoachEvent } from './events';
import { answerNumber, answerWeight } from './flows/answers';
import { continueAfterPain, deleteEverything, ready } from './flows/control';
import { askParked, notParked } from './flows/parked';
import { declineResume, offerWorkout, requestWorkout, resumeWorkout } from './flows/home';
import { adviseRestIfTooSoon, postureBreak } from './flows/schedule';
import { startTest } from './flows/test';
import { takeBackFeeling } from './flows/backCheck';
import { askBreakInterval, askDriveLength, askIntervalNumber, bareDriveLength, hourAsTime, takeBreakInterval, takeDriveLength, takeWorkoutTime, workoutReminders } from './flows/reminders';
import { nextExerciseAfterCurrent, startWorkout, workoutActivity } from './flows/workout';
import { PROGRAM } from './program';
import type { Turn } from './turn';
import { exercisePlural, inWords, weightWords } from './words';

type Kind = Pending['kind'];
type PendingOf<K extends Kind> = Extract<Pending, { kind: K }>;

interface PendingQuestion<K extends Kind> {
  /** Takes the event as the answer and returns true, or returns false when it is not an answer. */
  answer(turn: Turn, event: CoachEvent, pending: PendingOf<K>): boolean;
  /** Asks the question again (or, when it no longer applies, clears it and returns false). */
  ask(turn: Turn, pending: PendingOf<K>): boolean;
}

const continueAfterBackCheck = (turn: Turn, then: 'offerWorkout' | 'startWorkout'): void => {
  if (then === 'startWorkout') startWorkout(turn);
  else offerWorkout(turn);
};

/** "Yes", and for every question but deleting, "go" or "resume" too. */
const saysYes = (event: CoachEvent, pending: Pending): boolean =>
  event.type === 'yes' || ((event.type === 'ready' || event.type === 'resume') && pending.kind !== 'confirmDelete');

/** A yes/no question: `onYes` or `onNo` runs with the question cleared; anything else is not an answer. */
const yesNo = <K extends Kind>(
  ask: (turn: Turn, pending: PendingOf<K>) => void,
  onYes: (turn: Turn, pending: PendingOf<K>) => void,
  onNo: (turn: Turn, pending: PendingOf<K>) => void,
): PendingQuestion<K> => ({
  answer(turn, event, pending) {
    const yes = saysYes(event, pending);
    if (!yes && event.type !== 'no') return false;
    turn.doc.pending = null;
    if (yes) onYes(turn, pending);
    else onNo(turn, pending);
    return true;
  },
  ask(turn, pending) {
    ask(turn, pending);
    return true;
  },
});

/** "Is your back still hurting?": yes lowers today's weight, either way the workout goes on as planned. */
const backFeeling = yesNo<'askBackFeeling'>(
  (turn) => void turn.ask('ASK_BACK_FEELING'),
  (turn, pending) => {
    takeBackFeeling(turn, true);
    continueAfterBackCheck(turn, pending.then);
  },
  (turn, pending) => {
    takeBackFeeling(turn, false);
    continueAfterBackCheck(turn, pending.then);
  },
);

export /**
 * A number said on its own: a count, a correction, or a weight without its unit (Alexa matches a bare "ninety" to
 * either). A weight said with its unit ("make it thirty five pounds") is a weight, and answers no question of hours,
 * minutes or times.
 */
type BareNumber = Extract<CoachEvent, { type: 'count' | 'correction' | 'weight' }>;
const isBareNumber = (event: CoachEvent): event is BareNumber =>
  event.type === 'count' || event.type === 'correction' || (event.type === 'weight' && event.unit === null);

const PENDING_QUESTIONS: { [K in Kind]: PendingQuestion<K> } = {
  askParked: {
    // Only yes or no: "go" is not an answer to "is the truck parked?" ("I'm parked" and "I'm driving" are noted before the turn).
    answer(turn, event, pending) {
      if (event.type !== 'yes' && event.type !== 'no') return false;
      turn.doc.pending = null;
      if (event.type === 'no') notParked(turn);
      else {
        turn.doc.parked = true;
        if (pending.then === 'go') ready(turn);
      }
      return true;
    },
    ask(turn, pending) {
      if (turn.doc.parked !== null) {
        turn.doc.pending = null;
        return false;
      }
      askParked(turn, pending.then);
      return true;
    },
  },
  confirmCount: {
    answer(turn, event, pending) {
      // "No, fifteen" to "did you say fifty?" is the count it was asking about.
      if (event.type === 'count' || event.type === 'correction') {
        turn.doc.pending = null;
        answerNumber(turn, event.value, true);
        return true;
      }
      return yesNo<'confirmCount'>(
        () => undefined,
        (t, p) => answerNumber(t, p.value, true),
        (t) => void t.ask('ASK_COUNT_AGAIN'),
      ).answer(turn, event, pending);
    },
    ask(turn, pending) {
      turn.ask('CONFIRM_COUNT_SHORT', { count: pending.value });
      return true;
    },
  },
  confirmWeight: {
    answer(turn, event, pending) {
      // "No, thirty five" to "was that eighty pounds?" is the weight meant.
      if (event.type === 'correction') {
        turn.doc.pending = null;
        answerWeight(turn, event.value, null);
        return true;
      }
      return yesNo<'confirmWeight'>(
        () => undefined,
        (t, p) => answerWeight(t, p.value, null, true),
        (t) => {
          t.doc.pending = { kind: 'askWeight' };
          t.ask('ASK_NEW_WEIGHT');
        },
      ).answer(turn, event, pending);
    },
    ask(turn, pending) {
      turn.ask('CONFIRM_WEIGHT_SHORT', { weightWords: weightWords(pending.value, turn.doc.units ?? 'lb') });
      return true;
    },
  },
  askWeight: {
    answer(turn, event) {
      if (event.type === 'count' || event.type === 'correction' || event.type === 'weight') {
        answerWeight(turn, event.value, event.type === 'weight' ? event.unit : null);
        return true;
      }
      if (event.type !== 'no') return false;
      turn.doc.pending = null;
      return true;
    },
    ask(turn) {
      turn.ask('ASK_NEW_WEIGHT');
      return true;
    },
  },
  confirmDelete: yesNo(
    (turn) => void turn.ask('CONFIRM_DELETE_SHORT'),
    (turn) => deleteEverything(turn),
    (turn) => void turn.say('DELETE_CANCELLED'),
  ),
  offerResume: {
    answer(turn, event, pending) {
      // "Start my workout" picks it up too, through requestWorkout.
      if (event.type === 'startWorkout') return false;
      return yesNo<'offerResume'>(
        () => undefined,
        (t) => resumeWorkout(t),
        (t) => {
          declineResume(t);
          if (!adviseRestIfTooSoon(t)) offerWorkout(t);
        },
      ).answer(turn, event, pending);
    },
    ask(turn) {
      turn.ask('RESUME_SHORT');
      return true;
    },
  },
  offerPostureBreak: {
    answer(turn, event, pending) {
      // "Posture break" in answer to "do you want the posture break?" is a yes; break reminders are asked for as themselves.
      const asked = event.type === 'postureBreak' ? ({ type: 'yes' } as const) : event;
      return yesNo<'offerPostureBreak'>(
        () => undefined,
        (t) => postureBreak(t),
        (t) => void t.say('NO_TRAINING').close(),
      ).answer(turn, asked, pending);
    },
    ask(turn) {
      turn.ask('OFFER_POSTURE_BREAK', { minutes: inWords(PROGRAM.postureBreak.minutes) });
      return true;
    },
  },
  offerRetest: yesNo(
    (turn) => void turn.ask('OFFER_RETEST_SHORT'),
    (turn) => startTest(turn, 'retest'),
    (turn) => offerWorkout(turn),
  ),
  offerWorkout: yesNo(
    (turn) => void turn.ask('OFFER_WORKOUT'),
    (turn) => requestWorkout(turn),
    (turn) => void turn.say('GOODBYE').close(),
  ),
  askBackFeeling: {
    // "It hurts" to "is it still hurting?" is a yes.
    answer: (turn, event, pending) => backFeeling.answer(turn, event.type === 'pain' ? { type: 'yes' } : event, pending),
    ask: (turn, pending) => backFeeling.ask(turn, pending),
  },
  askDriveLength: {
    answer(turn, event) {
      if (event.type === 'driveLength') takeDriveLength(turn, event.minutes);
      // A bare number for the drive's length is hours ("five"), or minutes when no drive is that many hours ("ninety").
      else if (isBareNumber(event)) takeDriveLength(turn, bareDriveLength(event.value));
      else if (event.type === 'no') turn.doc.pending = null;
      else return false;
      return true;
    },
    ask(turn) {
      askDriveLength(turn);
      return true;
    },
  },
  askBreakInterval: {
    answer(turn, event, pending) {
      const { driveMinutes } = pending;
      if (saysYes(event, pending)) takeBreakInterval(turn, driveMinutes, null);
      else if (event.type === 'breakInterval' || event.type === 'driveLength') takeBreakInterval(turn, driveMinutes, event.minutes);
      else if (isBareNumber(event)) takeBreakInterval(turn, driveMinutes, event.value);
      else if (event.type === 'no') askIntervalNumber(turn, driveMinutes);
      else return false;
      return true;
    },
    ask(turn, pending) {
      askBreakInterval(turn, pending.driveMinutes);
      return true;
    },
  },
  askWorkoutTime: {
    answer(turn, event) {
      if (event.type === 'timeOfDay' || (event.type === 'workoutReminders' && event.time !== null)) takeWorkoutTime(turn, event.time);
      // "Seven" to "at what time?" is an hour.
      else if (isBareNumber(event)) takeWorkoutTime(turn, hourAsTime(event.value));
      else if (event.type === 'no') turn.doc.pending = null;
      else return false;
      return true;
    },
    ask(turn) {
      workoutReminders(turn, null);
      return true;
    },
  },
  afterPain: {
    answer(turn, event, pending) {
      if (saysYes(event, pending) || event.type === 'next' || event.type === 'skip') {
        continueAfterPain(turn, true);
        return true;
      }
      // "It still hurts" to "go on to the next exercise?" ends the workout.
      if (event.type === 'no' || event.type === 'stop' || event.type === 'pain') {
        continueAfterPain(turn, false);
        return true;
      }
      return false;
    },
    ask(turn) {
      const workout = workoutActivity(turn);
      const next = workout && nextExerciseAfterCurrent(workout);
      if (!next) {
        turn.doc.pending = null;
        return false;
      }
      turn.ask('ASK_AFTER_PAIN', { exercisePlural: exercisePlural(next.id) });
      return true;
    },
  },
};

/** The questions of the reminders' setup (./flows/reminders.ts), which a driver may answer from the cab. */
export const REMINDER_QUESTIONS: ReadonlySet<Kind> = new Set<Kind>(['askDriveLength', 'askBreakInterval', 'askWorkoutTime']);

/** Takes the event as the answer to the pending question; false when it is not one. */
export const answerPending = (turn: Turn, event: CoachEvent): boolean => {
  const pending = turn.doc.pending;
  if (!pending) return false;
  const question = PENDING_QUESTIONS[pending.kind] as PendingQuestion<typeof pending.kind>;
  return question.answer(turn, event, pending);
};

/** Asks the pending question again; false when there is none (any more). */
export const askPending = (turn: Turn): boolean => {
  const pending = turn.doc.pending;
  if (!pending) return false;
  const question = PENDING_QUESTIONS[pending.kind] as PendingQuestion<typeof pending.kind>;
  return question.ask(turn, pending);
};
