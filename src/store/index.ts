import type { StoreSettings } from '../config/storeEnv';
import { lockDataDir } from './dataDirLock';
import { LowdbUserStore } from './lowdbUserStore';
import type { UserStore } from './userStore';

export type { ChangeFunction, UserChange, UserStore } from './userStore';
export { LowdbUserStore } from './lowdbUserStore';
export { DataDirInUseError, InvalidDocumentError, StoreBusyError, StoredDocumentError, StoreUnavailableError } from './errors';

/** The embedded default store, keeping its files under `dataDir`. */
export const createDefaultStore = (dataDir: string): UserStore => new LowdbUserStore(dataDir);

type DynamoSettings = Extract<StoreSettings, { kind: 'dynamodb' }>;

/**
 * The DynamoDB store, with the AWS SDK loaded when the store is first used rather than imported here: a host on
 * lowdb files never loads the SDK, which costs about 30 ms and 10 MB at every cold start.
 */
const dynamoStore = (settings: DynamoSettings): UserStore => {
  let opening: Promise<UserStore> | null = null;
  const open = (): Promise<UserStore> =>
    (opening ??= Promise.all([import('./dynamoUserStore'), import('./dynamoClient')]).then(
      ([{ DynamoUserStore }, { createDynamoDocumentClient }]) =>
        new DynamoUserStore({
          client: createDynamoDocumentClient({ region: settings.region, endpoint: settings.endpoint, placeholderCredentials: settings.placeholderCredentials }),
          tableName: settings.table,
        }),
    ));
  return {
    get: async (userId) => (await open()).get(userId),
    update: async (userId, change, options) => (await open()).update(userId, change, options),
    delete: async (userId) => (await open()).delete(userId),
  };
};

/**
 * The store the settings name: lowdb files, taken for this process alone (DataDirInUseError when another running
 * process has them; see dataDirLock.ts), or a DynamoDB table.
 */
export const createStore = (settings: StoreSettings): UserStore => {
  if (settings.kind !== 'lowdb') return dynamoStore(settings);
  lockDataDir(settings.dataDir);
  return createDefaultStore(settings.dataDir);
};
