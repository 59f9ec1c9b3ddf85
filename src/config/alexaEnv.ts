/**
 * The settings of an Alexa host, read from its environment and checked once at start.
 *
 *   BACKCOACH_STORE, BACKCOACH_DYNAMODB_TABLE, AWS_REGION, BACKCOACH_DYNAMODB_ENDPOINT   the store (storeEnv.ts)
 *   BACKCOACH_DATA_DIR            the lowdb store's directory (default /tmp/backcoach-data on Lambda, else ./data)
 *   BACKCOACH_DEFAULT_TIME_ZONE   zone used until a device reports one
 *   ALEXA_SKILL_ID                when set, requests for any other skill are refused
 *   LOG_LEVEL                     fatal, error, warn, info (default), debug, trace or silent
 *
 * zod/mini, imported as a namespace, keeps the Lambda bundle small.
 */
import path from 'node:path';
import { validQuickly } from '../core/quickCheck';
import { z } from '../core/schemaSketch';
import type * as zod from '../core/zod';
import { FALLBACK_TIME_ZONE, isValidTimeZone } from '../core/time';
import { readStoreSettings, type StoreSettings } from './storeEnv';

const schema = z.object({
  BACKCOACH_DATA_DIR: z.optional(z.string().check(z.minLength(1))),
  BACKCOACH_DEFAULT_TIME_ZONE: z.optional(
    z.string().check(z.refine(isValidTimeZone, { error: 'must be an IANA time zone such as America/Chicago' })),
  ),
  ALEXA_SKILL_ID: z.optional(z.string().check(z.minLength(1))),
  LOG_LEVEL: z.optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
  AWS_LAMBDA_FUNCTION_NAME: z.optional(z.string()),
});
/** The environment holds much else: the check asks only whether the variables named are valid (../core/quickCheck.ts). */
const checkEnv = validQuickly(schema);

type Settings = zod.infer<typeof schema>;

export interface AlexaHostConfig {
  dataDir: string;
  /** True when the lowdb store keeps its files in Lambda's only writable (and temporary) folder. */
  dataDirIsEphemeral: boolean;
  store: StoreSettings;
  defaultTimeZone: string;
  skillId?: string;
  logLevel: string;
}

export const readAlexaHostConfig = (env: NodeJS.ProcessEnv): AlexaHostConfig => {
  const parsed = checkEnv(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const onLambda = !!env.AWS_LAMBDA_FUNCTION_NAME;
  const dataDir = (parsed.success ? (env as Settings).BACKCOACH_DATA_DIR : undefined) ?? (onLambda ? '/tmp/backcoach-data' : './data');
  const store = readStoreSettings(env, path.resolve(dataDir));
  if (!store.ok) problems.push(...store.problems);
  if (!parsed.success || !store.ok) throw new Error(`Invalid environment: ${problems.join('; ')}`);
  const e = env as Settings;
  return {
    dataDir: path.resolve(dataDir),
    dataDirIsEphemeral: store.settings.kind === 'lowdb' && onLambda && dataDir.startsWith('/tmp'),
    store: store.settings,
    defaultTimeZone: e.BACKCOACH_DEFAULT_TIME_ZONE ?? FALLBACK_TIME_ZONE,
    skillId: e.ALEXA_SKILL_ID,
    logLevel: e.LOG_LEVEL ?? 'info',
  };
};
