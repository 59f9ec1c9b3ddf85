/**
 * What the host did with the reminders the coach asked for, and the driver's answer to Alexa's permission question:
 * the alerts created are stored with their plan, the deleted ones forgotten, and the driver told plainly what is set
 * and what is not. A failure loses nothing: the plan was stored before the call, and its breaks are said aloud.
 */
import type { RemindersResult } from '../events';
import type { Turn } from '../turn';
import { inWords } from '../words';
import { PROGRAM } from '../program';
import { breakParams, reminderWord, sayBreaksInstead, setDriveReminders, setWorkoutReminders } from './reminders';

const { pullAparts } = PROGRAM.postureBreak;

export const takeRemindersResult = (turn: Turn, result: RemindersResult): void => {
  const reminders = turn.doc.reminders;
  const job = reminders.requested;
  reminders.requested = null;
  const cancelled = new Set(result.cancelled);
  reminders.toCancel = reminders.toCancel.filter((token) => !cancelled.has(token));
  switch (job) {
    case 'drive':
      return driveResult(turn, result);
    case 'endDrive':
      turn.say('GOOD_DRIVE');
      if (result.failure) turn.say('REMINDERS_CANCEL_FAILED');
      else turn.say('DRIVE_ENDED', { count: inWords(cancelled.size), reminderWord: reminderWord(cancelled.size) });
      if (turn.ctx.inVehicle) turn.say('PARKED_WORKOUT_HINT');
      turn.close();
      return;
    case 'workoutDays':
    case 'zoneChange':
      return workoutDaysResult(turn, result, job);
    case 'stopWorkoutDays':
      turn.say('WORKOUT_REMINDERS_STOPPED');
      if (result.failure) turn.say('REMINDERS_CANCEL_FAILED');
      turn.close();
      return;
    case null:
      forget(turn, result.created);
      return;
  }
};

/** Alerts created for a plan that is gone (ended or replaced by a turn in between) are deleted with the next call. */
const forget = (turn: Turn, created: readonly string[]): void => {
  turn.doc.reminders.toCancel.push(...created);
  turn.close();
};

const driveResult = (turn: Turn, result: RemindersResult): void => {
  const plan = turn.doc.reminders.drive;
  if (!plan) return forget(turn, result.created);
  plan.tokens = result.created;
  const set = plan.breaks.slice(0, result.created.length);
  if (asksAgain(turn, result) && set.length === 0) {
    askPermissionAgain(turn, 'drive');
    return;
  }
  if (!result.failure) {
    turn.say('BREAKS_SET', { count: inWords(set.length), reminderWord: reminderWord(set.length), times: { times: set, zone: plan.zone }, reps: pullAparts });
  } else if (set.length > 0) {
    turn.say('BREAKS_PARTLY_SET', { setTimes: { times: set, zone: plan.zone }, missedTimes: { times: plan.breaks.slice(set.length), zone: plan.zone } });
  } else {
    turn.say('BREAKS_NOT_SET').say('BREAKS_WITHOUT_REMINDERS', breakParams(plan));
  }
  turn.say('TOWEL_TIP').say('DRIVE_SAFE').close();
};

const workoutDaysResult = (turn: Turn, result: RemindersResult, job: 'workoutDays' | 'zoneChange'): void => {
  const plan = turn.doc.reminders.workoutDays;
  if (!plan) return forget(turn, result.created);
  plan.tokens = result.created;
  plan.heldIn = result.created.length > 0 ? turn.zone : null;
  // A move to a new zone is the coach's own doing: nothing is said, and a failed one is tried again later.
  if (job === 'zoneChange') {
    turn.close();
    return;
  }
  if (asksAgain(turn, result) && result.created.length === 0) {
    askPermissionAgain(turn, 'workoutDays');
    return;
  }
  if (result.failure) turn.say('WORKOUT_REMINDERS_NOT_SET');
  else turn.say('WORKOUT_REMINDERS_SET', { days: { weekdays: plan.days }, time: { clock: plan.time } });
  turn.close();
};

/**
 * The reminders service says the permission is missing: asked for again, unless Alexa says it is granted (asking
 * would not mend that, and the driver would be asked round and round); then it is told as a failed call.
 */
const asksAgain = (turn: Turn, result: RemindersResult): boolean => result.failure === 'permission' && turn.ctx.reminders !== 'granted';

/** The reminders service said the permission is missing (revoked since the request said it was granted). */
const askPermissionAgain = (turn: Turn, job: 'drive' | 'workoutDays'): void => {
  turn.doc.reminders.awaitingPermission = job;
  turn.askRemindersPermission = true;
  turn.say('REMINDERS_PERMISSION_NEEDED').close();
};

/** The driver answered Alexa's permission question: what waited for it is set, or the driver hears what it would have been. */
export const takePermissionAnswer = (turn: Turn, answer: 'accepted' | 'denied' | 'notAnswered'): void => {
  const reminders = turn.doc.reminders;
  const job = reminders.awaitingPermission;
  reminders.awaitingPermission = null;
  if (!job) return;
  if (answer === 'accepted') {
    // The permission was just given, whatever the request's envelope said about it.
    if (job === 'drive') setDriveReminders(turn, true);
    else setWorkoutReminders(turn, 'workoutDays', true);
    return;
  }
  turn.say(answer === 'denied' ? 'REMINDERS_PERMISSION_DENIED' : 'REMINDERS_PERMISSION_NO_ANSWER');
  if (job === 'drive') {
    sayBreaksInstead(turn);
    turn.say('TOWEL_TIP').say('DRIVE_SAFE');
  } else {
    reminders.workoutDays = null;
  }
  turn.close();
};
