/**
 * What every UserStore must do, run against each implementation with `describeUserStoreContract`. The store is
 * used only through its contract (get / update / delete), as the turn runner uses it.
 */
import { newUserDocument, type UserDocument } from '../../src/core/document';
import { InvalidDocumentError } from '../../src/store';
import type { UserStore } from '../../src/store/userStore';

export const ALICE = 'amzn1.ask.account.AHALICE.0123456789.abcdefghijklmnopqrstuvwxyz';
export const BOB = 'amzn1.ask.account.AHBOB.9876543210.zyxwvutsrqponmlkjihgfedcba';
export const NOW = '2026-03-01T12:00:00.000Z';

/** A document with something in every part, so a round trip that drops data is noticed. */
export const fullDocument = (userId: string): UserDocument => ({
  ...newUserDocument(userId, NOW),
  units: 'lb',
  weakSide: 'left',
  weight: 25,
  timeZone: 'America/Chicago',
  safetyNoticeGiven: true,
  turns: 7,
  tests: [
    { kind: 'baseline', at: NOW, weight: 25, unit: 'lb', weakSide: 'left', weakReps: 8, strongReps: 12, gapReps: 4, gapPercent: 33.3 },
  ],
  workouts: [
    {
      startedAt: NOW,
      finishedAt: '2026-03-01T12:20:00.000Z',
      completed: true,
      weight: 25,
      unit: 'lb',
      weakSide: 'left',
      sets: [{ exercise: 'row', set: 1, weak: 10, strong: 10, formLost: false }],
      finisherReps: 6,
      skipped: ['carry'],
      stoppedForPain: [],
    },
  ],
  painLog: [{ at: NOW, during: 'row' }],
  weightChanges: [{ at: NOW, from: null, to: 25, reason: 'test' }],
  activity: { kind: 'onboarding', step: 'weakSide' },
  pending: { kind: 'confirmCount', value: 9 },
});

/** Stores a document as the whole of the user's data. */
export const put = (store: UserStore, doc: UserDocument): Promise<void> =>
  store.update(doc.userId, () => ({ next: doc, result: undefined }));

/** The version the store hands to the next update (which writes the document back unchanged, as version + 1). */
export const versionOf = (store: UserStore, userId: string): Promise<number> =>
  store.update(userId, (current, version) => ({ next: current, result: version }));

/** One turn as the runner takes it: read, count one more turn, write. */
const countTurn = (store: UserStore, userId: string): Promise<number> =>
  store.update(userId, (current) => {
    const doc = current ?? newUserDocument(userId, NOW);
    doc.turns += 1;
    return { next: doc, result: doc.turns };
  });

export interface ContractOptions {
  /** A fresh, empty store. */
  make(): Promise<UserStore> | UserStore;
  /** A second store on the same data, when the implementation can have several (several processes, hosts). */
  makeAnother?(): Promise<UserStore> | UserStore;
}

export const describeUserStoreContract = (name: string, options: ContractOptions): void => {
  describe(`${name}: the UserStore contract`, () => {
    let store: UserStore;
    beforeEach(async () => {
      store = await options.make();
    });

    it('has no document for a user it has never seen', async () => {
      await expect(store.get(ALICE)).resolves.toBeNull();
      await put(store, fullDocument(BOB));
      await expect(store.get(ALICE)).resolves.toBeNull();
    });

    it('reads back a stored document exactly', async () => {
      await put(store, fullDocument(ALICE));
      await expect(store.get(ALICE)).resolves.toEqual(fullDocument(ALICE));
    });

    it('hands an update the stored document and its version, and returns what the update returns', async () => {
      const seen: [UserDocument | null, number][] = [];
      const first = await store.update(ALICE, (current, version) => {
        seen.push([current, version]);
        return { next: fullDocument(ALICE), result: 'stored' };
      });
      expect(first).toBe('stored');
      await store.update(ALICE, (current, version) => {
        seen.push([current, version]);
        return { next: { ...fullDocument(ALICE), turns: 8 }, result: undefined };
      });
      await store.update(ALICE, (current, version) => {
        seen.push([current, version]);
        return { next: current, result: undefined };
      });
      expect(seen.map(([doc, version]) => [doc?.turns ?? null, version])).toEqual([
        [null, 0],
        [7, 1],
        [8, 2],
      ]);
    });

    it('never lets a change to the object handed to an update reach the store unless it is returned', async () => {
      await put(store, fullDocument(ALICE));
      await expect(
        store.update(ALICE, (current) => {
          if (current) current.turns = 99;
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      await expect(store.get(ALICE)).resolves.toEqual(fullDocument(ALICE));
    });

    it('an update that returns null deletes the user, and only that user', async () => {
      await put(store, fullDocument(ALICE));
      await put(store, fullDocument(BOB));
      await store.update(ALICE, () => ({ next: null, result: undefined }));
      await expect(store.get(ALICE)).resolves.toBeNull();
      await expect(store.get(BOB)).resolves.toEqual(fullDocument(BOB));
      await expect(versionOf(store, ALICE)).resolves.toBe(0);
    });

    it('delete removes the user and only them; an unknown user is not an error', async () => {
      await expect(store.delete(ALICE)).resolves.toBeUndefined();
      await put(store, fullDocument(ALICE));
      await put(store, fullDocument(BOB));
      await store.delete(ALICE);
      await expect(store.get(ALICE)).resolves.toBeNull();
      await expect(store.get(BOB)).resolves.toEqual(fullDocument(BOB));
    });

    it('never lets two users see each other’s data', async () => {
      const bob = { ...newUserDocument(BOB, NOW), units: 'kg' as const, weakSide: 'right' as const, turns: 3 };
      await Promise.all([put(store, fullDocument(ALICE)), put(store, bob)]);
      await expect(store.get(ALICE)).resolves.toEqual(fullDocument(ALICE));
      await expect(store.get(BOB)).resolves.toEqual(bob);
    });

    it('refuses an invalid document and keeps the previous one', async () => {
      await put(store, fullDocument(ALICE));
      const invalid = { ...fullDocument(ALICE), turns: 'many', weakSide: 'middle' } as unknown as UserDocument;
      await expect(put(store, invalid)).rejects.toThrow(InvalidDocumentError);
      await expect(put(store, invalid)).rejects.toThrow(/turns|weakSide/);
      await expect(store.get(ALICE)).resolves.toEqual(fullDocument(ALICE));
      await expect(versionOf(store, ALICE)).resolves.toBe(1);
    });

    it('refuses a document whose remembered turn holds no reply, and keeps the previous one', async () => {
      await put(store, fullDocument(ALICE));
      const invalid = { ...fullDocument(ALICE), recentTurns: [{ requestId: 'request-1', reply: 'hello' }] } as unknown as UserDocument;
      await expect(put(store, invalid)).rejects.toThrow(InvalidDocumentError);
      await expect(store.get(ALICE)).resolves.toEqual(fullDocument(ALICE));
    });

    it('refuses an invalid document for a new user and stores nothing', async () => {
      const invalid = { ...newUserDocument(ALICE, NOW), schemaVersion: 99 } as unknown as UserDocument;
      await expect(put(store, invalid)).rejects.toThrow(InvalidDocumentError);
      await expect(store.get(ALICE)).resolves.toBeNull();
    });

    it('refuses to store a document under another user’s id', async () => {
      await expect(store.update(ALICE, () => ({ next: fullDocument(BOB), result: undefined }))).rejects.toThrow(InvalidDocumentError);
      await expect(store.get(ALICE)).resolves.toBeNull();
      await expect(store.get(BOB)).resolves.toBeNull();
    });

    it('rejects an empty user id', async () => {
      await expect(store.get('')).rejects.toThrow(TypeError);
    });

    it('applies 50 concurrent updates of one user, each on top of the one before: none is lost', async () => {
      const results = await Promise.all(Array.from({ length: 50 }, () => countTurn(store, ALICE)));
      expect([...results].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      expect((await store.get(ALICE))?.turns).toBe(50);
      await expect(versionOf(store, ALICE)).resolves.toBe(50);
    });

    it('runs concurrent updates of many users, each into its own document', async () => {
      const ids = Array.from({ length: 20 }, (_, i) => `amzn1.ask.account.user.${i}`);
      await Promise.all(ids.flatMap((id) => [countTurn(store, id), countTurn(store, id), countTurn(store, id)]));
      for (const id of ids) expect((await store.get(id))?.turns).toBe(3);
    });

    if (options.makeAnother) {
      it('keeps concurrent updates through two stores on the same data whole', async () => {
        const other = await options.makeAnother!();
        await Promise.all(Array.from({ length: 30 }, (_, i) => countTurn(i % 2 === 0 ? store : other, ALICE)));
        expect((await store.get(ALICE))?.turns).toBe(30);
      });
    }
  });
};
