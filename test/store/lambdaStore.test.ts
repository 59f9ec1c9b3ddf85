/**
 * The Lambda composition root chooses its store from the environment: with BACKCOACH_STORE=dynamodb every turn is
 * kept in the table it names (here dynalite on loopback), and nothing in /tmp.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import { loadLambdaHandler, loadLambdaOnDynamo } from '../support/lambdaHandler';
import { startLocalDynamo, type LocalDynamo } from '../../support/localDynamo';

const SKILL = 'amzn1.ask.skill.backcoach-lambda-test';
const USER = 'amzn1.ask.account.lambda-dynamo-test';

/** A launch; each request has an id of its own (the same id again would be a retry, answered and not applied). */
const launch = (requestId: string): RequestEnvelope =>
  ({
    version: '1.0',
    session: { new: true, sessionId: 'amzn1.echo-api.session.1', application: { applicationId: SKILL }, user: { userId: USER } },
    context: {
      System: { application: { applicationId: SKILL }, user: { userId: USER }, device: { deviceId: 'd1', supportedInterfaces: {} }, apiEndpoint: 'http://127.0.0.1:9' },
    },
    request: { type: 'LaunchRequest', requestId, timestamp: '2026-11-23T15:00:00Z', locale: 'en-US' },
  }) as unknown as RequestEnvelope;


let dynamo: LocalDynamo;
let dataDir: string;
beforeAll(async () => {
  dynamo = await startLocalDynamo();
});
afterAll(() => dynamo.close());
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backcoach-lambda-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

test('with BACKCOACH_STORE=dynamodb the handler keeps the user in the table, and writes nothing to disk', async () => {
  const table = await dynamo.createUsersTable();
  const handler = await loadLambdaOnDynamo({ endpoint: dynamo.endpoint, table, skillId: SKILL }, { BACKCOACH_DATA_DIR: dataDir });
  const first = await handler(launch('r1'));
  expect(first.response.outputSpeech).toBeDefined();
  expect(await dynamo.item(table, USER)).toMatchObject({ userId: USER, version: 1 });
  await handler(launch('r2'));
  expect(await dynamo.item(table, USER)).toMatchObject({ version: 2 });
  expect(fs.readdirSync(dataDir)).toEqual([]);
});

test('without BACKCOACH_STORE the handler keeps using lowdb files', async () => {
  const handler = await loadLambdaHandler({ AWS_LAMBDA_FUNCTION_NAME: 'backcoach-test', BACKCOACH_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  await handler(launch('r2'));
  expect(fs.readdirSync(path.join(dataDir, 'users'))).toHaveLength(1);
});
