/**
 * The coach's reminder requests carried out through Alexa's Reminders API (ask-sdk's service clients, over the
 * skill's deadline API client): a progressive response first when the request has words for the wait, then the
 * deletes, then the creates, one at a time so every created alert is known by its place. All of it within one
 * deadline: what is not done by then is reported as a timeout, with whatever was done, and the turn goes on.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import type { ReminderFailure } from '../core/events';
import type { ReminderRequest, ReminderToSet } from '../core/reply';
import type { Logger } from '../log';
import type { RemindersOutcome, RemindersService } from '../turns/reminderStep';
import { AlexaApiTimeoutError } from './apiClient';
import { sendProgressiveResponse } from './progressiveResponse';

/** All the reminders calls of one turn; Alexa waits 8 s for the whole response. */
export const REMINDERS_DEADLINE_MS = 3000;

class DeadlinePassed extends Error {}

/**
 * A failed call as the Reminders API documents its statuses: 401 is a missing permission (asked for again); a 403
 * (the skill may not do this, such as too many reminders) and anything else is an error asking again would not mend.
 */
const failureOf = (error: unknown): ReminderFailure => {
  if (error instanceof DeadlinePassed || error instanceof AlexaApiTimeoutError) return 'timeout';
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
  deadlineMs?: number;
  logger: Logger;
}

/** The reminders service of one Alexa request; null when the request carries no API access. */
export const alexaRemindersService = (input: HandlerInput, { deadlineMs = REMINDERS_DEADLINE_MS, logger }: AlexaRemindersOptions): RemindersService | null => {
  const factory = input.serviceClientFactory;
  if (!factory || !input.requestEnvelope.context.System.apiAccessToken) return null;
  return {
    async perform(request: ReminderRequest): Promise<RemindersOutcome> {
      const progressive = request.waitMessage ? sendProgressiveResponse(input, request.waitMessage, logger) : Promise.resolve();
      const outcome: RemindersOutcome = { created: [], cancelled: [], failure: null };
      const ends = Date.now() + deadlineMs;
      let timer: NodeJS.Timeout | undefined;
      const inTime = <T>(call: Promise<T>): Promise<T> => {
        const left = ends - Date.now();
        if (left <= 0) return Promise.reject(new DeadlinePassed());
        return Promise.race([
          call,
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new DeadlinePassed()), left);
          }),
        ]).finally(() => clearTimeout(timer));
      };
      const client = factory.getReminderManagementServiceClient();
      const requestTime = input.requestEnvelope.request.timestamp.replace(/Z$/, '');
      try {
        for (const token of request.cancel) {
          try {
            await inTime(client.deleteReminder(token));
          } catch (error) {
            // Already gone (rung and dismissed, or deleted in the app): nothing is left to delete.
            if (!isGone(error)) throw error;
          }
          outcome.cancelled.push(token);
        }
        for (const reminder of request.create) {
          const created = await inTime(client.createReminder(reminderBody(reminder, requestTime)));
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
