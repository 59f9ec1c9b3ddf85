import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { newUserDocument, type UserDocument } from '../../src/core/document';
import { createDefaultStore, InvalidDocumentError, LowdbUserStore, StoredDocumentError } from '../../src/store';

const ALICE = 'amzn1.ask.account.AHALICE.0123456789.abcdefghijklmnopqrstuvwxyz';
const BOB = 'amzn1.ask.account.AHBOB.9876543210.zyxwvutsrqponmlkjihgfedcba';
const NOW = '2026-03-01T12:00:00.000Z';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A document with something in every part, so a round trip that drops data is noticed. */
const fullDocument = (userId: string): UserDocument => ({
  ...newUserDocument(userId, NOW),
  units: 'lb',
  weakSide: 'left',
  weight: 25,
  timeZone: 'America/Chicago',
  safetyNoticeGiven: true,
  turns: 7,
  tests: [
    {
      kind: 'baseline',
      at: NOW,
      weight: 25,
      unit: 'lb',
      weakSide: 'left',
      weakReps: 8,
      strongReps: 12,
      gapReps: 4,
      gapPercent: 33.3,
    },
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
  lastPrompt: [
    { kind: 'text', text: 'Ready?' },
    { kind: 'pause', seconds: 1.5 },
  ],
});

let dataDir: string;
let usersDir: string;
let store: LowdbUserStore;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'backcoach-store-'));
  usersDir = path.join(dataDir, 'users');
  store = new LowdbUserStore(dataDir);
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('LowdbUserStore', () => {
  it('reads back a saved document exactly', async () => {
    const doc = fullDocument(ALICE);
    await store.save(doc);
    await expect(store.get(ALICE)).resolves.toEqual(doc);
    // A fresh store on the same directory sees it too: it is on disk, not only in memory.
    await expect(new LowdbUserStore(dataDir).get(ALICE)).resolves.toEqual(doc);
  });

  it('keeps each user in <dataDir>/users/<sha256 of the user id>.json', async () => {
    await store.save(fullDocument(ALICE));
    expect(store.fileFor(ALICE)).toBe(path.join(usersDir, `${sha256(ALICE)}.json`));
    expect(await readdir(usersDir)).toEqual([`${sha256(ALICE)}.json`]);
    expect(JSON.parse(await readFile(store.fileFor(ALICE), 'utf8'))).toEqual(fullDocument(ALICE));
  });

  it('keeps a user id full of path tricks inside the users directory', async () => {
    const sneaky = '../../../etc/passwd';
    await store.save(newUserDocument(sneaky, NOW));
    expect(await readdir(usersDir)).toEqual([`${sha256(sneaky)}.json`]);
    await expect(store.get(sneaky)).resolves.toEqual(newUserDocument(sneaky, NOW));
  });

  it('returns null for an unknown user, before and after other users exist', async () => {
    await expect(store.get(ALICE)).resolves.toBeNull();
    await store.save(fullDocument(BOB));
    await expect(store.get(ALICE)).resolves.toBeNull();
  });

  it('rejects an empty user id', async () => {
    await expect(store.get('')).rejects.toThrow(TypeError);
  });

  it('replaces the previous document on save', async () => {
    await store.save(fullDocument(ALICE));
    const next = { ...newUserDocument(ALICE, NOW), turns: 8 };
    await store.save(next);
    await expect(store.get(ALICE)).resolves.toEqual(next);
  });

  it('never lets two users see each other’s data', async () => {
    const alice = fullDocument(ALICE);
    const bob = { ...newUserDocument(BOB, NOW), units: 'kg' as const, weakSide: 'right' as const, turns: 3 };
    await Promise.all([store.save(alice), store.save(bob)]);
    await expect(store.get(ALICE)).resolves.toEqual(alice);
    await expect(store.get(BOB)).resolves.toEqual(bob);
    expect(store.fileFor(ALICE)).not.toBe(store.fileFor(BOB));

    await store.save({ ...bob, turns: 4 });
    await expect(store.get(ALICE)).resolves.toEqual(alice);
  });

  it('refuses to hand out a file that holds another user’s document', async () => {
    await store.save(fullDocument(BOB));
    await writeFile(store.fileFor(ALICE), await readFile(store.fileFor(BOB)));
    await expect(store.get(ALICE)).rejects.toThrow(StoredDocumentError);
    await expect(store.get(ALICE)).rejects.toThrow(store.fileFor(ALICE));
  });

  it('delete removes the user’s file and only theirs', async () => {
    await store.save(fullDocument(ALICE));
    await store.save(fullDocument(BOB));
    await store.delete(ALICE);
    await expect(stat(store.fileFor(ALICE))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(store.get(ALICE)).resolves.toBeNull();
    expect(await readdir(usersDir)).toEqual([`${sha256(BOB)}.json`]);
    await expect(store.get(BOB)).resolves.toEqual(fullDocument(BOB));
  });

  it('delete also removes a temp file left by an interrupted write', async () => {
    await store.save(fullDocument(ALICE));
    const temp = path.join(usersDir, `.${sha256(ALICE)}.json.tmp`);
    await writeFile(temp, '{"half": ');
    await store.delete(ALICE);
    expect(await readdir(usersDir)).toEqual([]);
  });

  it('delete of an unknown user is not an error, even before anything was stored', async () => {
    await expect(store.delete(ALICE)).resolves.toBeUndefined();
    await store.save(fullDocument(BOB));
    await expect(store.delete(ALICE)).resolves.toBeUndefined();
    await expect(store.get(BOB)).resolves.toEqual(fullDocument(BOB));
  });

  describe('a damaged file', () => {
    const expectUnusable = async (content: string, cause: RegExp) => {
      await store.save(fullDocument(ALICE));
      const file = store.fileFor(ALICE);
      await writeFile(file, content);
      const error = await store.get(ALICE).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StoredDocumentError);
      expect((error as StoredDocumentError).file).toBe(file);
      expect((error as Error).message).toContain(file);
      expect((error as Error).message).toMatch(cause);
      // The read left the file exactly as it was: no reset, no rewrite.
      expect(await readFile(file, 'utf8')).toBe(content);
      // And it keeps failing: the damage was not papered over.
      await expect(store.get(ALICE)).rejects.toThrow(StoredDocumentError);
      expect(await readFile(file, 'utf8')).toBe(content);
    };

    it('that is not JSON makes get reject with an error naming the file', async () => {
      await expectUnusable('garbage{{ not json', /not valid JSON/);
    });

    it('that is empty is an error, not a new user', async () => {
      await expectUnusable('', /not valid JSON/);
    });

    it('that holds JSON null is an error, not a new user', async () => {
      await expectUnusable('null', /holds no document/);
    });

    it('that fails the schema makes get reject with an error naming the file and the field', async () => {
      const bad = { ...fullDocument(ALICE), turns: -1, units: 'stone' };
      await expectUnusable(JSON.stringify(bad), /not a valid user document[\s\S]*(turns|units)/);
    });

    it('of one user does not affect another user', async () => {
      await store.save(fullDocument(BOB));
      await expectUnusable('garbage', /not valid JSON/);
      await expect(store.get(BOB)).resolves.toEqual(fullDocument(BOB));
    });
  });

  describe('save of an invalid document', () => {
    it('rejects and leaves the previous file intact', async () => {
      await store.save(fullDocument(ALICE));
      const before = await readFile(store.fileFor(ALICE), 'utf8');
      const invalid = { ...fullDocument(ALICE), turns: 'many', weakSide: 'middle' } as unknown as UserDocument;
      await expect(store.save(invalid)).rejects.toThrow(InvalidDocumentError);
      await expect(store.save(invalid)).rejects.toThrow(/turns|weakSide/);
      expect(await readFile(store.fileFor(ALICE), 'utf8')).toBe(before);
      await expect(store.get(ALICE)).resolves.toEqual(fullDocument(ALICE));
      expect(await readdir(usersDir)).toEqual([`${sha256(ALICE)}.json`]);
    });

    it('rejects and writes nothing for a new user', async () => {
      const invalid = { ...newUserDocument(ALICE, NOW), schemaVersion: 2 } as unknown as UserDocument;
      await expect(store.save(invalid)).rejects.toThrow(InvalidDocumentError);
      await expect(store.get(ALICE)).resolves.toBeNull();
      const exists = await stat(usersDir).then(
        async () => (await readdir(usersDir)).length > 0,
        () => false,
      );
      expect(exists).toBe(false);
    });

    it('rejects a document without a user id', async () => {
      const invalid = { ...newUserDocument(ALICE, NOW), userId: '' };
      await expect(store.save(invalid)).rejects.toThrow(InvalidDocumentError);
    });
  });

  it('stores the document as it was when save was called, not later changes to the object', async () => {
    const doc = fullDocument(ALICE);
    const saving = store.save(doc);
    doc.turns = 99;
    doc.tests.length = 0;
    await saving;
    await expect(store.get(ALICE)).resolves.toEqual(fullDocument(ALICE));
  });

  it('50 concurrent saves of one user leave one whole document, the last one queued, and no temp files', async () => {
    const base = fullDocument(ALICE);
    const docs = Array.from({ length: 50 }, (_, i) => ({
      ...base,
      turns: i + 1,
      // Sizes differ, so a torn or interleaved write could not pass for a whole document.
      lastPrompt: Array.from({ length: (i * 7) % 23 }, (_, j) => ({ kind: 'text' as const, text: `prompt ${i}.${j}` })),
    }));
    await Promise.all(docs.map((doc) => store.save(doc)));

    const onDisk = JSON.parse(await readFile(store.fileFor(ALICE), 'utf8'));
    expect(onDisk).toEqual(docs[49]);
    await expect(store.get(ALICE)).resolves.toEqual(docs[49]);
    expect(await readdir(usersDir)).toEqual([`${sha256(ALICE)}.json`]);
  });

  it('runs one user’s operations in the order they were called', async () => {
    const first = { ...newUserDocument(ALICE, NOW), turns: 1 };
    const second = { ...newUserDocument(ALICE, NOW), turns: 2 };
    const results = await Promise.all([
      store.get(ALICE),
      store.save(first),
      store.get(ALICE),
      store.save(second),
      store.get(ALICE),
      store.delete(ALICE),
      store.get(ALICE),
      store.save(first),
      store.get(ALICE),
    ]);
    expect(results).toEqual([null, undefined, first, undefined, second, undefined, null, undefined, first]);
  });

  it('keeps concurrent saves through two stores on the same directory whole', async () => {
    const other = new LowdbUserStore(dataDir);
    const docs = Array.from({ length: 20 }, (_, i) => ({ ...newUserDocument(ALICE, NOW), turns: i }));
    await Promise.all(docs.map((doc, i) => (i % 2 === 0 ? store : other).save(doc)));
    await expect(store.get(ALICE)).resolves.toEqual(docs[19]);
    expect(await readdir(usersDir)).toEqual([`${sha256(ALICE)}.json`]);
  });

  it('saves many users in parallel, each into its own file, leaving no temp files', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `amzn1.ask.account.user.${i}`);
    await Promise.all(ids.map((id, i) => store.save({ ...newUserDocument(id, NOW), turns: i })));
    const files = (await readdir(usersDir)).sort();
    expect(files).toEqual(ids.map((id) => `${sha256(id)}.json`).sort());
    for (const [i, id] of ids.entries()) {
      await expect(store.get(id)).resolves.toEqual({ ...newUserDocument(id, NOW), turns: i });
    }
  });

  it('creates the data directory when it does not exist, and again if it is removed', async () => {
    const nested = new LowdbUserStore(path.join(dataDir, 'deep', 'er'));
    await nested.save(fullDocument(ALICE));
    await expect(nested.get(ALICE)).resolves.toEqual(fullDocument(ALICE));
    await rm(path.join(dataDir, 'deep'), { recursive: true });
    await nested.save(fullDocument(BOB));
    await expect(nested.get(BOB)).resolves.toEqual(fullDocument(BOB));
  });

  it('is what createDefaultStore returns', async () => {
    const fromFactory = createDefaultStore(dataDir);
    expect(fromFactory).toBeInstanceOf(LowdbUserStore);
    await fromFactory.save(fullDocument(ALICE));
    await expect(store.get(ALICE)).resolves.toEqual(fullDocument(ALICE));
  });
});
