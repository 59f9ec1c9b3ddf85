/**
 * Skill events through the real handlers and stores: a driver who disables the skill has everything stored about
 * them deleted (lowdb files and DynamoDB items alike, a document that cannot be read included), permissions granted
 * in the Alexa app are recorded in the driver's document, and a driver who only enabled the skill is not stored.
 * Each event gets an empty response; one the store could not apply fails the invocation, so it is not lost in silence.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import pino from 'pino';
import { createAlexaSkill } from '../../src/alexa/skill';
import { LowdbUserStore } from '../../src/store';
import { DynamoUserStore } from '../../src/store/dynamoUserStore';
import { createTurnRunner } from '../../src/turns/turnRunner';
import { makeHungFile, releaseHungFile } from '../support/hungFile';
import { FaultyProxy, startLocalDynamo, type LocalDynamo } from '../../support/localDynamo';
import { grantedBody, REMINDERS_SCOPE, skillDisabledBody, skillEventEnvelope } from '../support/skillEventEnvelopes';
import { loadLambdaOnDynamo, type LambdaHandler } from '../support/lambdaHandler';
import { post, startTestServer } from '../../support/testServer';
import { Transcript, useDataDir } from './transcript';

type Handler = LambdaHandler;

/** A response with nothing in it: no speech, no card, nothing that keeps a session. */
const EMPTY_RESPONSE = expect.objectContaining({ version: '1.0', response: {} }) as unknown;
const SKILL = 'amzn1.ask.skill.backcoach-skill-events-test';
const silent = pino({ level: 'silent' });

const asEnvelope = (event: unknown): RequestEnvelope => event as RequestEnvelope;

describe('on Alexa with the built bundle and lowdb (what a driver hears)', () => {
  const dataDir = useDataDir();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bundle = (): Handler => (require(path.resolve('lambda/dist/index.js')) as { handler: Handler }).handler;
  let t: Transcript;
  afterEach(async () => {
    await t?.close();
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const userFiles = (): string[] => fs.readdirSync(path.join(dataDir, 'users')).filter((name) => !name.startsWith('.'));

  test('a driver who grants reminders, then disables the skill, is forgotten: the next launch is a first use', async () => {
    t = await Transcript.start(dataDir, '2026-11-23T15:00:00Z');
    const welcome = await t.launch();
    await t.say('yes');
    await t.say('my left side');
    expect(await t.stored()).toMatchObject({ weakSide: 'left', units: 'lb' });
    await t.endSession();

    const granted = await bundle()(skillEventEnvelope('SkillPermissionAccepted', { userId: t.userId, at: new Date('2026-11-23T15:05:00Z'), body: grantedBody(REMINDERS_SCOPE) }));
    expect(granted).toEqual(EMPTY_RESPONSE);
    expect((await t.stored())?.permissions).toEqual({ granted: [{ scope: REMINDERS_SCOPE, grantedAt: '2026-11-23T15:05:00.000Z' }], changedAt: '2026-11-23T15:05:00.000Z' });
    expect((await t.stored())?.weakSide).toBe('left');

    const disabled = await bundle()(skillEventEnvelope('SkillDisabled', { userId: t.userId, body: skillDisabledBody() }));
    expect(disabled).toEqual(EMPTY_RESPONSE);
    expect(await t.stored()).toBeNull();
    expect(userFiles()).toEqual([]);

    const again = await t.launch();
    expect(again.text).toBe(welcome.text);
    expect((await t.stored())?.weakSide).toBeNull();
  });

  test('a driver who only enables the skill and grants a permission is not stored', async () => {
    const userId = 'amzn1.ask.account.never-talked-to-the-coach';
    expect(await bundle()(skillEventEnvelope('SkillEnabled', { userId }))).toEqual(EMPTY_RESPONSE);
    expect(await bundle()(skillEventEnvelope('SkillPermissionAccepted', { userId, body: grantedBody(REMINDERS_SCOPE) }))).toEqual(EMPTY_RESPONSE);
    expect(await new LowdbUserStore(dataDir).get(userId)).toBeNull();
  });
});

describe('a document that cannot be read', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backcoach-skill-events-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('is deleted when its driver disables the skill (a spoken turn would leave it as it was)', async () => {
    const store = new LowdbUserStore(dir);
    const skill = createAlexaSkill({ runTurn: createTurnRunner({ store, logger: silent }), defaultTimeZone: 'America/Chicago', logger: silent });
    const userId = 'amzn1.ask.account.damaged-file';
    await store.update(userId, () => ({ next: null, result: null }));
    const launched = await skill.invoke(asEnvelope({ ...skillEventEnvelope('SkillEnabled', { userId }), request: { type: 'LaunchRequest', requestId: 'r1', timestamp: '2026-11-23T15:00:00Z', locale: 'en-US' } }));
    expect(launched.response.outputSpeech).toBeDefined();
    const [file] = fs.readdirSync(path.join(dir, 'users'));
    fs.writeFileSync(path.join(dir, 'users', file!), '{"schemaVersion": 5, "userId": ');

    const answer = await skill.invoke(asEnvelope(skillEventEnvelope('SkillDisabled', { userId })));
    expect(answer).toEqual(EMPTY_RESPONSE);
    expect(fs.readdirSync(path.join(dir, 'users'))).toEqual([]);
  });
});

describe('on Lambda with DynamoDB (dynalite)', () => {
  let dynamo: LocalDynamo;
  beforeAll(async () => {
    dynamo = await startLocalDynamo();
  });
  afterAll(() => dynamo.close());

  const lambdaOn = (table: string): Promise<Handler> => loadLambdaOnDynamo({ endpoint: dynamo.endpoint, table, skillId: SKILL });
  const itemOf = (table: string, userId: string) => dynamo.item(table, userId);

  const launch = (userId: string) => ({
    ...skillEventEnvelope('SkillEnabled', { userId, applicationId: SKILL }),
    request: { type: 'LaunchRequest', requestId: 'r1', timestamp: '2026-11-23T15:00:00Z', locale: 'en-US' },
  });

  test('the grant is recorded in the item, and the skill disabled deletes the item', async () => {
    const table = await dynamo.createUsersTable();
    const handler = await lambdaOn(table);
    const userId = 'amzn1.ask.account.dynamo-skill-events';
    expect((await handler(launch(userId))).response.outputSpeech).toBeDefined();
    expect(await itemOf(table, userId)).toMatchObject({ version: 1 });

    const granted = await handler(skillEventEnvelope('SkillPermissionChanged', { userId, applicationId: SKILL, at: new Date('2026-11-23T15:10:00Z'), body: grantedBody(REMINDERS_SCOPE) }));
    expect(granted).toEqual(EMPTY_RESPONSE);
    const store = new DynamoUserStore({ client: dynamo.client(), tableName: table });
    expect((await store.get(userId))?.permissions.granted).toEqual([{ scope: REMINDERS_SCOPE, grantedAt: '2026-11-23T15:10:00.000Z' }]);

    expect(await handler(skillEventEnvelope('SkillDisabled', { userId, applicationId: SKILL, body: skillDisabledBody() }))).toEqual(EMPTY_RESPONSE);
    expect(await itemOf(table, userId)).toBeUndefined();
  });

  test('events for a driver never stored leave the table empty', async () => {
    const table = await dynamo.createUsersTable();
    const handler = await lambdaOn(table);
    const userId = 'amzn1.ask.account.dynamo-never-talked';
    for (const type of ['SkillEnabled', 'SkillPermissionAccepted', 'SkillDisabled'] as const) {
      expect(await handler(skillEventEnvelope(type, { userId, applicationId: SKILL, body: type === 'SkillPermissionAccepted' ? grantedBody(REMINDERS_SCOPE) : undefined }))).toEqual(EMPTY_RESPONSE);
    }
    expect(await itemOf(table, userId)).toBeUndefined();
  });

  test('a skill disabled that DynamoDB fails to apply fails the invocation; delivered again, it deletes the item', async () => {
    const table = await dynamo.createUsersTable();
    const proxy = await FaultyProxy.start(dynamo.endpoint);
    try {
      const store = new DynamoUserStore({ client: dynamo.client(proxy.endpoint), tableName: table, timeoutMs: 1500 });
      const skill = createAlexaSkill({ runTurn: createTurnRunner({ store, logger: silent }), defaultTimeZone: 'America/Chicago', logger: silent });
      const userId = 'amzn1.ask.account.dynamo-failing';
      await skill.invoke(asEnvelope(launch(userId)));
      proxy.failAll('server-error', 'DeleteItem');
      const event = asEnvelope(skillEventEnvelope('SkillDisabled', { userId, applicationId: SKILL }));
      await expect(skill.invoke(event)).rejects.toThrow(/SkillDisabled|skillDisabled/);
      expect(await itemOf(table, userId)).toBeDefined();
      proxy.heal();
      expect(await skill.invoke(event)).toEqual(EMPTY_RESPONSE);
      expect(await itemOf(table, userId)).toBeUndefined();
    } finally {
      await proxy.close();
    }
  });
});

test('over HTTPS, a skill event the store cannot apply in time answers 500 with nothing internal, and changes nothing', async () => {
  const server = await startTestServer({ verifyAlexa: false, storeWaitMs: 300 });
  const userId = 'amzn1.ask.account.https-stuck';
  const file = new LowdbUserStore(server.dataDir).fileFor(userId);
  makeHungFile(file);
  try {
    const response = await post(`${server.url}/alexa`, skillEventEnvelope('SkillDisabled', { userId }));
    expect(response.status).toBe(500);
    expect(JSON.stringify(response.json)).not.toMatch(/skillDisabled|busy|users/i);
    expect(fs.statSync(file).isFIFO()).toBe(true);
  } finally {
    await releaseHungFile(file);
    await server.close();
  }
});
