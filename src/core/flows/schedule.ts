/**
 * When to train: three workouts a week on non-consecutive local days, a retest every 30 days, and the
 * posture-break routine on rest days and on the road.
 */
import { PROGRAM } from '../program';
import { addDays, calendarDaysBetween, spokenDay } from '../time';
import type { Turn } from '../turn';

/** Local calendar days since the last workout started, where the user is now; null before the first. */
export const daysSinceLastWorkout = (turn: Turn): number | null => {
  const last = turn.doc.workouts[turn.doc.workouts.length - 1];
  return last ? calendarDaysBetween(last.startedAt, turn.now, turn.zone) : null;
};

export const retestDue = (turn: Turn): boolean => {
  const last = turn.doc.tests[turn.doc.tests.length - 1];
  return !!last && calendarDaysBetween(last.at, turn.now, turn.zone) >= PROGRAM.retestAfterDays;
};

/** The local day the next workout may happen: today, or the day after tomorrow when trained today. */
export const nextWorkoutDay = (turn: Turn): string => {
  const days = daysSinceLastWorkout(turn);
  const wait = days === null || days >= 2 ? 0 : 2 - days;
  return spokenDay(addDays(turn.now, wait, turn.zone), turn.now, turn.zone, turn.ctx.locale);
};

/**
 * Asked to train the day after a workout (or twice in a day), the coach advises rest and offers the
 * posture break. Returns true when it did.
 */
export const adviseRestIfTooSoon = (turn: Turn): boolean => {
  const days = daysSinceLastWorkout(turn);
  if (days === null || days >= 2) return false;
  if (days <= 0) turn.say('TRAINED_TODAY', { day: nextWorkoutDay(turn) });
  else turn.say('TRAINED_YESTERDAY');
  offerPostureBreak(turn);
  return true;
};

export const offerPostureBreak = (turn: Turn): void => {
  turn.doc.pending = { kind: 'offerPostureBreak' };
  turn.ask('OFFER_POSTURE_BREAK');
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
  turn.say('ROAD_TIPS', { reps: PROGRAM.postureBreak.pullAparts });
};

/** From an in-car device: no exercise coaching, only the road tips. */
export const refuseInVehicle = (turn: Turn): void => {
  turn.say('IN_VEHICLE');
  roadTips(turn);
  turn.say('DRIVE_SAFE');
  turn.close();
};
