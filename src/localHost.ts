/**
 * What the hosts a driver starts on this machine (the terminal console, the MCP server on stdio) read alike from the
 * environment: the logger, the store's settings and the zone days are counted in.
 *
 *   BACKCOACH_DATA_DIR           where progress is kept (default ./data)
 *   BACKCOACH_STORE              lowdb (default) or dynamodb, with BACKCOACH_DYNAMODB_TABLE, AWS_REGION and
 *                                optionally BACKCOACH_DYNAMODB_ENDPOINT (see src/config/storeEnv.ts)
 *   BACKCOACH_DEFAULT_TIME_ZONE  the zone days are counted in (default: this machine's)
 *   LOG_LEVEL                    JSON logs on stderr (default: the host's)
 */
import path from 'node:path';
import { readStoreSettings, type StoreSettings } from './config/storeEnv';
import { FALLBACK_TIME_ZONE, isValidTimeZone } from './core/time';
import { createLogger, type Logger } from './log';

export interface LocalHostParts {
  logger: Logger;
  store: StoreSettings;
  defaultTimeZone: string;
}

const timeZoneFrom = (value: string | undefined): string => {
  if (value) {
    if (isValidTimeZone(value)) return value;
    throw new Error(`BACKCOACH_DEFAULT_TIME_ZONE must be an IANA time zone such as America/Chicago, got "${String(value)}"`);
  }
  const machine = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isValidTimeZone(machine) ? machine : FALLBACK_TIME_ZONE;
};

/** The host's parts, or an error naming what to fix in the environment. */
export const localHostParts = (env: NodeJS.ProcessEnv, defaultLogLevel: string): LocalHostParts => {
  const defaultTimeZone = timeZoneFrom(env.BACKCOACH_DEFAULT_TIME_ZONE);
  const logger = createLogger(env.LOG_LEVEL || defaultLogLevel);
  const settings = readStoreSettings(env, path.resolve(env.BACKCOACH_DATA_DIR || './data'));
  if (!settings.ok) throw new Error(`fix these settings:\n${settings.problems.map((p) => `  - ${p}`).join('\n')}`);
  return { logger, store: settings.settings, defaultTimeZone };
};
