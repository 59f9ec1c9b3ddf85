/**
 * Which store keeps the users' documents, read from the environment by each host's config module.
 *
 *   BACKCOACH_STORE               lowdb (default: files under the data directory) or dynamodb
 *   BACKCOACH_DYNAMODB_TABLE      the table, with BACKCOACH_STORE=dynamodb
 *   AWS_REGION                    the table's region (Lambda sets it)
 *   BACKCOACH_DYNAMODB_ENDPOINT   a local DynamoDB-compatible server instead of the region's endpoint
 *
 * Empty variables count as unset. zod/mini, imported as a namespace, keeps the Lambda bundle small.
 */
import { validQuickly } from '../core/quickCheck';
import { z } from '../core/schemaSketch';
import type * as zod from '../core/zod';

export type StoreSettings =
  | { kind: 'lowdb'; dataDir: string }
  | {
      kind: 'dynamodb';
      table: string;
      region: string;
      endpoint: string | null;
      /** A local server with no AWS credentials in the environment: sign with placeholders. */
      placeholderCredentials: boolean;
    };

export type StoreSettingsResult = { ok: true; settings: StoreSettings } | { ok: false; problems: string[] };

/** The region used with a local endpoint when none is set; a local server accepts any. */
const LOCAL_REGION = 'us-east-1';

const schema = z.object({
  BACKCOACH_STORE: z.optional(z.enum(['lowdb', 'dynamodb'], { error: 'must be lowdb or dynamodb' })),
  BACKCOACH_DYNAMODB_TABLE: z.optional(
    z.string().check(z.regex(/^[A-Za-z0-9_.-]{3,255}$/, { error: 'must be a DynamoDB table name: 3 to 255 letters, digits, "_", "-" or "."' })),
  ),
  BACKCOACH_DYNAMODB_ENDPOINT: z.optional(z.url({ protocol: /^https?$/, error: 'must be an http or https URL such as http://127.0.0.1:8000' })),
  AWS_REGION: z.optional(z.string()),
  AWS_ACCESS_KEY_ID: z.optional(z.string()),
  AWS_PROFILE: z.optional(z.string()),
});
/** The environment holds much else: the check asks only whether the variables named are valid (../core/quickCheck.ts). */
const checkEnv = validQuickly(schema);

const AWS_REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d+$/;

const withoutEmpty = (env: NodeJS.ProcessEnv): Record<string, string> =>
  Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== ''));

/** The store settings, or every problem with them, each naming its variable. `dataDir` is the lowdb store's. */
export const readStoreSettings = (env: NodeJS.ProcessEnv, dataDir: string): StoreSettingsResult => {
  const set = withoutEmpty(env);
  const parsed = checkEnv(set);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const e = set as zod.infer<typeof schema>;
  const problems: string[] = [];
  if (e.BACKCOACH_STORE !== 'dynamodb') {
    for (const name of ['BACKCOACH_DYNAMODB_TABLE', 'BACKCOACH_DYNAMODB_ENDPOINT'] as const) {
      if (e[name] !== undefined) {
        problems.push(`${name}: set, but BACKCOACH_STORE is not dynamodb, so documents would go to ${dataDir}; set BACKCOACH_STORE=dynamodb, or unset ${name}`);
      }
    }
    return problems.length > 0 ? { ok: false, problems } : { ok: true, settings: { kind: 'lowdb', dataDir } };
  }
  const endpoint = e.BACKCOACH_DYNAMODB_ENDPOINT ?? null;
  if (e.BACKCOACH_DYNAMODB_TABLE === undefined) {
    problems.push('BACKCOACH_DYNAMODB_TABLE: required with BACKCOACH_STORE=dynamodb: the name of the table that holds the users\' documents');
  }
  if (e.AWS_REGION === undefined && endpoint === null) {
    problems.push('AWS_REGION: required with BACKCOACH_STORE=dynamodb: the region of the table, such as us-east-1 (Lambda sets it)');
  } else if (e.AWS_REGION !== undefined && endpoint === null && !AWS_REGION_NAME.test(e.AWS_REGION)) {
    problems.push(`AWS_REGION: "${e.AWS_REGION}" is not a region name such as us-east-1`);
  }
  if (problems.length > 0 || e.BACKCOACH_DYNAMODB_TABLE === undefined) return { ok: false, problems };
  return {
    ok: true,
    settings: {
      kind: 'dynamodb',
      table: e.BACKCOACH_DYNAMODB_TABLE,
      region: e.AWS_REGION ?? LOCAL_REGION,
      endpoint,
      placeholderCredentials: endpoint !== null && e.AWS_ACCESS_KEY_ID === undefined && e.AWS_PROFILE === undefined,
    },
  };
};

/** Where the documents are, in words, for start-up messages. */
export const describeStore = (settings: StoreSettings): string =>
  settings.kind === 'lowdb'
    ? settings.dataDir
    : `the DynamoDB table ${settings.table} (${settings.endpoint ?? settings.region})`;
