import { LowdbUserStore } from './lowdbUserStore';
import type { UserStore } from './userStore';

export type { ChangeFunction, UserChange, UserStore } from './userStore';
export { LowdbUserStore } from './lowdbUserStore';
export { InvalidDocumentError, StoreBusyError, StoredDocumentError } from './errors';

/** The embedded default store, keeping its files under `dataDir`. */
export const createDefaultStore = (dataDir: string): UserStore => new LowdbUserStore(dataDir);
