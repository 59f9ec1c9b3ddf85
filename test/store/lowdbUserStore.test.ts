import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { newUserDocument } from '../../src/core/document';
import { createDefaultStore, LowdbUserStore, StoreBusyError, StoredDocumentError } from '../../src/store';
import { makeHungFile, releaseHungFile } from '../support/hungFile';
import { ALICE, BOB, describeUserStoreContract, fullDocument, NOW, put, versionOf } from './userStoreContract';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

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

describeUserStoreContract('LowdbUserStore', {
  make: () => new LowdbUserStore(dataDir),
  makeAnother: () => new LowdbUserStore(dataDir),
});

describe('LowdbUserStore on disk', () => {
  it('keeps each user in <dataDir>/users/<sha256 of the user id>.json, with the document and its version', async () => {
    await put(store, fullDocument(ALICE));
    await put(store, fullDocument(ALICE));
    expect(store.fileFor(ALICE)).toBe(path.join(usersDir, `${sha256(ALICE)}.json`));
    expect(await readdir(usersDir)).toEqual([`${sha256(ALICE)}.json`]);
    expect(JSON.parse(await readFile(store.fileFor(ALICE), 'utf8'))).toEqual({ version: 2, document: fullDocument(ALICE) });
    // A fresh store on the same directory sees it too: it is on disk, not only in memory.
    await expect(new LowdbUserStore(dataDir).get(ALICE)).resolves.toEqual(fullDocument(ALICE));
  });

  it('reads a file written before documents carried a version as version 0, and upgrades it on the next write', async () => {
    await writeFile(path.join(await mkdirUsers(), `${sha256(ALICE)}.json`), JSON.stringify(fullDocument(ALICE)));
    await expect(store.get(ALICE)).resolves.toEqual(fullDocument(ALICE));
    await expect(versionOf(store, ALICE)).resolves.toBe(0);
    expect(JSON.parse(await readFile(store.fileFor(ALICE), 'utf8'))).toEqual({ version: 1, document: fullDocument(ALICE) });
  });

  it('keeps a user id full of path tricks inside the users directory', async () => {
    const sneaky = '../../../etc/passwd';
    await put(store, newUserDocument(sneaky, NOW));
    expect(await readdir(usersDir)).toEqual([`${sha256(sneaky)}.json`]);
    await expect(store.get(sneaky)).resolves.toEqual(newUserDocument(sneaky, NOW));
  });

  it('reads a file edited by hand after its own write as it is now, in place or replaced, and checks it in full', async () => {
    await put(store, fullDocument(ALICE));
    const file = store.fileFor(ALICE);
    const edited = { version: 7, document: { ...fullDocument(ALICE), turns: 1234 } };
    await writeFile(file, JSON.stringify(edited));
    await expect(store.get(ALICE)).resolves.toEqual(edited.document);
    await expect(versionOf(store, ALICE)).resolves.toBe(7);

    await put(store, fullDocument(ALICE));
    await rm(file);
    await writeFile(file, JSON.stringify({ version: 9, document: { ...fullDocument(ALICE), turns: -1 } }));
    await expect(store.get(ALICE)).rejects.toThrow(/not a valid user document[\s\S]*turns/);
  });

  it('refuses to hand out a file that holds another user’s document', async () => {
    await put(store, fullDocument(BOB));
    await writeFile(store.fileFor(ALICE), await readFile(store.fileFor(BOB)));
    await expect(store.get(ALICE)).rejects.toThrow(StoredDocumentError);
    await expect(store.get(ALICE)).rejects.toThrow(store.fileFor(ALICE));
  });

  it('delete also removes a temp file left by an interrupted write', async () => {
    await put(store, fullDocument(ALICE));
    await writeFile(path.join(usersDir, `.${sha256(ALICE)}.json.tmp`), '{"half": ');
    await store.delete(ALICE);
    expect(await readdir(usersDir)).toEqual([]);
  });

  it('writes nothing at all for an invalid document of a new user', async () => {
    const invalid = { ...newUserDocument(ALICE, NOW), turns: -1 };
    await expect(put(store, invalid)).rejects.toThrow();
    const files = await stat(usersDir).then(
      () => readdir(usersDir),
      () => [],
    );
    expect(files).toEqual([]);
  });

  describe('a damaged file', () => {
    const expectUnusable = async (content: string, cause: RegExp) => {
      await put(store, fullDocument(ALICE));
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
      // Neither a read nor an update resets or rewrites it, and it keeps failing.
      await expect(put(store, fullDocument(ALICE))).rejects.toThrow(StoredDocumentError);
      await expect(store.get(ALICE)).rejects.toThrow(StoredDocumentError);
      expect(await readFile(file, 'utf8')).toBe(content);
    };

    it('that is not JSON is an error naming the file', async () => {
      await expectUnusable('garbage{{ not json', /not valid JSON/);
    });

    it('that is empty is an error, not a new user', async () => {
      await expectUnusable('', /not valid JSON/);
    });

    it('that holds JSON null is an error, not a new user', async () => {
      await expectUnusable('null', /holds no document/);
    });

    it('that fails the schema is an error naming the file and the field', async () => {
      const bad = { version: 3, document: { ...fullDocument(ALICE), turns: -1, units: 'stone' } };
      await expectUnusable(JSON.stringify(bad), /not a valid user document[\s\S]*(turns|units)/);
    });

    it('whose remembered reply is damaged is an error naming the field: the replies are checked in full on a read', async () => {
      const reply = { speech: [{ kind: 'pause', purpose: 'rest' }], reprompt: [], endSession: false, card: null, status: null, expects: null, deleteUser: false };
      const bad = { version: 3, document: { ...fullDocument(ALICE), recentTurns: [{ requestId: 'request-1', reply }] } };
      await expectUnusable(JSON.stringify(bad), /not a valid user document[\s\S]*recentTurns/);
    });

    it('of one user does not affect another user', async () => {
      await put(store, fullDocument(BOB));
      await expectUnusable('garbage', /not valid JSON/);
      await expect(store.get(BOB)).resolves.toEqual(fullDocument(BOB));
    });
  });

  it('runs one user’s operations in the order they were called', async () => {
    const first = { ...newUserDocument(ALICE, NOW), turns: 1 };
    const second = { ...newUserDocument(ALICE, NOW), turns: 2 };
    const results = await Promise.all([
      store.get(ALICE),
      put(store, first),
      store.get(ALICE),
      put(store, second),
      store.get(ALICE),
      store.delete(ALICE),
      store.get(ALICE),
      put(store, first),
      store.get(ALICE),
    ]);
    expect(results).toEqual([null, undefined, first, undefined, second, undefined, null, undefined, first]);
  });

  it('leaves no temp files after many concurrent updates of many users', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `amzn1.ask.account.user.${i}`);
    await Promise.all(ids.flatMap((id) => [put(store, newUserDocument(id, NOW)), put(store, newUserDocument(id, NOW))]));
    expect((await readdir(usersDir)).sort()).toEqual(ids.map((id) => `${sha256(id)}.json`).sort());
  });

  it('creates the data directory when it does not exist, and again if it is removed', async () => {
    const nested = new LowdbUserStore(path.join(dataDir, 'deep', 'er'));
    await put(nested, fullDocument(ALICE));
    await expect(nested.get(ALICE)).resolves.toEqual(fullDocument(ALICE));
    await rm(path.join(dataDir, 'deep'), { recursive: true });
    await put(nested, fullDocument(BOB));
    await expect(nested.get(BOB)).resolves.toEqual(fullDocument(BOB));
  });

  it('is what createDefaultStore returns', async () => {
    const fromFactory = createDefaultStore(dataDir);
    expect(fromFactory).toBeInstanceOf(LowdbUserStore);
    await put(fromFactory, fullDocument(ALICE));
    await expect(store.get(ALICE)).resolves.toEqual(fullDocument(ALICE));
  });

  describe('a user whose file hangs (a named pipe nobody writes to stands in for a hung disk)', () => {
    it('gives up within the bounded wait, never writes late, and lets the user go on once the disk answers', async () => {
      const quick = new LowdbUserStore(dataDir, { waitMs: 300 });
      await put(quick, fullDocument(BOB));
      const file = quick.fileFor(ALICE);
      makeHungFile(file);

      const started = Date.now();
      const stuck = put(quick, fullDocument(ALICE)).catch((e: unknown) => e);
      const behind = put(quick, fullDocument(ALICE)).catch((e: unknown) => e);
      expect(await stuck).toBeInstanceOf(StoreBusyError);
      expect(await behind).toBeInstanceOf(StoreBusyError);
      expect(Date.now() - started).toBeLessThan(2000);
      // Other users are not held up.
      await expect(quick.get(BOB)).resolves.toEqual(fullDocument(BOB));

      // The disk answers at last, with a document: the abandoned updates must not write over it.
      const stored = JSON.stringify({ version: 4, document: { ...fullDocument(ALICE), turns: 40 } });
      await releaseHungFile(file, stored);
      await writeFile(file, stored);
      await expect(quick.get(ALICE)).resolves.toEqual({ ...fullDocument(ALICE), turns: 40 });
      await put(quick, fullDocument(ALICE));
      await expect(versionOf(quick, ALICE)).resolves.toBe(5);
    });
  });
});

const mkdirUsers = async (): Promise<string> => {
  await (await import('node:fs/promises')).mkdir(usersDir, { recursive: true });
  return usersDir;
};
