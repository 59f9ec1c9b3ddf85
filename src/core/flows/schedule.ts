/**
 * When to train: a set number of workouts in any run of local calendar days, never closer together than the
 * program allows, a retest every so many days, and the posture-break routine on rest days and on the road.
 */
import type { WorkoutRecord } from '../document';
import { PROGRAM } from '../program';
import { addDays, calendarDaysBetween } from '../time';
import type { Turn } from '../turn';
import type { Spoken } from '../spoken';
import { counted, inWords, spokenDay, spokenWhen } from '../words';

const { workoutsPerWeek, daysBetweenWorkouts, weekDays } = PROGRAM.schedule;

/** A workout counts for the schedule once its first set is logged; one put away before that does not. */
export const countsForSchedule = (workout: Pick<WorkoutRecord, 'sets' | 'finisherReps'>): boolean => workout.sets.length > 0 || workout.finisherReps !== null;

/** The workouts that count for the schedule, oldest first. */
const countedWorkouts = (turn: Turn): WorkoutRecord[] => turn.doc.workouts.filter(countsForSchedule);

/** Local calendar days since the last workout started, where the user is now; null before the first. */
export const daysSinceLastWorkout = (turn: Turn): number | null => {
  const last = countedWorkouts(turn).at(-1);
  return last ? calendarDaysBetween(last.startedAt, turn.now, turn.zone) : null;
};

export const retestDue = (turn: Turn): boolean => {
  const last = turn.doc.tests[turn.doc.tests.length - 1];
  return !!last && calendarDaysBetween(last.at, turn.now, turn.zone) >= PROGRAM.test.retestAfterDays;
};

/** Workouts started in the `weekDays` local days that end with the day of `dayIso`. */
const workoutsInWeekEnding = (turn: Turn, dayIso: string): number =>
  countedWorkouts(turn).filter((w) => {
    const days = calendarDaysBetween(w.startedAt, dayIso, turn.zone);
    return days >= 0 && days < weekDays;
  }).length;

/** Whether a workout may be done on the local day of `dayIso`. */
const mayTrainOn = (turn: Turn, dayIso: string): boolean => {
  const last = countedWorkouts(turn).at(-1);
  if (last && calendarDaysBetween(last.startedAt, dayIso, turn.zone) < daysBetweenWorkouts) return false;
  return workoutsInWeekEnding(turn, dayIso) < workoutsPerWeek;
};

/** Local days from today until a workout is allowed (0: today). */
export const daysUntilNextWorkout = (turn: Turn): number => {
  const horizon = weekDays + daysBetweenWorkouts;
  for (let wait = 0; wait < horizon; wait++) {
    if (mayTrainOn(turn, addDays(turn.now, wait, turn.zone))) return wait;
  }
  return horizon;
};

/** The local day the next workout may happen: "today", "tomorrow", "on Thursday". */
export const nextWorkoutDay = (turn: Turn): Spoken => spokenDay(addDays(turn.now, daysUntilNextWorkout(turn), turn.zone), turn.now, turn.zone);

/**
 * Asked to train too soon (the same day, the day after a workout, or with the week's workouts done), the coach
 * advises rest, says when the next workout can be, and offers the posture break. Returns true when it did.
 */
export const adviseRestIfTooSoon = (turn: Turn): boolean => {
  if (daysUntilNextWorkout(turn) === 0) return false;
  const day = nextWorkoutDay(turn);
  const last = countedWorkouts(turn).at(-1);
  const days = daysSinceLastWorkout(turn);
  const perWeek = inWords(workoutsPerWeek);
  if (last && days !== null && days <= 0) {
    turn.say('TRAINED_TODAY', { day });
  } else if (last && days !== null && days < daysBetweenWorkouts) {
    turn.say('TRAINED_RECENTLY', {
      when: spokenWhen(last.startedAt, turn.now, turn.zone),
      perWeek,
      restDays: counted(daysBetweenWorkouts - 1, 'restDay', true),
      day,
    });
  } else {
    turn.say('WEEK_IS_FULL', { count: counted(workoutsInWeekEnding(turn, turn.now), 'workout', true), weekDays, perWeek, day });
  }
  offerPostureBreak(turn);
  return true;
};

export const offerPostureBreak = (turn: Turn): void => {
  turn.doc.pending = { kind: 'offerPostureBreak' };
  turn.ask('OFFER_POSTURE_BREAK', { minutes: inWords(PROGRAM.postureBreak.minutes) });
};

/** The two-minute break: band pull-aparts, counted out loud. */
export const postureBreak = (turn: Turn): void => {
  const { pullAparts, cadenceSeconds } = PROGRAM.postureBreak;
  turn.say('POSTURE_BREAK', { reps: pullAparts });
  turn.speech.countReps(pullAparts, cadenceSeconds);
  turn.say('POSTURE_BREAK_DONE');
  turn.say('GOODBYE');
  turn.close();
};

export const roadTips = (turn: Turn): void => {
  const { everyMinutes, minutes, pullAparts } = PROGRAM.postureBreak;
  turn.say('ROAD_TIPS', { everyLow: everyMinutes[0], everyHigh: everyMinutes[1], minutes, reps: pullAparts });
};

/** From an in-car device: no exercise coaching, only the road tips, and break reminders where the host can set them. */
export const refuseInVehicle = (turn: Turn): void => {
  turn.say('IN_VEHICLE');
  roadTips(turn);
  if (turn.ctx.reminders) turn.say('OFFER_BREAK_REMINDERS');
  turn.say('DRIVE_SAFE');
  turn.close();
};
