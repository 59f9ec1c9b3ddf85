import type { UserDocument } from '../core/document';

/**
 * What one update decided: the document to store (or null to delete everything stored for the user), and what
 * the caller gets back.
 */
export interface UserChange<T> {
  next: UserDocument | null;
  result: T;
  /** Nothing to write: the stored document stays as it is (`next` is then ignored). */
  unchanged?: boolean;
}

/**
 * Computes a change from the stored document and its version (0 when nothing is stored). It must be a pure
 * function of its arguments: a store that cannot lock (a conditional write on the version) calls it again when
 * another writer got there first. The document it is given is its own, read afresh for that call and held by nothing
 * else, so it may change it in place and give it back as `next`.
 */
export type ChangeFunction<T> = (current: UserDocument | null, version: number) => UserChange<T>;

/** How long an update may take: it gives up by `endsAt` (epoch ms) when that comes before the store's own deadline. */
export interface UpdateOptions {
  endsAt?: number;
}

/** Where per-user documents live. Keyed by the platform's user id. */
export interface UserStore {
  /** The user's document, or null for a new user. Throws when the stored document is unreadable. */
  get(userId: string): Promise<UserDocument | null>;
  /**
   * Reads the user's document, applies `change` and writes the result as one atomic step: no other update of the
   * same user happens in between, and every stored document carries a version one higher than the one it
   * replaced. Rejects with StoreBusyError (and changes nothing) when earlier updates of the same user do not let
   * this one in within the store's bounded wait (or by `options.endsAt`, when that is sooner).
   */
  update<T>(userId: string, change: ChangeFunction<T>, options?: UpdateOptions): Promise<T>;
  /** Removes everything stored for the user. Deleting an unknown user is not an error. */
  delete(userId: string): Promise<void>;
}
