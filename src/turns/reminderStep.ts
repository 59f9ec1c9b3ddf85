/**
 * A turn whose reply asks for reminders: the turn is stored first (one atomic update, whose change function may run
 * again on a version conflict, so it never calls out), then the host's reminders service carries out the request
 * within its deadline, then a second turn stores its result and says it. The Alexa skill runs its turns through this
 * (Alexa has the reminders service, and a session without it passes none); the other hosts have no reminders service
 * and the coach, which knows it from the context, never asks them for reminders. A request that comes without a
 * service anyway is answered as a failed call, so nothing is left waiting.
 */
import { coach } from '../core/coach';
import type { RemindersResult } from '../core/events';
import type { ReminderRequest } from '../core/reply';
import type { Logger } from '../log';
import type { TurnOutcome, TurnRequest, TurnRunner } from './turnRunner';

export type RemindersOutcome = Omit<RemindersResult, 'type'>;

export interface RemindersService {
  /** Deletes then creates what the request asks, by `endsAt` (epoch ms) or the service's own deadline; never throws. */
  perform(request: ReminderRequest, endsAt: number): Promise<RemindersOutcome>;
}

/** What the reminders step leaves of the turn's budget for storing its result and answering. */
export const RESULT_RESERVE_MS = 1500;

export const runTurnWithReminders = async (
  runTurn: TurnRunner,
  request: TurnRequest,
  service: RemindersService | null,
  logger: Logger,
): Promise<TurnOutcome> => {
  const first = await runTurn(request);
  const asked = first.reply.reminders;
  if (first.failure || !asked) return first;
  const endsAt = request.deadline ? request.deadline.by(RESULT_RESERVE_MS) : Infinity;
  const outcome: RemindersOutcome = service ? await service.perform(asked, endsAt) : { created: [], cancelled: [], failure: 'error' };
  const created = outcome.created.filter((token) => token !== null).length;
  if (outcome.failure) logger.warn({ failure: outcome.failure, created, asked: asked.create.length }, 'reminders not all set');
  const result = { type: 'remindersDone', job: asked.job, ...outcome } as const;
  const second = await runTurn({ ...request, event: result });
  if (second.failure) {
    logger.error({ created, cancelled: outcome.cancelled.length }, 'the reminders result was not stored');
    // What the host did is true whether or not it was stored: the driver hears it, and the next turn that reaches the
    // reminders service finds the alerts it lists.
    const told = coach({ userId: request.userId, document: first.document, event: result, context: request.context(first.document) });
    return { ...first, reply: told.reply };
  }
  // A result told to the driver is the answer; a silent one (the coach's own move to a new zone) leaves the first.
  return second.reply.speech.length > 0 ? { ...second, event: first.event } : { ...first, document: second.document };
};
