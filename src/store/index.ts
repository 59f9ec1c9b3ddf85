import type { StoreSettings } from '../config/storeEnv';
import { createDynamoDocumentClient } from './dynamoClient';
import { DynamoUserStore } from './dynamoUserStore';
import { LowdbUserStore } from './lowdbUserStore';
import type { UserStore } from './userStore';

export type { ChangeFunction, UserChange, UserStore } from './userStore';
export { LowdbUserStore } from './lowdbUserStore';
export { DynamoUserStore } from './dynamoUserStore';
export { InvalidDocumentError, StoreBusyError, StoredDocumentError, StoreUnavailableError } from './errors';

/** The embedded default store, keeping its files under `dataDir`. */
export const createDefaultStore = (dataDir: string): UserStore => new LowdbUserStore(dataDir);

/** The store the settings name: lowdb files, or a DynamoDB table. */
export const createStore = (settings: StoreSettings): UserStore =>
  settings.kind === 'lowdb'
    ? createDefaultStore(settings.dataDir)
    : new DynamoUserStore({
        client: createDynamoDocumentClient({ region: settings.region, endpoint: settings.endpoint, placeholderCredentials: settings.placeholderCredentials }),
        tableName: settings.table,
      });
