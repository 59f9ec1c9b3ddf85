/**
 * What the host did with the reminders the coach asked for, and the driver's answer to Alexa's permission question:
 * the alerts created are stored with their plan, the deleted ones forgotten, and the driver told plainly what is set
 * and what is not. A failure loses nothing: the plan was stored before the call, and its breaks are said aloud.
 */
import type { RemindersResult } from '../events';
import type { Turn } from '../turn';
import { counted } from '../words';
import { PROGRAM } from '../program';
import { breakParams, sayBreaksInstead, setDriveReminders, setTokens, setWorkoutReminders } from './reminders';

const { pullAparts } = PROGRAM.postureBreak;

export const takeRemindersResult = (turn: Turn, result: RemindersResult): void => {
  const reminders = turn.doc.reminders;
  const cancelled = new Set(result.cancelled);
  reminders.toCancel = reminders.toCancel.filter((token) => !cancelled.has(token));
  noteSettled(turn, result);
  // The result of a request another turn has replaced since (the driver's other device): what it made is deleted.
  if (result.job !== undefined && result.job !== reminders.requested) return forget(turn, setTokens(result.created));
  const job = reminders.requested;
  reminders.requested = null;
  reminders.requestedAt = null;
  switch (job) {
    case 'drive':
      return driveResult(turn, result);
    case 'endDrive':
      reminders.toCancel.push(...setTokens(result.created));
      turn.say('GOOD_DRIVE');
      if (result.failure) turn.say('REMINDERS_CANCEL_FAILED');
      else if (cancelled.size > 0) turn.say('DRIVE_ENDED', { reminders: counted(cancelled.size, 'reminder', true) });
      if (turn.ctx.inVehicle) turn.say('PARKED_WORKOUT_HINT');
      turn.close();
      return;
    case 'workoutDays':
    case 'zoneChange':
      return workoutDaysResult(turn, result, job);
    case 'settle':
      return settleResult(turn, result);
    case 'stopWorkoutDays':
      reminders.toCancel.push(...setTokens(result.created));
      turn.say('WORKOUT_REMINDERS_STOPPED');
      if (result.failure) turn.say('REMINDERS_CANCEL_FAILED');
      turn.close();
      return;
    case null:
      forget(turn, setTokens(result.created));
      return;
  }
};

/**
 * A host that could not tell what it holds (a call given up, whose reminder may be made all the same) leaves the
 * reminders unsettled until the coach's own settling has it keep only what the coach knows of (src/core/flows/reminders.ts;
 * every request made meanwhile sweeps every kind too).
 */
const noteSettled = (turn: Turn, result: RemindersResult): void => {
  const reminders = turn.doc.reminders;
  if (result.settled === false) reminders.unsettled ??= { since: turn.now, triedAt: null, adopt: [] };
};

/**
 * The coach's own settling, in silence: the reminders of a plan whose result was lost are taken where the host holds
 * them (asked for in the order settleReminders lists them: the drive's breaks, then the workout days), and what the
 * coach did not know of is gone; what is still unknown is tried again later.
 */
const settleResult = (turn: Turn, result: RemindersResult): void => {
  const reminders = turn.doc.reminders;
  const adopt = reminders.unsettled?.adopt ?? [];
  let next = 0;
  const take = (count: number): (string | null)[] => {
    const part = Array.from({ length: count }, (_, i) => result.created[next + i] ?? null);
    next += count;
    return part;
  };
  const drive = reminders.drive;
  if (adopt.includes('break') && drive) drive.tokens = trimmed(take(drive.breaks.length));
  const days = reminders.workoutDays;
  if (adopt.includes('workoutDay') && days) {
    days.tokens = setTokens(take(days.days.length));
    if (days.tokens.length > 0) days.heldIn = turn.zone;
  }
  if (result.settled !== false && !result.failure) reminders.unsettled = null;
  turn.close();
};

/** Tokens by their break's place, none after the last one set. */
const trimmed = (tokens: (string | null)[]): (string | null)[] => {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1] === null) end -= 1;
  return tokens.slice(0, end);
};

/** Alerts created for a plan that is gone (ended or replaced by a turn in between) are deleted with the next call. */
const forget = (turn: Turn, created: readonly string[]): void => {
  turn.doc.reminders.toCancel.push(...created);
  turn.close();
};

const driveResult = (turn: Turn, result: RemindersResult): void => {
  const plan = turn.doc.reminders.drive;
  if (!plan) return forget(turn, setTokens(result.created));
  const tokens = plan.breaks.map((_, i) => result.created[i] ?? null);
  plan.tokens = trimmed(tokens);
  const set = plan.breaks.filter((_, i) => tokens[i]);
  const missed = plan.breaks.filter((_, i) => !tokens[i]);
  if (asksAgain(turn, result) && set.length === 0) {
    askPermissionAgain(turn, 'drive');
    return;
  }
  if (missed.length === 0) {
    turn.say('BREAKS_SET', { reminders: counted(set.length, 'reminder', true), times: { times: set, zone: plan.zone }, reps: pullAparts });
  } else if (set.length > 0) {
    turn.say('BREAKS_PARTLY_SET', { setTimes: { times: set, zone: plan.zone }, missedTimes: { times: missed, zone: plan.zone } });
  } else {
    turn.say('BREAKS_NOT_SET').say('BREAKS_WITHOUT_REMINDERS', breakParams(plan));
  }
  turn.say('TOWEL_TIP').say('DRIVE_SAFE').close();
};

const workoutDaysResult = (turn: Turn, result: RemindersResult, job: 'workoutDays' | 'zoneChange'): void => {
  const plan = turn.doc.reminders.workoutDays;
  if (!plan) return forget(turn, setTokens(result.created));
  const setDays = plan.days.filter((_, i) => result.created[i]);
  const missedDays = plan.days.filter((_, i) => !result.created[i]);
  plan.tokens = setTokens(result.created);
  plan.heldIn = plan.tokens.length > 0 ? turn.zone : null;
  // A move to a new zone is the coach's own doing: nothing is said, and a failed one is tried again later.
  if (job === 'zoneChange') {
    turn.close();
    return;
  }
  if (asksAgain(turn, result) && setDays.length === 0) {
    askPermissionAgain(turn, 'workoutDays');
    return;
  }
  if (missedDays.length === 0) turn.say('WORKOUT_REMINDERS_SET', { days: { weekdays: plan.days }, time: { clock: plan.time } });
  else if (setDays.length > 0) turn.say('WORKOUT_REMINDERS_PARTLY_SET', { setDays: { weekdays: setDays }, missedDays: { weekdays: missedDays }, time: { clock: plan.time } });
  else turn.say('WORKOUT_REMINDERS_NOT_SET');
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
