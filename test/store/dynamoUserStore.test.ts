/**
 * The DynamoDB store against dynalite on loopback, started and stopped here: the same contract as lowdb, the item
 * it keeps, conditional-write conflicts between stores, items that are not documents, and DynamoDB throttling,
 * failing or not answering (through a proxy that answers as DynamoDB does).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import pino from 'pino';
import { newUserDocument, type UserDocument } from '../../src/core/document';
import { prompt } from '../../src/core/prompts';
import { StoreBusyError, StoredDocumentError, StoreUnavailableError } from '../../src/store';
import { DynamoUserStore } from '../../src/store/dynamoUserStore';
import type { UserStore } from '../../src/store/userStore';
import { createTurnRunner } from '../../src/turns/turnRunner';
import fixtureV1 from '../fixtures/userDocument.v1.json';
import { FaultyProxy, startLocalDynamo, type LocalDynamo } from '../../support/localDynamo';
import { ALICE, BOB, describeUserStoreContract, fullDocument, NOW, put, versionOf } from './userStoreContract';

let dynamo: LocalDynamo;
let table: string;

beforeAll(async () => {
  dynamo = await startLocalDynamo();
});

afterAll(async () => {
  await dynamo.close();
});

const storeOn = (client: DynamoDBDocumentClient, options: Partial<ConstructorParameters<typeof DynamoUserStore>[0]> = {}): DynamoUserStore =>
  new DynamoUserStore({ client, tableName: table, ...options });

/**
 * The contract tests what the store keeps, not how fast or how often writers collide: fifty updates of one user queued
 * through one local server on a busy machine take longer than a turn's budget, and an update loses a race only to one
 * that landed, so as many attempts as updates let every one land (the deadlines and giving up have tests of their own
 * below).
 */
const NO_HURRY = { timeoutMs: 120_000, maxWriteAttempts: 60 };

describeUserStoreContract('DynamoUserStore', {
  make: async () => {
    table = await dynamo.createUsersTable();
    return storeOn(dynamo.client(), NO_HURRY);
  },
  makeAnother: () => storeOn(dynamo.client(), NO_HURRY),
});

/** The raw item, as DynamoDB holds it. */
const itemOf = (userId: string): Promise<Record<string, unknown> | undefined> => dynamo.item(table, userId);

const putItem = (item: Record<string, unknown>): Promise<unknown> => dynamo.client().send(new PutCommand({ TableName: table, Item: item }));

const documentIn = (item: Record<string, unknown> | undefined): unknown =>
  JSON.parse(gunzipSync(item?.document as Uint8Array).toString('utf8'));

/** One turn as the runner takes it, recording what the change saw each time it ran. */
const countTurn = (store: UserStore, userId: string, seen: number[] = []): Promise<number> =>
  store.update(userId, (current, version) => {
    seen.push(version);
    const doc = current ?? newUserDocument(userId, NOW);
    doc.turns += 1;
    return { next: doc, result: version };
  });

const rejectionOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );

describe('DynamoUserStore in its table', () => {
  let store: DynamoUserStore;
  beforeEach(async () => {
    table = await dynamo.createUsersTable();
    store = storeOn(dynamo.client());
  });

  it('keeps each user as one item: the userId key, the version, the document as gzip JSON, the id of the write', async () => {
    await put(store, fullDocument(ALICE));
    await put(store, fullDocument(ALICE));
    const item = await itemOf(ALICE);
    expect(Object.keys(item ?? {}).sort()).toEqual(['document', 'userId', 'version', 'writeId']);
    expect(item).toMatchObject({ userId: ALICE, version: 2, writeId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(documentIn(item)).toEqual(fullDocument(ALICE));
    await expect(storeOn(dynamo.client()).get(ALICE)).resolves.toEqual(fullDocument(ALICE));
  });

  it('reads a document of schema version 1 migrated, and writes it back as the current version', async () => {
    await putItem({ userId: fixtureV1.userId, version: 3, document: gzipSync(JSON.stringify(fixtureV1)) });
    const read = await store.get(fixtureV1.userId);
    expect(read?.schemaVersion).toBeGreaterThan(1);
    expect(read?.workouts).toHaveLength(fixtureV1.workouts.length);
    await expect(versionOf(store, fixtureV1.userId)).resolves.toBe(3);
    const item = await itemOf(fixtureV1.userId);
    expect(item?.version).toBe(4);
    expect(documentIn(item)).toEqual(read);
  });

  describe('two writers of one user', () => {
    let proxy: FaultyProxy;
    beforeEach(async () => {
      proxy = await FaultyProxy.start(dynamo.endpoint);
    });
    afterEach(() => proxy.close());

    it('racing many updates through two stores: every update lands once, each on the version before it', async () => {
      // An update loses a race only to another update that landed, so with 40 updates none can lose more than 39 times:
      // enough attempts that a busy machine's slow turns change how often they collide, not whether they land; and as
      // much time.
      const attempts = NO_HURRY;
      const first = storeOn(dynamo.client(proxy.endpoint), attempts);
      const second = storeOn(dynamo.client(proxy.endpoint), attempts);
      const versions = await Promise.all(Array.from({ length: 40 }, (_, i) => countTurn(i % 2 === 0 ? first : second, ALICE)));
      // Each update saw a different version, so each wrote a different one: 1 to 40, none twice, none lost.
      expect([...versions].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
      expect((await store.get(ALICE))?.turns).toBe(40);
      expect((await itemOf(ALICE))?.version).toBe(40);
      // The stores did collide, and the conditional writes kept them apart.
      expect(proxy.count('PutItem', 'ConditionalCheckFailedException')).toBeGreaterThan(0);
    });

    it('a write that lost the race is computed again on the document the other writer stored', async () => {
      await put(store, fullDocument(ALICE));
      const other = storeOn(dynamo.client());
      const slow = storeOn(dynamo.client(proxy.endpoint));
      // The other device's turn lands between this update's read and its write.
      proxy.beforeNext('PutItem', () => countTurn(other, ALICE).then(() => undefined));
      const seen: number[] = [];
      await expect(countTurn(slow, ALICE, seen)).resolves.toBe(2);
      expect(seen).toEqual([1, 2]);
      expect((await store.get(ALICE))?.turns).toBe(fullDocument(ALICE).turns + 2);
      expect((await itemOf(ALICE))?.version).toBe(3);
      expect(proxy.count('PutItem', 'ConditionalCheckFailedException')).toBe(1);
    });

    it('gives up with StoreBusyError, writing nothing of its own, when other writers win every time', async () => {
      await put(store, fullDocument(ALICE));
      const other = storeOn(dynamo.client());
      const outrun = storeOn(dynamo.client(proxy.endpoint), { maxWriteAttempts: 3 });
      for (let i = 0; i < 3; i++) proxy.beforeNext('PutItem', () => countTurn(other, ALICE).then(() => undefined));
      const seen: number[] = [];
      expect(await rejectionOf(countTurn(outrun, ALICE, seen))).toBeInstanceOf(StoreBusyError);
      expect(seen).toEqual([1, 2, 3]);
      expect((await store.get(ALICE))?.turns).toBe(fullDocument(ALICE).turns + 3);
    });

    it('a write whose answer was lost is not applied again when the SDK retries it', async () => {
      await put(store, fullDocument(ALICE));
      const unlucky = storeOn(dynamo.client(proxy.endpoint));
      proxy.failFirst(1, 'answer-lost', 'PutItem');
      const seen: number[] = [];
      await expect(countTurn(unlucky, ALICE, seen)).resolves.toBe(1);
      expect(seen).toEqual([1]);
      expect((await store.get(ALICE))?.turns).toBe(fullDocument(ALICE).turns + 1);
      expect((await itemOf(ALICE))?.version).toBe(2);
      // The SDK retried the write that had landed; its condition failed against that very write.
      expect(proxy.requests.filter((r) => r.operation === 'PutItem').map((r) => r.fault ?? r.error)).toEqual([
        'answer-lost',
        'ConditionalCheckFailedException',
      ]);
    });

    it('a write whose every answer is lost, retries included, is read back and reported as the success it was', async () => {
      await put(store, fullDocument(ALICE));
      const unlucky = storeOn(dynamo.client(proxy.endpoint));
      proxy.failAll('answer-lost', 'PutItem');
      const seen: number[] = [];
      await expect(countTurn(unlucky, ALICE, seen)).resolves.toBe(1);
      expect(seen).toEqual([1]);
      expect((await store.get(ALICE))?.turns).toBe(fullDocument(ALICE).turns + 1);
      expect((await itemOf(ALICE))?.version).toBe(2);
    });

    it('a write that landed but was never answered is read back at its deadline and reported as the success it was', async () => {
      await put(store, fullDocument(ALICE));
      const unlucky = storeOn(dynamo.client(proxy.endpoint));
      proxy.failFirst(1, 'applied-then-hang', 'PutItem');
      await expect(countTurn(unlucky, ALICE)).resolves.toBe(1);
      expect((await store.get(ALICE))?.turns).toBe(fullDocument(ALICE).turns + 1);
      expect((await itemOf(ALICE))?.version).toBe(2);
    });

    it('a delete whose answer was lost is not taken for a new user', async () => {
      await put(store, fullDocument(ALICE));
      const unlucky = storeOn(dynamo.client(proxy.endpoint));
      proxy.failFirst(1, 'answer-lost', 'DeleteItem');
      const seen: (UserDocument | null)[] = [];
      await unlucky.update(ALICE, (current) => {
        seen.push(current);
        return { next: null, result: undefined };
      });
      expect(seen).toHaveLength(1);
      await expect(itemOf(ALICE)).resolves.toBeUndefined();
    });
  });

  describe('an item that is not a user document', () => {
    const cases: [string, () => Record<string, unknown>, RegExp][] = [
      ['a document that is not gzip data', () => ({ userId: ALICE, version: 2, document: Buffer.from('{"schemaVersion": 2') }), /not gzip data/],
      ['a document that is not JSON', () => ({ userId: ALICE, version: 2, document: gzipSync('garbage{{') }), /not valid JSON/],
      [
        'a document that fails the schema',
        () => ({ userId: ALICE, version: 2, document: gzipSync(JSON.stringify({ ...fullDocument(ALICE), turns: -1, units: 'stone' })) }),
        /not a valid user document[\s\S]*(turns|units)/,
      ],
      ['a document written as a map, by hand', () => ({ userId: ALICE, version: 2, document: fullDocument(ALICE) }), /no compressed document/],
      ['no document at all', () => ({ userId: ALICE, version: 2 }), /no compressed document/],
      ['no version', () => ({ userId: ALICE, document: gzipSync(JSON.stringify(fullDocument(ALICE))) }), /version/],
      ['another user’s document', () => ({ userId: ALICE, version: 2, document: gzipSync(JSON.stringify(fullDocument(BOB))) }), /different user/],
    ];

    it.each(cases)('%s is a StoredDocumentError naming the table and key, and the item is left as it was', async (_, item, cause) => {
      await putItem(item());
      const before = await itemOf(ALICE);
      const error = await rejectionOf(store.get(ALICE));
      expect(error).toBeInstanceOf(StoredDocumentError);
      expect((error as Error).message).toContain(table);
      expect((error as Error).message).toContain(ALICE);
      expect((error as Error).message).toMatch(cause);
      let changed = false;
      const update = store.update(ALICE, () => {
        changed = true;
        return { next: fullDocument(ALICE), result: undefined };
      });
      expect(await rejectionOf(update)).toBeInstanceOf(StoredDocumentError);
      expect(changed).toBe(false);
      await expect(itemOf(ALICE)).resolves.toEqual(before);
      // Other users are not affected.
      await put(store, fullDocument(BOB));
      await expect(store.get(BOB)).resolves.toEqual(fullDocument(BOB));
    });
  });

  describe('DynamoDB throttling, failing, or not answering', () => {
    let proxy: FaultyProxy;
    let flaky: DynamoUserStore;
    beforeEach(async () => {
      proxy = await FaultyProxy.start(dynamo.endpoint);
      flaky = storeOn(dynamo.client(proxy.endpoint));
      await put(store, fullDocument(ALICE));
    });
    afterEach(() => proxy.close());

    it('a throttled request is retried by the SDK and the turn lands', async () => {
      proxy.failFirst(1, 'throttle');
      await expect(countTurn(flaky, ALICE)).resolves.toBe(1);
      expect((await store.get(ALICE))?.turns).toBe(fullDocument(ALICE).turns + 1);
      expect(proxy.requests.map((r) => `${r.operation} ${r.status}`)).toEqual(['GetItem 400', 'GetItem 200', 'PutItem 200']);
    });

    it('500s are retried by the SDK and the turn lands', async () => {
      proxy.failFirst(2, 'server-error', 'PutItem');
      await expect(countTurn(flaky, ALICE)).resolves.toBe(1);
      expect((await store.get(ALICE))?.turns).toBe(fullDocument(ALICE).turns + 1);
      expect(proxy.count('PutItem')).toBe(3);
    });

    const expectNothingWritten = async (before: Record<string, unknown> | undefined): Promise<void> => {
      proxy.heal();
      await expect(itemOf(ALICE)).resolves.toEqual(before);
      expect(proxy.requests.filter((r) => r.operation === 'PutItem' && r.fault === null)).toEqual([]);
    };

    it('persistent throttling: the update rejects within the deadline and the document is exactly as it was', async () => {
      const before = await itemOf(ALICE);
      proxy.failAll('throttle');
      const started = Date.now();
      const error = await rejectionOf(countTurn(flaky, ALICE));
      expect(Date.now() - started).toBeLessThan(4000);
      expect((error as Error).name).toMatch(/ThrottlingException|StoreUnavailableError/);
      await expectNothingWritten(before);
    });

    it('persistent 500s on the write: the update rejects after the SDK’s three attempts and nothing is written', async () => {
      const before = await itemOf(ALICE);
      proxy.failAll('server-error', 'PutItem');
      const started = Date.now();
      const error = await rejectionOf(countTurn(flaky, ALICE));
      expect(Date.now() - started).toBeLessThan(4000);
      expect((error as Error).name).toBe('InternalServerError');
      expect(proxy.count('PutItem')).toBe(3);
      await expectNothingWritten(before);
    });

    it('DynamoDB not answering: each attempt is given up after 1 s, and the update at the 3 s deadline', async () => {
      const before = await itemOf(ALICE);
      proxy.failAll('hang');
      const started = Date.now();
      const error = await rejectionOf(countTurn(flaky, ALICE));
      const took = Date.now() - started;
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(took).toBeGreaterThanOrEqual(2900);
      expect(took).toBeLessThan(4000);
      expect(proxy.count('GetItem')).toBeGreaterThanOrEqual(2);
      await expectNothingWritten(before);
    });

    it('through the turn runner: a persistent failure is a spoken "say that again", and nothing changes', async () => {
      const runTurn = createTurnRunner({ store: flaky, logger: pino({ level: 'silent' }) });
      const turn = () =>
        runTurn({
          userId: ALICE,
          event: { type: 'launch' },
          context: () => ({ now: '2026-03-02T15:00:00.000Z', timeZone: 'America/Chicago', locale: 'en-US', inVehicle: false }),
          locale: 'en-US',
        });
      const before = await itemOf(ALICE);
      proxy.failAll('server-error');
      const failed = await turn();
      expect(failed.failure).toBe('error');
      expect(failed.document).toBeNull();
      expect(failed.reply.speech).toEqual([{ kind: 'text', text: prompt('en-US', 'ERROR') }]);
      expect(failed.reply.endSession).toBe(false);
      await expectNothingWritten(before);

      const next = await turn();
      expect(next.failure).toBeNull();
      expect(next.document?.turns).toBe(fullDocument(ALICE).turns + 1);
    });
  });
});
