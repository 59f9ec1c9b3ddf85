/** The settings of an Alexa host, read from its environment and checked once at start. */
import path from 'node:path';
import { z } from 'zod';
import { FALLBACK_TIME_ZONE, isValidTimeZone } from '../core/time';

const schema = z.object({
  BACKCOACH_DATA_DIR: z.string().min(1).optional(),
  BACKCOACH_DEFAULT_TIME_ZONE: z
    .string()
    .refine(isValidTimeZone, { message: 'must be an IANA time zone such as America/Chicago' })
    .optional(),
  ALEXA_SKILL_ID: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  AWS_LAMBDA_FUNCTION_NAME: z.string().optional(),
});

export interface AlexaHostConfig {
  dataDir: string;
  /** True when the data directory was chosen for Lambda's only writable (and temporary) folder. */
  dataDirIsEphemeral: boolean;
  defaultTimeZone: string;
  skillId?: string;
  logLevel: string;
}

export const readAlexaHostConfig = (env: NodeJS.ProcessEnv): AlexaHostConfig => {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  const e = parsed.data;
  const onLambda = !!e.AWS_LAMBDA_FUNCTION_NAME;
  const dataDir = e.BACKCOACH_DATA_DIR ?? (onLambda ? '/tmp/backcoach-data' : './data');
  return {
    dataDir: path.resolve(dataDir),
    dataDirIsEphemeral: onLambda && dataDir.startsWith('/tmp'),
    defaultTimeZone: e.BACKCOACH_DEFAULT_TIME_ZONE ?? FALLBACK_TIME_ZONE,
    skillId: e.ALEXA_SKILL_ID,
    logLevel: e.LOG_LEVEL ?? 'info',
  };
};
