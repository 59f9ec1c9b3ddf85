/**
 * What a host shows of a driver without taking a turn (an assistant reading their progress): the stored document as
 * it is, read once and never written. Turns still go through the turn runner alone.
 */
import type { UserDocument } from '../core/document';
import type { UserStore } from '../store/userStore';

export type DocumentReader = (userId: string) => Promise<UserDocument | null>;

export const createDocumentReader =
  ({ store }: { store: UserStore }): DocumentReader =>
  (userId) =>
    store.get(userId);
