/**
 * The coach's reminder requests carried out through Alexa's Reminders API (ask-sdk's service clients, over the
 * skill's deadline API client): a progressive response first when the request has words for the wait, then what the
 * API holds is reconciled with what is asked (see reconcile below). All of it within one deadline (what the turn's
 * budget leaves the step): a call still running then is aborted, what is not done is reported as a timeout with
 * whatever was done, and the turn goes on.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import type { ReminderFailure } from '../core/events';
import type { ReminderRequest, ReminderToSet } from '../core/reply';
import type { Logger } from '../log';
import type { RemindersOutcome, RemindersService } from '../turns/reminderStep';
import { AlexaApiTimeoutError } from './apiClient';
import { heldReminder, wantedKey, type HeldReminder } from './heldReminders';
import { PROGRESSIVE_DEADLINE_MS, sendProgressiveResponse } from './progressiveResponse';

/** All the reminders calls of one turn at most, and never past what the turn's budget leaves them. */
export const REMINDERS_DEADLINE_MS = 3000;

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

export interface AlexaRemindersOptions {
  /** The longest the reminders calls of one turn may take together, within the turn's budget. */
  deadlineMs?: number;
  logger: Logger;
  /** Alexa's service clients with every call over by the given time (src/alexa/turnServices.ts). */
  clientsUntil: (endsAt: number) => services.ServiceClientFactory | null;
}

/**
 * Kept at the end of the reminders step (at most this, and at most a quarter of the step) to list what the API holds
 * when a call's outcome is not known.
 */
export const FINAL_LISTING_MS = 700;

const listHeld = async (client: services.reminderManagement.ReminderManagementServiceClient): Promise<HeldReminder[]> => {
  const listed = await client.getReminders();
  if (!listed || !Array.isArray(listed.alerts)) throw new Error('The Reminders API listed no alerts array');
  return listed.alerts.map(heldReminder).filter((held): held is HeldReminder => held !== null);
};

/** The reminders service of one Alexa request; null when the request carries no API access. */
export const alexaRemindersService = (input: HandlerInput, { deadlineMs = REMINDERS_DEADLINE_MS, logger, clientsUntil }: AlexaRemindersOptions): RemindersService | null => {
  if (!clientsUntil(Infinity)) return null;
  return {
    async perform(request: ReminderRequest, endsAt: number): Promise<RemindersOutcome> {
      const stepEnds = Math.min(endsAt, Date.now() + deadlineMs);
      const progressiveClients = request.waitMessage ? clientsUntil(Math.min(stepEnds, Date.now() + PROGRESSIVE_DEADLINE_MS)) : null;
      const progressive = progressiveClients && request.waitMessage ? sendProgressiveResponse(input, request.waitMessage, logger, progressiveClients) : Promise.resolve();
      const listingShare = Math.min(FINAL_LISTING_MS, Math.max(0, stepEnds - Date.now()) / 4);
      const outcome = await reconcile(request, {
        calls: clientsUntil(stepEnds - listingShare)!.getReminderManagementServiceClient(),
        finalListing: clientsUntil(stepEnds)!.getReminderManagementServiceClient(),
        requestTime: input.requestEnvelope.request.timestamp,
        logger,
      });
      await progressive;
      return outcome;
    },
  };
};

interface ReconcileParts {
  /** For the listing, the deletes and the creates: over in time to leave the final listing its share. */
  calls: services.reminderManagement.ReminderManagementServiceClient;
  finalListing: services.reminderManagement.ReminderManagementServiceClient;
  requestTime: string;
  logger: Logger;
}

/**
 * Makes what the API holds match the request: lists what is held; keeps a held reminder that is one asked for (made by
 * an earlier call whose answer never came); deletes the alerts to cancel and every other reminder of the kinds swept;
 * creates the rest, one at a time, stopping at the first failure. When a call was given up or answered wrongly (its
 * reminder may be made all the same), what is held is listed again before the result is told, so the driver hears
 * what the device has.
 */
const reconcile = async (request: ReminderRequest, { calls, finalListing, requestTime, logger }: ReconcileParts): Promise<RemindersOutcome> => {
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
