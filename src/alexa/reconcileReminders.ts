/**
 * What the Reminders API holds for the skill and the driver, made to match a reminder request: lists what is held;
 * keeps a held reminder that is one asked for (made by an earlier call whose answer never came); deletes the alerts to
 * cancel and every other reminder of the kinds swept; creates the rest, one at a time, stopping at the first failure.
 * When a call was given up or answered wrongly (its reminder may be made all the same), what is held is listed again
 * before the result is told, so the driver hears what the device has.
 */
import type { services } from 'ask-sdk-model';
import type { ReminderFailure } from '../core/events';
import type { ReminderRequest, ReminderToSet } from '../core/reply';
import type { Logger } from '../log';
import type { RemindersOutcome } from '../turns/reminderStep';
import { AlexaApiTimeoutError } from './apiClient';
import { heldReminder, wantedKey, type HeldReminder } from './heldReminders';

/**
 * A failed call as the Reminders API documents its statuses: 401 is a missing permission (asked for again); a 403
 * (the skill may not do this, such as too many reminders) and anything else is an error asking again would not mend.
 */
const failureOf = (error: unknown): ReminderFailure => {
  if (error instanceof AlexaApiTimeoutError) return 'timeout';
  return (error as { statusCode?: unknown } | null)?.statusCode === 401 ? 'permission' : 'error';
};

const statusOf = (error: unknown): unknown => (error as { statusCode?: unknown } | null)?.statusCode;

const isGone = (error: unknown): boolean => statusOf(error) === 404;

/** A refusal (4xx) did nothing; a call given up, a 5xx or an answer that cannot be read may have done what it asked. */
const isDefiniteRefusal = (error: unknown): boolean => {
  const status = statusOf(error);
  return typeof status === 'number' && status >= 400 && status < 500;
};

/** One reminder as the Reminders API takes it: a local time with its zone, weekly by a recurrence rule. */
export const reminderBody = (reminder: ReminderToSet, requestTime: string): services.reminderManagement.ReminderRequest => {
  const [, time = '00:00'] = reminder.at.split('T');
  const [hour, minute] = time.split(':').map(Number);
  const trigger: services.reminderManagement.Trigger = {
    type: 'SCHEDULED_ABSOLUTE',
    scheduledTime: reminder.at,
    timeZoneId: reminder.zone,
  };
  if (reminder.weekly) {
    trigger.recurrence = {
      startDateTime: reminder.at,
      recurrenceRules: [`FREQ=WEEKLY;BYDAY=${reminder.weekly};BYHOUR=${hour ?? 0};BYMINUTE=${minute ?? 0};BYSECOND=0;INTERVAL=1`],
    };
  }
  return {
    requestTime,
    trigger,
    alertInfo: { spokenInfo: { content: [{ locale: reminder.locale, text: reminder.text }] } },
    pushNotification: { status: 'ENABLED' },
  };
};

const listHeld = async (client: services.reminderManagement.ReminderManagementServiceClient): Promise<HeldReminder[]> => {
  const listed = await client.getReminders();
  if (!listed || !Array.isArray(listed.alerts)) throw new Error('The Reminders API listed no alerts array');
  return listed.alerts.map(heldReminder).filter((held): held is HeldReminder => held !== null);
};

export interface ReconcileParts {
  /** For the listing, the deletes and the creates: over in time to leave the final listing its share. */
  calls: services.reminderManagement.ReminderManagementServiceClient;
  finalListing: services.reminderManagement.ReminderManagementServiceClient;
  requestTime: string;
  logger: Logger;
}

export const reconcileReminders = async (request: ReminderRequest, { calls, finalListing, requestTime, logger }: ReconcileParts): Promise<RemindersOutcome> => {
  const outcome = { created: request.create.map((): string | null => null), cancelled: [] as string[], failure: null as ReminderFailure | null, settled: true };
  const wanted = request.create.map(wantedKey);
  const adopt = (held: readonly HeldReminder[]): void => {
    const taken = new Set(outcome.created);
    wanted.forEach((key, i) => {
      if (outcome.created[i]) return;
      const match = held.find((h) => h.on && h.key === key && !taken.has(h.token));
      if (match) {
        outcome.created[i] = match.token;
        taken.add(match.token);
      }
    });
  };
  /** A call was given up or answered wrongly: only a listing can tell what it did. */
  let unknown = false;
  const failed = (error: unknown): void => {
    outcome.failure ??= failureOf(error);
    if (!isDefiniteRefusal(error)) unknown = true;
    if (outcome.failure !== 'permission') logger.warn({ err: error, failure: outcome.failure }, 'reminders call failed');
  };

  let held: HeldReminder[] | null = null;
  try {
    held = await listHeld(calls);
  } catch (error) {
    failed(error);
    if (outcome.failure === 'permission') return outcome;
    outcome.settled = false;
  }
  if (held) adopt(held);
  const adopted = new Set(outcome.created);
  const now = Date.parse(requestTime);
  const sweep = new Set(request.sweep);
  const keep = new Set(request.keep);
  const strays = (held ?? [])
    .filter((h) => h.on && sweep.has(h.kind) && !keep.has(h.token) && !adopted.has(h.token))
    .filter((h) => h.kind !== 'break' || (h.ringsAt !== null && h.ringsAt > now))
    .map((h) => h.token);
  // An alert to cancel that is one asked for again (the same time in the same zone) stays as it is.
  outcome.cancelled.push(...request.cancel.filter((token) => adopted.has(token)));
  const deletes = [...new Set([...request.cancel.filter((token) => !adopted.has(token)), ...strays])];

  let stopped = false;
  for (const token of deletes) {
    try {
      await calls.deleteReminder(token);
    } catch (error) {
      // Already gone (rung and dismissed, or deleted in the app): nothing is left to delete.
      if (!isGone(error)) {
        failed(error);
        stopped = true;
        break;
      }
    }
    outcome.cancelled.push(token);
  }
  const body = (reminder: ReminderToSet) => reminderBody(reminder, requestTime.replace(/Z$/, ''));
  for (const [i, reminder] of request.create.entries()) {
    if (stopped || outcome.created[i] || !request.createMissing) continue;
    try {
      const created = await calls.createReminder(body(reminder));
      if (!created?.alertToken) throw new Error('The Reminders API answered without an alert token');
      outcome.created[i] = created.alertToken;
    } catch (error) {
      failed(error);
      stopped = true;
    }
  }

  if (unknown) {
    try {
      const after = await listHeld(finalListing);
      adopt(after);
      const still = new Set(after.map((h) => h.token));
      for (const token of deletes) if (!still.has(token) && !outcome.cancelled.includes(token)) outcome.cancelled.push(token);
      // A reminder asked for and not listed may still be made by the call given up: only a later listing can tell.
      if (outcome.created.some((token) => token === null)) outcome.settled = false;
    } catch (error) {
      logger.warn({ err: error }, 'could not list the reminders held after a call was given up');
      outcome.settled = false;
    }
  }
  const allDone = outcome.created.every((token) => token !== null) && deletes.every((token) => outcome.cancelled.includes(token));
  if (allDone) outcome.failure = null;
  return outcome;
};
