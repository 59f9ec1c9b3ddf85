import type { UserDocument } from '../core/document';

/** Where per-user documents live. Keyed by the platform's user id. */
export interface UserStore {
  /** The user's document, or null for a new user. Throws when the stored document is unreadable. */
  get(userId: string): Promise<UserDocument | null>;
  /** Replaces the user's document atomically. */
  save(document: UserDocument): Promise<void>;
  /** Removes everything stored for the user. Deleting an unknown user is not an error. */
  delete(userId: string): Promise<void>;
}
