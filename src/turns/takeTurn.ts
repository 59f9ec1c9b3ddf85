/**
 * One turn against the store, shared by every platform: read the user's document, let the coach answer the
 * event, then write the new document (or delete the user when they asked for it).
 */
import { coach, type CoachOutput } from '../core/coach';
import type { UserDocument } from '../core/document';
import type { CoachContext, CoachEvent } from '../core/events';
import type { UserStore } from '../store/userStore';

export interface TurnRequest {
  userId: string;
  event: CoachEvent;
  /** The context may depend on what is stored (the user's last known time zone). */
  context: (stored: UserDocument | null) => CoachContext | Promise<CoachContext>;
}

export const takeTurn = async (store: UserStore, { userId, event, context }: TurnRequest): Promise<CoachOutput> => {
  const stored = await store.get(userId);
  const output = coach({ userId, document: stored, event, context: await context(stored) });
  if (output.document) await store.save(output.document);
  else await store.delete(userId);
  return output;
};
