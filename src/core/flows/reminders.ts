/**
 * Reminders the coach plans and the host sets: a break every so often on a drive, and the workout days of the
 * week. The coach decides when they ring and stores the plan before it asks the host to set them (a typed request
 * in the reply), so a call that fails loses nothing; the host's result comes back as its own event
 * (./reminderResults.ts). A host without reminders hears the plan instead.
 */
import type { DrivePlan, ReminderJob, WorkoutDaysPlan } from '../document';
import { PROGRAM } from '../program';
import { bareHour } from '../reading/timeSaid';
import { breakTimes, nextWeekly, wallClock, weekdayOf, workoutWeekdays } from '../reminderTimes';
import type { ReminderToSet } from '../reply';
import { addDays } from '../time';
import type { Turn } from '../turn';
import { inWords } from '../words';
import { daysUntilNextWorkout } from './schedule';

const { everyMinutes, minutes: breakMinutes, pullAparts } = PROGRAM.postureBreak;
const [lowest, highest] = everyMinutes;
const { longestDriveHours } = PROGRAM.reminders;
/** The program's default interval, within the range of intervals the program allows. */
const defaultEveryMinutes = Math.min(Math.max(PROGRAM.reminders.defaultEveryMinutes, lowest), highest);

/** Minutes between the background moves of workout reminders to a new zone, so a failing host is not asked every turn. */
const MOVE_RETRY_MINUTES = 60;

/** Minutes between the host's tries to settle reminders it may hold unknown to the coach, once a try has failed. */
const SETTLE_RETRY_MINUTES = 10;

/** A request whose result has not come back after this long was lost: its turn answered without storing it. */
const LOST_RESULT_MINUTES = 5;

const WORKOUT_MINUTES = 20;

// Break reminders ---------------------------------------------------------------------------------------------------

/** "Set break reminders", "I'm starting my drive": how long is the drive? */
export const askDriveLength = (turn: Turn): void => {
  turn.doc.pending = { kind: 'askDriveLength' };
  turn.ask('ASK_DRIVE_LENGTH');
};

export const askBreakInterval = (turn: Turn, driveMinutes: number): void => {
  turn.doc.pending = { kind: 'askBreakInterval', driveMinutes };
  turn.ask('ASK_BREAK_INTERVAL', { every: defaultEveryMinutes, low: lowest, high: highest });
};

/** The drive's length, in minutes: asks for the break interval, or says none is needed on a short drive. */
export const takeDriveLength = (turn: Turn, minutes: number | null): void => {
  if (minutes === null || !Number.isFinite(minutes) || minutes <= 0) {
    turn.say('DRIVE_LENGTH_MISSING');
    askDriveLength(turn);
    return;
  }
  const longest = longestDriveHours * 60;
  if (minutes > longest) turn.say('DRIVE_CAPPED', { hours: longestDriveHours });
  const driveMinutes = Math.round(Math.min(minutes, longest));
  if (breakTimes(turn.now, driveMinutes, lowest).length === 0) {
    turn.doc.pending = null;
    turn.say('DRIVE_SHORTER_THAN_BREAK', { reps: pullAparts }).say('TOWEL_TIP').say('DRIVE_SAFE').close();
    return;
  }
  askBreakInterval(turn, driveMinutes);
};

/** A bare number said for a drive's length, in minutes: hours, unless no drive is that many hours long. */
export const bareDriveLength = (value: number | null): number | null => (value === null ? null : value > longestDriveHours ? value : value * 60);

/** The interval (null: the default); out of range, it is asked again. */
export const takeBreakInterval = (turn: Turn, driveMinutes: number, minutes: number | null): void => {
  const every = minutes ?? defaultEveryMinutes;
  if (!Number.isInteger(every) || every < lowest || every > highest) {
    turn.say('BREAK_INTERVAL_OUT_OF_RANGE', { low: lowest, high: highest });
    askBreakInterval(turn, driveMinutes);
    return;
  }
  turn.doc.pending = null;
  planDrive(turn, driveMinutes, every);
};

/** "No" to the default interval: which one, then? */
export const askIntervalNumber = (turn: Turn, driveMinutes: number): void => {
  turn.doc.pending = { kind: 'askBreakInterval', driveMinutes };
  turn.ask('ASK_BREAK_INTERVAL_NUMBER', { low: lowest, high: highest });
};

export const breakParams = (plan: DrivePlan) => ({ every: plan.everyMinutes, reps: pullAparts, times: { times: plan.breaks, zone: plan.zone } });

const planDrive = (turn: Turn, driveMinutes: number, every: number): void => {
  const reminders = turn.doc.reminders;
  const plan: DrivePlan = {
    startedAt: turn.now,
    endsAt: new Date(Date.parse(turn.now) + driveMinutes * 60_000).toISOString(),
    everyMinutes: every,
    zone: turn.zone,
    breaks: breakTimes(turn.now, driveMinutes, every),
    tokens: [],
  };
  if (!turn.ctx.reminders) {
    turn.say('REMINDERS_NOT_HERE').say('BREAKS_WITHOUT_REMINDERS', breakParams(plan)).say('TOWEL_TIP').say('DRIVE_SAFE').close();
    return;
  }
  // A new drive replaces the one before: its alerts still ahead are deleted with this request.
  if (reminders.drive) reminders.toCancel.push(...setTokens(reminders.drive.tokens));
  reminders.drive = plan;
  setDriveReminders(turn);
};

/** Asks the host to set the stored drive's breaks still ahead, or first for the driver's permission (unless just `permitted`). */
export const setDriveReminders = (turn: Turn, permitted = false): void => {
  const plan = turn.doc.reminders.drive;
  if (!plan) return;
  if (turn.ctx.reminders === 'missing' && !permitted) {
    askPermission(turn, 'drive');
    return;
  }
  plan.breaks = plan.breaks.filter((instant) => instant > turn.now);
  request(turn, 'drive', breakReminders(turn, plan), ['break']);
};

/** The reminders of a drive's breaks, one by break. */
const breakReminders = (turn: Turn, plan: DrivePlan): ReminderToSet[] => {
  const text = turn.text('REMINDER_BREAK_TEXT', { minutes: inWords(breakMinutes), reps: pullAparts });
  return plan.breaks.map((instant) => reminder(turn, 'break', text, wallClock(instant, plan.zone), plan.zone, null));
};

/** The weekly reminders of the workout days, one by day, in the driver's zone now. */
const workoutDayReminders = (turn: Turn, plan: WorkoutDaysPlan): ReminderToSet[] => {
  const text = turn.text('REMINDER_WORKOUT_TEXT', { minutes: inWords(WORKOUT_MINUTES) });
  return plan.days.map((day) => reminder(turn, 'workoutDay', text, nextWeekly(turn.now, turn.zone, day, plan.time), turn.zone, day));
};

/** The host can be asked about reminders now: it has a reminders service, and the driver has not refused it. */
const hostHoldsReminders = (turn: Turn): boolean => turn.ctx.reminders !== undefined && turn.ctx.reminders !== 'missing';

/**
 * "I'm done driving": the break reminders still ahead are deleted, and so is any other the host holds for the driver
 * (one the coach lost track of); with no drive known, those are deleted in silence.
 */
export const endDrive = (turn: Turn): void => {
  const reminders = turn.doc.reminders;
  const plan = reminders.drive;
  turn.doc.pending = null;
  if (!plan) {
    turn.say('NO_DRIVE_REMINDERS');
    if (hostHoldsReminders(turn)) request(turn, 'settle', [], ['break']);
    return;
  }
  reminders.drive = null;
  if (reminders.awaitingPermission === 'drive') reminders.awaitingPermission = null;
  const ahead = setTokens(plan.tokens.filter((_, i) => (plan.breaks[i] ?? '') > turn.now));
  if (!turn.ctx.reminders) {
    turn.say('GOOD_DRIVE');
    if (turn.ctx.inVehicle) turn.say('PARKED_WORKOUT_HINT').close();
    return;
  }
  reminders.toCancel.push(...ahead);
  request(turn, 'endDrive', [], ['break']);
};

// Workout-day reminders ---------------------------------------------------------------------------------------------

/** The days of the week the reminders fall on: from the next day a workout is allowed, every other day. */
const plannedDays = (turn: Turn) => workoutWeekdays(weekdayOf(addDays(turn.now, daysUntilNextWorkout(turn), turn.zone), turn.zone));

/** "Remind me to work out": at what time, unless it was said. */
export const workoutReminders = (turn: Turn, time: string | null): void => {
  if (time === null) {
    turn.doc.pending = { kind: 'askWorkoutTime' };
    turn.ask('ASK_WORKOUT_TIME', { days: { weekdays: plannedDays(turn) }, perWeek: inWords(PROGRAM.schedule.workoutsPerWeek) });
    return;
  }
  turn.doc.pending = null;
  const reminders = turn.doc.reminders;
  const plan: WorkoutDaysPlan = { time, days: plannedDays(turn), tokens: [], heldIn: null, movedAt: null };
  if (!turn.ctx.reminders) {
    turn.say('REMINDERS_NOT_HERE').say('WORKOUT_REMINDERS_HERE', { days: { weekdays: plan.days }, time: { clock: time } });
    return;
  }
  if (reminders.workoutDays) reminders.toCancel.push(...reminders.workoutDays.tokens);
  reminders.workoutDays = plan;
  setWorkoutReminders(turn, 'workoutDays');
};

/** The time asked for; a bare hour ("seven") is taken as the likelier half of the day for a workout. */
export const takeWorkoutTime = (turn: Turn, time: string | null): void => {
  if (time === null) {
    turn.say('WORKOUT_TIME_MISSING');
    workoutReminders(turn, null);
    return;
  }
  workoutReminders(turn, time);
};

/** A bare hour said for a time of day: 5 to 12 as said (morning, noon), 1 to 4 in the afternoon, 13 to 23 as on a 24-hour clock. */
export const hourAsTime = (hour: number | null): string | null => {
  if (hour === null || !Number.isInteger(hour) || hour < 1 || hour > 23) return null;
  return `${String(bareHour(hour)).padStart(2, '0')}:00`;
};

/** Asks the host to set the stored workout days in the driver's zone now, or first for the driver's permission. */
export const setWorkoutReminders = (turn: Turn, job: 'workoutDays' | 'zoneChange', permitted = false): void => {
  const plan = turn.doc.reminders.workoutDays;
  if (!plan) return;
  if (turn.ctx.reminders === 'missing' && !permitted) {
    if (job === 'workoutDays') askPermission(turn, 'workoutDays');
    return;
  }
  // The alerts held in another zone are deleted first (a change of zone, or a new time).
  turn.doc.reminders.toCancel.push(...plan.tokens);
  plan.tokens = [];
  request(turn, job, workoutDayReminders(turn, plan), ['workoutDay']);
};

/** "Stop the workout reminders": every workout-day reminder the host holds for the driver goes, known or not. */
export const stopWorkoutReminders = (turn: Turn): void => {
  const reminders = turn.doc.reminders;
  const plan = reminders.workoutDays;
  turn.doc.pending = null;
  if (!plan) {
    turn.say('NO_WORKOUT_REMINDERS');
    if (hostHoldsReminders(turn)) request(turn, 'settle', [], ['workoutDay']);
    return;
  }
  reminders.workoutDays = null;
  if (reminders.awaitingPermission === 'workoutDays') reminders.awaitingPermission = null;
  if (!turn.ctx.reminders) {
    turn.say('WORKOUT_REMINDERS_STOPPED');
    return;
  }
  reminders.toCancel.push(...plan.tokens);
  request(turn, 'stopWorkoutDays', [], ['workoutDay']);
};

/**
 * On any turn where the driver's zone is no longer the one their workout reminders ring in (the truck crossed a
 * time-zone line), they are moved: deleted and set again in the new zone, with nothing said about it.
 */
export const moveWorkoutRemindersToZone = (turn: Turn): void => {
  const plan = turn.doc.reminders.workoutDays;
  if (!plan || plan.heldIn === null || plan.heldIn === turn.zone) return;
  if (turn.reminderRequest || turn.askRemindersPermission || !turn.ctx.reminders || turn.ctx.reminders === 'missing') return;
  if (plan.movedAt && Date.parse(turn.now) - Date.parse(plan.movedAt) < MOVE_RETRY_MINUTES * 60_000) return;
  plan.movedAt = turn.now;
  setWorkoutReminders(turn, 'zoneChange');
};

/**
 * On any turn after a call whose outcome the host could not tell (its reminder may have been made all the same), the
 * host is asked, in silence, to keep only the reminders the coach knows of; a failed try is tried again later.
 */
export const settleReminders = (turn: Turn): void => {
  noteLostResult(turn);
  const reminders = turn.doc.reminders;
  const unsettled = reminders.unsettled;
  if (!unsettled || turn.reminderRequest || turn.askRemindersPermission || !hostHoldsReminders(turn)) return;
  if (unsettled.triedAt && minutesSince(turn, unsettled.triedAt) < SETTLE_RETRY_MINUTES) return;
  // The reminders of a plan whose result was lost are kept where the host holds them (the driver heard they were set).
  const adopt = [
    ...(unsettled.adopt.includes('break') && reminders.drive ? breakReminders(turn, reminders.drive) : []),
    ...(unsettled.adopt.includes('workoutDay') && reminders.workoutDays ? workoutDayReminders(turn, reminders.workoutDays) : []),
  ];
  request(turn, 'settle', adopt, ['break', 'workoutDay'], false);
};

const minutesSince = (turn: Turn, instant: string): number => (Date.parse(turn.now) - Date.parse(instant)) / 60_000;

const JOB_KINDS: Record<ReminderJob, ReminderToSet['purpose'][]> = {
  drive: ['break'],
  endDrive: [],
  workoutDays: ['workoutDay'],
  zoneChange: ['workoutDay'],
  stopWorkoutDays: [],
  settle: [],
};

/**
 * A request whose result never came back (the turn that had it could not store it, and told the driver what the host
 * did without storing it): the host may hold reminders the coach has no token for, so they are settled.
 */
const noteLostResult = (turn: Turn): void => {
  const reminders = turn.doc.reminders;
  const job = reminders.requested;
  if (!job || !reminders.requestedAt || minutesSince(turn, reminders.requestedAt) < LOST_RESULT_MINUTES) return;
  const adopt = new Set([...(reminders.unsettled?.adopt ?? []), ...JOB_KINDS[job]]);
  reminders.unsettled = { since: reminders.unsettled?.since ?? reminders.requestedAt, triedAt: reminders.unsettled?.triedAt ?? null, adopt: [...adopt] };
  reminders.requested = null;
  reminders.requestedAt = null;
};

// Shared ------------------------------------------------------------------------------------------------------------

const reminder = (turn: Turn, purpose: ReminderToSet['purpose'], text: string, at: string, zone: string, weekly: ReminderToSet['weekly']): ReminderToSet => ({
  purpose,
  text,
  locale: turn.ctx.locale,
  at,
  zone,
  weekly,
});

/** The alerts of the breaks that are set. */
export const setTokens = (tokens: readonly (string | null)[]): string[] => tokens.filter((token): token is string => token !== null);

const SILENT_JOBS: ReadonlySet<ReminderJob> = new Set(['zoneChange', 'settle']);

/**
 * The request for the host: the alerts waiting to be deleted, the ones to create, and the kinds of reminder whose
 * alerts the host must make match (the kinds the job is about, and every kind while the host may hold one unknown to
 * the coach). The driver's own request says nothing until its result is told; the coach's own (a move to a new zone,
 * settling what the host holds) is made in silence.
 */
const request = (turn: Turn, job: ReminderJob, create: ReminderToSet[], sweep: ReminderToSet['purpose'][], createMissing = true): void => {
  const reminders = turn.doc.reminders;
  reminders.requested = job;
  reminders.requestedAt = turn.now;
  const kinds = new Set(sweep);
  if (reminders.unsettled) {
    kinds.add('break').add('workoutDay');
    reminders.unsettled.triedAt = turn.now;
  }
  const cancel = [...new Set(reminders.toCancel)];
  const known = [...setTokens(reminders.drive?.tokens ?? []), ...(reminders.workoutDays?.tokens ?? [])];
  turn.reminderRequest = {
    job,
    cancel,
    create,
    sweep: [...kinds],
    keep: known.filter((token) => !cancel.includes(token)),
    createMissing,
    waitMessage: SILENT_JOBS.has(job) ? null : turn.text(create.length > 0 ? 'REMINDERS_WAIT' : 'ONE_MOMENT'),
  };
  if (!SILENT_JOBS.has(job)) turn.close();
};

/** The host asks the driver, by voice, to let the skill set reminders; the answer comes back as its own event. */
const askPermission = (turn: Turn, job: 'drive' | 'workoutDays'): void => {
  turn.doc.reminders.awaitingPermission = job;
  turn.askRemindersPermission = true;
  turn.say('REMINDERS_PERMISSION_NEEDED').close();
};

/** The break reminders as words, for a driver who will not get them as alerts. */
export const sayBreaksInstead = (turn: Turn): void => {
  const plan = turn.doc.reminders.drive;
  if (plan) turn.say('BREAKS_WITHOUT_REMINDERS', breakParams(plan));
};

