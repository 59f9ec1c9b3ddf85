/**
 * What `ask deploy` needs to sign in, checked before anything is built: ask-cli's profile in ~/.ask/cli_config
 * (made by `ask configure`: the developer account's token and vendor id, and the AWS profile it deploys with), and
 * that AWS profile's credentials in ~/.aws/credentials or ~/.aws/config; or all of it in the environment, as
 * ask-cli reads it there (ASK_REFRESH_TOKEN or ASK_ACCESS_TOKEN, ASK_VENDOR_ID, AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY). Only that they are there is checked, offline: an expired or revoked token is still
 * ask-cli's to report.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** ask-cli's name for "the AWS credentials are in the environment". */
const AWS_FROM_ENVIRONMENT = '__AWS_CREDENTIALS_IN_ENVIRONMENT_VARIABLE__';

interface AskProfile {
  aws_profile?: string;
  vendor_id?: string;
  token?: { refresh_token?: string; access_token?: string };
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** The profile names an AWS shared file declares: `[name]` in credentials, `[profile name]` (or `[default]`) in config. */
const awsProfilesIn = (file: string): Set<string> => {
  if (!existsSync(file)) return new Set();
  const names = [...readFileSync(file, 'utf8').matchAll(/^\s*\[\s*(?:profile\s+)?([^\]\s]+)\s*\]/gm)].map((m) => m[1]!);
  return new Set(names);
};

const hasAwsKeysInEnvironment = (env: NodeJS.ProcessEnv): boolean => Boolean(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY);

/** The profile `ask deploy` will use: `--profile`/`-p` among its arguments, else ASK_DEFAULT_PROFILE, else default. */
export const askProfileName = (args: readonly string[], env: NodeJS.ProcessEnv): string => {
  const at = args.findIndex((a) => a === '--profile' || a === '-p');
  const given = at >= 0 ? args[at + 1] : args.find((a) => a.startsWith('--profile='))?.slice('--profile='.length);
  return given || env.ASK_DEFAULT_PROFILE || 'default';
};

/** Every reason `ask deploy` could not sign in, each with what to run; empty when it can. */
export const deployCredentialProblems = (env: NodeJS.ProcessEnv, home: string, profile: string): string[] => {
  if (hasAwsKeysInEnvironment(env) && (env.ASK_REFRESH_TOKEN || env.ASK_ACCESS_TOKEN) && env.ASK_VENDOR_ID) return [];

  const configure = profile === 'default' ? 'npx ask configure' : `npx ask configure --profile ${profile}`;
  const cliConfig = path.join(home, '.ask', 'cli_config');
  if (!existsSync(cliConfig)) {
    return [
      `ask-cli is not signed in (${cliConfig} does not exist): run \`${configure}\` (add --no-browser on a machine without a browser) ` +
        'to sign in to your Amazon developer account and link an AWS profile.',
    ];
  }
  let askProfile: AskProfile | undefined;
  try {
    askProfile = (readJson(cliConfig) as { profiles?: Record<string, AskProfile> }).profiles?.[profile];
  } catch {
    return [`ask-cli's ${cliConfig} cannot be read as JSON: run \`${configure}\` again.`];
  }
  if (!askProfile) return [`ask-cli has no profile "${profile}" in ${cliConfig}: run \`${configure}\`.`];

  const problems: string[] = [];
  if (!askProfile.token?.refresh_token && !askProfile.token?.access_token) problems.push(`ask-cli's profile "${profile}" has no sign-in token: run \`${configure}\`.`);
  if (!askProfile.vendor_id) problems.push(`ask-cli's profile "${profile}" has no vendor id: run \`${configure}\`.`);

  const awsProfile = askProfile.aws_profile;
  if (!awsProfile) {
    problems.push(`ask-cli's profile "${profile}" has no AWS profile linked, and the stack needs one: run \`${configure}\` and link an AWS profile.`);
  } else if (awsProfile === AWS_FROM_ENVIRONMENT) {
    if (!hasAwsKeysInEnvironment(env)) problems.push(`ask-cli's profile "${profile}" takes AWS credentials from the environment: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.`);
  } else {
    const credentialsFile = env.AWS_SHARED_CREDENTIALS_FILE || path.join(home, '.aws', 'credentials');
    const configFile = env.AWS_CONFIG_FILE || path.join(home, '.aws', 'config');
    if (!awsProfilesIn(credentialsFile).has(awsProfile) && !awsProfilesIn(configFile).has(awsProfile)) {
      problems.push(
        `AWS has no profile "${awsProfile}" (the one ask-cli's profile "${profile}" deploys with) in ${credentialsFile} or ${configFile}: ` +
          `run \`aws configure --profile ${awsProfile}\`, or \`${configure}\` to link another AWS profile.`,
      );
    }
  }
  return problems;
};
