/**
 * The reminders the Reminders API lists for the skill and the driver (GET /v1/alerts/reminders), read as the coach's
 * kinds: a break rings once, a workout day every week. A listed reminder is matched to one the coach asks for by what
 * it rings at (the minute, the zone and, for a weekly one, the day), whatever alert token it got, so a reminder made
 * by a call whose answer never came is recognised as the one asked for.
 */
import type { services } from 'ask-sdk-model';
import { DateTime } from 'luxon';
import type { ReminderToSet } from '../core/reply';

export interface HeldReminder {
  token: string;
  kind: ReminderToSet['purpose'];
  /** What it rings at, as the key a wanted reminder has (see wantedKey). */
  key: string;
  /** When it next rings, in epoch ms; null when not known. */
  ringsAt: number | null;
  /** Still to ring (a one-off that has rung is COMPLETED). */
  on: boolean;
}

const minuteOf = (localTime: string | undefined): string => (localTime ?? '').slice(0, 16);

const weekdayOfRule = (rule: string | undefined): string | null => /(?:^|;)BYDAY=([A-Z]{2})(?:;|$)/.exec(rule ?? '')?.[1] ?? null;
const clockOfRule = (rule: string | undefined): string | null => {
  const hour = /(?:^|;)BYHOUR=(\d{1,2})(?:;|$)/.exec(rule ?? '')?.[1];
  const minute = /(?:^|;)BYMINUTE=(\d{1,2})(?:;|$)/.exec(rule ?? '')?.[1];
  return hour === undefined || minute === undefined ? null : `${hour.padStart(2, '0')}:${minute.padStart(2, '0')}`;
};

/** What a reminder the coach asks for rings at: a break its minute and zone, a workout day its weekday, time and zone. */
export const wantedKey = (reminder: ReminderToSet): string =>
  reminder.weekly
    ? `workoutDay ${reminder.zone} ${reminder.weekly} ${reminder.at.slice(11, 16)}`
    : `break ${reminder.zone} ${minuteOf(reminder.at)}`;

/** A reminder as the API lists it; null for one that is none of the coach's kinds (or carries no token). */
export const heldReminder = (alert: services.reminderManagement.Reminder): HeldReminder | null => {
  const token = alert.alertToken;
  const trigger = alert.trigger;
  const zone = trigger?.timeZoneId;
  if (!token || !trigger || !zone) return null;
  const rule = trigger.recurrence?.recurrenceRules?.[0];
  const on = alert.status !== 'COMPLETED';
  if (rule !== undefined || trigger.recurrence) {
    const day = weekdayOfRule(rule);
    const clock = clockOfRule(rule);
    if (!day || !clock) return null;
    return { token, kind: 'workoutDay', key: `workoutDay ${zone} ${day} ${clock}`, ringsAt: null, on };
  }
  const at = trigger.scheduledTime ? DateTime.fromISO(trigger.scheduledTime, { zone }) : null;
  return { token, kind: 'break', key: `break ${zone} ${minuteOf(trigger.scheduledTime)}`, ringsAt: at?.isValid ? at.toMillis() : null, on };
};
