/** Which store a host uses, from its environment: lowdb by default, DynamoDB when told, and clear start-up errors. */
import path from 'node:path';
import { readAlexaHostConfig } from '../../src/config/alexaEnv';
import { readServerConfig, ServerConfigError } from '../../src/config/serverEnv';
import { readStoreSettings } from '../../src/config/storeEnv';

const DATA = path.resolve('data');

test('lowdb is the default, in the host’s data directory', () => {
  expect(readStoreSettings({}, DATA)).toEqual({ ok: true, settings: { kind: 'lowdb', dataDir: DATA } });
  expect(readStoreSettings({ BACKCOACH_STORE: 'lowdb', BACKCOACH_DYNAMODB_TABLE: '' }, DATA)).toEqual({ ok: true, settings: { kind: 'lowdb', dataDir: DATA } });
});

test('dynamodb needs a table and the region; a local endpoint needs no credentials and no region', () => {
  expect(readStoreSettings({ BACKCOACH_STORE: 'dynamodb', BACKCOACH_DYNAMODB_TABLE: 'backcoach-users', AWS_REGION: 'eu-west-1' }, DATA)).toEqual({
    ok: true,
    settings: { kind: 'dynamodb', table: 'backcoach-users', region: 'eu-west-1', endpoint: null, placeholderCredentials: false },
  });
  expect(
    readStoreSettings({ BACKCOACH_STORE: 'dynamodb', BACKCOACH_DYNAMODB_TABLE: 'users', BACKCOACH_DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' }, DATA),
  ).toEqual({
    ok: true,
    settings: { kind: 'dynamodb', table: 'users', region: 'us-east-1', endpoint: 'http://127.0.0.1:8000', placeholderCredentials: true },
  });
  const withKeys = readStoreSettings(
    { BACKCOACH_STORE: 'dynamodb', BACKCOACH_DYNAMODB_TABLE: 'users', BACKCOACH_DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000', AWS_ACCESS_KEY_ID: 'AKIA' },
    DATA,
  );
  expect(withKeys.ok && withKeys.settings.kind === 'dynamodb' && withKeys.settings.placeholderCredentials).toBe(false);
});

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  const result = readStoreSettings(env, DATA);
  return result.ok ? [] : result.problems;
};

test('every problem names its variable and what it should be', () => {
  expect(problemsOf({ BACKCOACH_STORE: 'dynamodb' })).toEqual([
    expect.stringMatching(/^BACKCOACH_DYNAMODB_TABLE: required with BACKCOACH_STORE=dynamodb/),
    expect.stringMatching(/^AWS_REGION: required with BACKCOACH_STORE=dynamodb/),
  ]);
  expect(problemsOf({ BACKCOACH_STORE: 'dynamo' })).toEqual([expect.stringMatching(/^BACKCOACH_STORE: must be lowdb or dynamodb/)]);
  expect(problemsOf({ BACKCOACH_STORE: 'dynamodb', BACKCOACH_DYNAMODB_TABLE: 'ab', AWS_REGION: 'us-east-1' })).toEqual([
    expect.stringMatching(/^BACKCOACH_DYNAMODB_TABLE: must be a DynamoDB table name/),
  ]);
  expect(problemsOf({ BACKCOACH_STORE: 'dynamodb', BACKCOACH_DYNAMODB_TABLE: 'users', AWS_REGION: 'us-east1' })).toEqual([
    expect.stringMatching(/^AWS_REGION: "us-east1" is not a region name/),
  ]);
  expect(problemsOf({ BACKCOACH_STORE: 'dynamodb', BACKCOACH_DYNAMODB_TABLE: 'users', BACKCOACH_DYNAMODB_ENDPOINT: 'localhost:8000' })).toEqual([
    expect.stringMatching(/^BACKCOACH_DYNAMODB_ENDPOINT: must be an http or https URL/),
  ]);
  // A table without BACKCOACH_STORE=dynamodb would silently keep everyone in files: refused.
  expect(problemsOf({ BACKCOACH_DYNAMODB_TABLE: 'users' })).toEqual([
    expect.stringMatching(/^BACKCOACH_DYNAMODB_TABLE: set, but BACKCOACH_STORE is not dynamodb/),
  ]);
});

test('the Lambda host reads the store with its other settings, and keeps the /tmp warning for lowdb only', () => {
  const onLambda = { AWS_LAMBDA_FUNCTION_NAME: 'backcoach', AWS_REGION: 'us-east-1' };
  expect(readAlexaHostConfig(onLambda)).toMatchObject({ store: { kind: 'lowdb', dataDir: '/tmp/backcoach-data' }, dataDirIsEphemeral: true });
  expect(readAlexaHostConfig({ ...onLambda, BACKCOACH_STORE: 'dynamodb', BACKCOACH_DYNAMODB_TABLE: 'backcoach-users', ALEXA_SKILL_ID: 'amzn1.ask.skill.x' })).toMatchObject({
    store: { kind: 'dynamodb', table: 'backcoach-users', region: 'us-east-1', endpoint: null },
    dataDirIsEphemeral: false,
    skillId: 'amzn1.ask.skill.x',
  });
  expect(() => readAlexaHostConfig({ ...onLambda, BACKCOACH_STORE: 'dynamodb', LOG_LEVEL: 'loud' })).toThrow(
    /Invalid environment: LOG_LEVEL: .*; BACKCOACH_DYNAMODB_TABLE: required with BACKCOACH_STORE=dynamodb/,
  );
});

test('the server reads the store with its other settings, and reports its problems with the rest', () => {
  expect(readServerConfig({ BACKCOACH_STORE: 'dynamodb', BACKCOACH_DYNAMODB_TABLE: 'users', AWS_REGION: 'us-west-2' }).store).toEqual({
    kind: 'dynamodb',
    table: 'users',
    region: 'us-west-2',
    endpoint: null,
    placeholderCredentials: false,
  });
  expect(readServerConfig({ BACKCOACH_DATA_DIR: '/var/lib/backcoach' }).store).toEqual({ kind: 'lowdb', dataDir: '/var/lib/backcoach' });
  let problems: string[] = [];
  try {
    readServerConfig({ BACKCOACH_STORE: 'dynamodb', PORT: 'x' });
  } catch (error) {
    if (error instanceof ServerConfigError) problems = error.problems;
  }
  expect(problems).toEqual([
    expect.stringMatching(/^PORT:/),
    expect.stringMatching(/^BACKCOACH_DYNAMODB_TABLE:/),
    expect.stringMatching(/^AWS_REGION:/),
  ]);
});
