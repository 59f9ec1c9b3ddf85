/**
 * The coach's reminder requests carried out through Alexa's Reminders API (ask-sdk's service clients, over the
 * skill's deadline API client): a progressive response first when the request has words for the wait, then the
 * deletes, then the creates, one at a time so every created alert is known by its place. All of it within one
 * deadline (what the turn's budget leaves the step): a call still running then is aborted, what is not done is
 * reported as a timeout with whatever was done, and the turn goes on.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import type { ReminderFailure } from '../core/events';
import type { ReminderRequest, ReminderToSet } from '../core/reply';
import type { Logger } from '../log';
import type { RemindersOutcome, RemindersService } from '../turns/reminderStep';
import { AlexaApiTimeoutError } from './apiClient';
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

const isGone = (error: unknown): boolean => (error as { statusCode?: unknown } | null)?.statusCode === 404;

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

/** The reminders service of one Alexa request; null when the request carries no API access. */
export const alexaRemindersService = (input: HandlerInput, { deadlineMs = REMINDERS_DEADLINE_MS, logger, clientsUntil }: AlexaRemindersOptions): RemindersService | null => {
  if (!clientsUntil(Infinity)) return null;
  return {
    async perform(request: ReminderRequest, endsAt: number): Promise<RemindersOutcome> {
      const stepEnds = Math.min(endsAt, Date.now() + deadlineMs);
      const progressiveClients = request.waitMessage ? clientsUntil(Math.min(stepEnds, Date.now() + PROGRESSIVE_DEADLINE_MS)) : null;
      const progressive = progressiveClients && request.waitMessage ? sendProgressiveResponse(input, request.waitMessage, logger, progressiveClients) : Promise.resolve();
      const outcome: RemindersOutcome = { created: [], cancelled: [], failure: null };
      const client = clientsUntil(stepEnds)!.getReminderManagementServiceClient();
      const requestTime = input.requestEnvelope.request.timestamp.replace(/Z$/, '');
      try {
        for (const token of request.cancel) {
          try {
            await client.deleteReminder(token);
          } catch (error) {
            // Already gone (rung and dismissed, or deleted in the app): nothing is left to delete.
            if (!isGone(error)) throw error;
          }
          outcome.cancelled.push(token);
        }
        for (const reminder of request.create) {
          const created = await client.createReminder(reminderBody(reminder, requestTime));
          if (!created.alertToken) throw new Error('The Reminders API answered without an alert token');
          outcome.created.push(created.alertToken);
        }
      } catch (error) {
        outcome.failure = failureOf(error);
        if (outcome.failure !== 'permission') logger.warn({ err: error, failure: outcome.failure }, 'reminders call failed');
      }
      await progressive;
      return outcome;
    },
  };
};
