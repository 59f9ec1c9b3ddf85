/**
 * The one turn runner every host calls (Alexa on Lambda and over HTTPS, Dialogflow, the browser and terminal
 * consoles): read the user's document, let the coach answer the event, write the result, as one atomic per-user
 * update of the store, within what the turn's budget leaves it. A request whose id the document remembers is answered
 * with the reply it got and changes nothing. Whatever goes wrong, the caller gets a reply to say: a store that stays
 * busy, a stored document that cannot be read or a coach failure each get a spoken apology, and nothing is written
 * (but for a driver who disabled the skill: their unreadable document is deleted).
 */
import { apologyReply } from '../core/apology';
import { coach, type CoachOutput, type ReadEvent } from '../core/coach';
import type { UserDocument } from '../core/document';
import type { CoachContext, CoachEvent } from '../core/events';
import { rememberTurn, replyGiven } from '../core/recentTurns';
import type { Reply } from '../core/reply';
import type { Logger } from '../log';
import { StoreBusyError, StoredDocumentError } from '../store/errors';
import type { UserStore } from '../store/userStore';
import { ANSWER_MARGIN_MS, type Deadline } from './deadline';

export interface TurnRequest {
  userId: string;
  event: CoachEvent;
  /**
   * The context of the turn. It may depend on what is stored (the user's last known time zone), so it is built
   * inside the update; anything slow (a remote call) must be done before the turn is run.
   */
  context: (stored: UserDocument | null) => CoachContext;
  /** The locale to apologise in when the turn fails before a context exists. */
  locale: string;
  /** The turn's time budget, started when the request arrived; the store is given what is left of it. */
  deadline?: Deadline;
  /**
   * The platform's id of the request (Alexa's `requestId`, Dialogflow's `responseId`, the console's own): a request
   * whose id the user's document remembers is answered with the reply it got, and changes nothing. A reminders result
   * carries the id of the request it continues, and its reply replaces the one remembered.
   */
  requestId?: string | null;
}

export type TurnFailure = 'busy' | 'unreadable' | 'error';

export interface TurnOutcome {
  reply: Reply;
  /** The stored document after the turn (null when the user's data was deleted, or the turn failed). */
  document: UserDocument | null;
  /** Why the turn changed nothing, when it failed. */
  failure: TurnFailure | null;
  /** The event as the coach took it (a heard line read by its question); null when the turn failed before, or was a repeat. */
  event: ReadEvent | null;
  /** The request was one already answered: this is the reply it got then, and nothing was applied again. */
  repeated?: boolean;
}

type Taken = { kind: 'coached'; output: CoachOutput } | { kind: 'repeated'; reply: Reply; document: UserDocument | null };

export type TurnRunner = (request: TurnRequest) => Promise<TurnOutcome>;

export const createTurnRunner = ({ store, logger }: { store: UserStore; logger: Logger }): TurnRunner => {
  return async ({ userId, event, context, locale, deadline, requestId = null }) => {
    const continues = event.type === 'remindersDone';
    try {
      const taken = await store.update<Taken>(
        userId,
        (stored) => {
          const given = requestId && !continues && stored ? replyGiven(stored.recentTurns, requestId) : null;
          if (given) return { next: stored, result: { kind: 'repeated', reply: given, document: stored }, unchanged: true };
          // The store read the document afresh for this change and holds nothing of it: the coach may change it as it is.
          const output = coach({ userId, document: stored, event, context: context(stored), handedOver: true });
          const next = output.document && requestId ? { ...output.document, recentTurns: rememberTurn(output.document.recentTurns, requestId, output.reply) } : output.document;
          return { next, result: { kind: 'coached', output: { ...output, document: next } } };
        },
        deadline ? { endsAt: deadline.by(ANSWER_MARGIN_MS) } : {},
      );
      if (taken.kind === 'repeated') {
        logger.info({ event: event.type }, 'a request already answered: its reply again, nothing applied');
        // Its reminders were asked for when it was first answered; they are not asked for twice.
        return { reply: { ...taken.reply, reminders: null }, document: taken.document, failure: null, event: null, repeated: true };
      }
      const { output } = taken;
      return { reply: output.reply, document: output.document, failure: null, event: output.event };
    } catch (error) {
      if (error instanceof StoredDocumentError && event.type === 'skillDisabled') {
        const deleted = await deleteUnread(store, userId, logger);
        if (deleted) return { reply: coach({ userId, document: null, event, context: context(null) }).reply, document: null, failure: null, event };
      }
      const failure: TurnFailure =
        error instanceof StoreBusyError ? 'busy' : error instanceof StoredDocumentError ? 'unreadable' : 'error';
      if (failure === 'busy') logger.warn({ event: event.type, waitedMs: (error as StoreBusyError).waitedMs }, 'turn gave up waiting for the user');
      else logger.error({ err: error, event: event.type }, 'turn failed');
      return { reply: apologyReply(locale, failure), document: null, failure, event: null };
    }
  };
};

/**
 * A driver who disables the skill wants their data gone, and the coach's answer to that does not depend on what is
 * stored: a document that cannot be read is deleted unread rather than kept.
 */
const deleteUnread = async (store: UserStore, userId: string, logger: Logger): Promise<boolean> => {
  try {
    await store.delete(userId);
    logger.warn('deleted an unreadable document: its driver disabled the skill');
    return true;
  } catch (error) {
    logger.error({ err: error }, 'could not delete the document of a driver who disabled the skill');
    return false;
  }
};
