/**
 * When reminders ring, in the driver's zone: the breaks of a drive (elapsed time from the start, so a change of
 * daylight saving time mid-drive moves no break), and the workout days of a week at a local time of day.
 */
import type { DateTime } from 'luxon';
import type { Weekday } from './document';
import { PROGRAM } from './program';
import { at } from './time';

const MINUTE_MS = 60_000;

/** RFC 5545's days in luxon's order (weekday 1 is Monday). */
const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * The instants of the breaks of a drive that starts at `startIso` and lasts `driveMinutes`: one every `everyMinutes`
 * from the start, none in the last minutes of the drive (PROGRAM.reminders.lastBreakBeforeEndMinutes).
 */
export const breakTimes = (startIso: string, driveMinutes: number, everyMinutes: number): string[] => {
  const start = Date.parse(startIso);
  const lastAllowed = start + (driveMinutes - PROGRAM.reminders.lastBreakBeforeEndMinutes) * MINUTE_MS;
  const times: string[] = [];
  for (let next = start + everyMinutes * MINUTE_MS; next <= lastAllowed; next += everyMinutes * MINUTE_MS) {
    times.push(new Date(next).toISOString());
  }
  return times;
};

/** The local wall-clock time of an instant in `zone`, as the Reminders API takes it: ISO 8601 without an offset. */
export const wallClock = (iso: string, zone: string): string => at(iso, zone).toFormat("yyyy-LL-dd'T'HH:mm:ss.SSS");

/** The day of the week of an instant in `zone`. */
export const weekdayOf = (iso: string, zone: string): Weekday => WEEKDAYS[at(iso, zone).weekday - 1] ?? 'MO';

/**
 * The workout days of a week that starts with `first`: that day and every PROGRAM.reminders.workoutDaysApart days
 * after it, as many as the program's workouts a week. Every other day, so never two in a row (Monday, Wednesday,
 * Friday; from Saturday: Saturday, Monday, Wednesday).
 */
export const workoutWeekdays = (first: Weekday): Weekday[] => {
  const start = WEEKDAYS.indexOf(first);
  return Array.from({ length: PROGRAM.schedule.workoutsPerWeek }, (_, i) => WEEKDAYS[(start + i * PROGRAM.reminders.workoutDaysApart) % 7] ?? first);
};

/**
 * The first time, at or after `nowIso`, that `day` at the local `time` ("HH:MM") comes round in `zone`, as a local
 * wall-clock time (the start of a weekly reminder).
 */
export const nextWeekly = (nowIso: string, zone: string, day: Weekday, time: string): string => {
  const now = at(nowIso, zone);
  const [hour, minute] = time.split(':').map(Number);
  let candidate: DateTime = now.set({ hour: hour ?? 0, minute: minute ?? 0, second: 0, millisecond: 0 });
  const wanted = WEEKDAYS.indexOf(day) + 1;
  for (let days = 0; days < 8; days++) {
    if (candidate.weekday === wanted && candidate >= now) break;
    candidate = candidate.plus({ days: 1 });
  }
  return candidate.toFormat("yyyy-LL-dd'T'HH:mm:ss.SSS");
};
