/**
 * The coach's reminder requests carried out through Alexa's Reminders API (ask-sdk's service clients, over the
 * skill's deadline API client): a progressive response first when the request has words for the wait, then what the
 * API holds is reconciled with what is asked (./reconcileReminders.ts). All of it within one deadline (what the turn's
 * budget leaves the step): a call still running then is aborted, what is not done is reported as a timeout with
 * whatever was done, and the turn goes on.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import type { ReminderRequest } from '../core/reply';
import type { Logger } from '../log';
import type { RemindersOutcome, RemindersService } from '../turns/reminderStep';
import { PROGRESSIVE_DEADLINE_MS, sendProgressiveResponse } from './progressiveResponse';
import { reconcileReminders } from './reconcileReminders';

/** All the reminders calls of one turn at most, and never past what the turn's budget leaves them. */
export const REMINDERS_DEADLINE_MS = 3000;

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

/** The reminders service of one Alexa request; null when the request carries no API access. */
export const alexaRemindersService = (input: HandlerInput, { deadlineMs = REMINDERS_DEADLINE_MS, logger, clientsUntil }: AlexaRemindersOptions): RemindersService | null => {
  if (!clientsUntil(Infinity)) return null;
  return {
    async perform(request: ReminderRequest, endsAt: number): Promise<RemindersOutcome> {
      const stepEnds = Math.min(endsAt, Date.now() + deadlineMs);
      const progressiveClients = request.waitMessage ? clientsUntil(Math.min(stepEnds, Date.now() + PROGRESSIVE_DEADLINE_MS)) : null;
      const progressive = progressiveClients && request.waitMessage ? sendProgressiveResponse(input, request.waitMessage, logger, progressiveClients) : Promise.resolve();
      const listingShare = Math.min(FINAL_LISTING_MS, Math.max(0, stepEnds - Date.now()) / 4);
      const outcome = await reconcileReminders(request, {
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
