/**
 * The embedded default store: one JSON file per user, `<dataDir>/users/<sha256 of the user id>.json`, holding
 * `{ "version": n, "document": {...} }`.
 *
 * - One file per user keeps the cost of a write independent of the number of users.
 * - The file name is the SHA-256 of the user id: Alexa ids are long and full of dots, and hashing rules out
 *   path tricks.
 * - Writes go through lowdb's TextFile, which writes a temp file and renames it over the old one, so a reader
 *   never sees half a document. The JSON is compact: a pretty-printed document is a third longer and slower to write.
 * - A document is validated before every write (the replies it remembers only as objects: documentToWriteSchema). A
 *   read looks at the file's identity first: a file this process wrote last and nobody has touched since is taken
 *   from the text it wrote, without opening it or validating it again (./ownWrites.ts); any other file is read and
 *   validated in full.
 * - Every operation on one user is queued behind the previous one across the whole process, so an update's read
 *   and write are one atomic step; different users proceed in parallel. An update that cannot get its turn within
 *   `waitMs` gives up with StoreBusyError and changes nothing.
 * - A file that is not JSON, or not a valid user document, is an error naming the file. It is never reset
 *   or overwritten by a read.
 */
import { hash } from 'node:crypto';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { TextFile } from 'lowdb/node';
import { parseDocumentToWrite, parseUserDocument, type UserDocument } from '../core/document';
import { z as sketch } from '../core/schemaSketch';
import * as z from '../core/zod';
import { InvalidDocumentError, StoreBusyError, StoredDocumentError } from './errors';
import { KeyedQueue, QueueWaitTimeout } from './keyedQueue';
import type { ChangeFunction, UpdateOptions, UserStore } from './userStore';
import { forgetFile, identityOf, ownText, wroteText } from './ownWrites';

/**
 * Shared by every store in the process and keyed by absolute file path, so two stores opened on the same
 * directory still never update one user's file at the same time (lowdb's temp file name is fixed per file).
 */
const fileQueue = new KeyedQueue();

/** Long enough for many queued turns of one user, short enough to answer inside Dialogflow's 5 s. */
export const DEFAULT_WAIT_MS = 3000;

export interface LowdbStoreOptions {
  /**
   * Longest time an operation waits for the operations of the same user queued before it; an update must also
   * have read the document by then, or it gives up without writing.
   */
  waitMs?: number;
}

interface Versioned {
  version: number;
  document: UserDocument;
}

const storedFileSchema = sketch.object({ version: sketch.int().check(sketch.gte(1)), document: sketch.unknown() });

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const requireUserId = (userId: string): void => {
  if (typeof userId !== 'string' || userId.length === 0) {
    throw new TypeError('A user id must be a non-empty string');
  }
};

/** The file's identity (./ownWrites.ts), or null when there is no file. */
const identityOfFile = async (file: string): Promise<string | null> => {
  try {
    return identityOf(await stat(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
};

const validDocument = (document: UserDocument): UserDocument => {
  const parsed = parseDocumentToWrite(document);
  if (!parsed.success) throw new InvalidDocumentError(z.prettifyError(parsed.error), { cause: parsed.error });
  return parsed.data;
};

export class LowdbUserStore implements UserStore {
  private readonly usersDir: string;
  private readonly waitMs: number;
  private usersDirReady: Promise<void> | null = null;

  constructor(dataDir: string, options: LowdbStoreOptions = {}) {
    this.usersDir = path.resolve(dataDir, 'users');
    this.waitMs = options.waitMs ?? DEFAULT_WAIT_MS;
  }

  /** The file that holds (or would hold) the user's document. */
  fileFor(userId: string): string {
    requireUserId(userId);
    const name = hash('sha256', userId, 'hex');
    return path.join(this.usersDir, `${name}.json`);
  }

  async get(userId: string): Promise<UserDocument | null> {
    return (await this.getVersioned(userId))?.document ?? null;
  }

  /** The user's document with its version, or null for a new user. */
  async getVersioned(userId: string): Promise<Versioned | null> {
    const file = this.fileFor(userId);
    return this.queued(userId, file, () => this.read(file, userId));
  }

  async update<T>(userId: string, change: ChangeFunction<T>, options: UpdateOptions = {}): Promise<T> {
    const file = this.fileFor(userId);
    const started = Date.now();
    const deadline = Math.min(started + this.waitMs, options.endsAt ?? Infinity);
    return this.queued(userId, file, () => this.readChangeWrite(userId, file, change, deadline), Math.max(0, deadline - started));
  }

  /**
   * One update, holding the user's place in the queue. A read that has not come back by the deadline (a hung
   * disk) gives the update up: it rejects with StoreBusyError at once, frees the queue for the updates behind
   * it, and never writes, even if the read comes back later. A write that has started is always waited for, so
   * two writes of one file never overlap.
   */
  private readChangeWrite<T>(userId: string, file: string, change: ChangeFunction<T>, deadline: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let phase: 'reading' | 'writing' | 'abandoned' = 'reading';
      const timer = setTimeout(() => {
        if (phase !== 'reading') return;
        phase = 'abandoned';
        reject(new StoreBusyError(userId, this.waitMs));
      }, Math.max(0, deadline - Date.now()));
      timer.unref?.();
      // One TextFile for the update's read and write: each makes a steno Writer (and its temp file's name) when built.
      const textFile = new TextFile(file);
      const apply = async (stored: Versioned | null): Promise<T> => {
        const version = stored?.version ?? 0;
        // Every read parses the file afresh, so the change may have the document as it is.
        const { next, result, unchanged } = change(stored?.document ?? null, version);
        if (unchanged) return result;
        if (next === null) {
          if (stored) await this.remove(file);
          return result;
        }
        const document = validDocument(next);
        if (document.userId !== userId) throw new InvalidDocumentError(`the document belongs to another user than ${file}`);
        await this.write(file, { version: version + 1, document }, textFile);
        return result;
      };
      this.read(file, userId, textFile)
        .then((stored) => {
          if (phase === 'abandoned') return;
          phase = 'writing';
          clearTimeout(timer);
          return apply(stored).then(resolve);
        })
        .catch((error: unknown) => {
          clearTimeout(timer);
          if (phase !== 'abandoned') reject(error instanceof Error ? error : new Error(String(error)));
        });
    });
  }

  async delete(userId: string): Promise<void> {
    const file = this.fileFor(userId);
    await this.queued(userId, file, () => this.remove(file));
  }

  private async queued<T>(userId: string, file: string, task: () => Promise<T>, waitMs = this.waitMs): Promise<T> {
    try {
      return await fileQueue.run(file, task, { waitMs });
    } catch (error) {
      if (error instanceof QueueWaitTimeout) throw new StoreBusyError(userId, error.waitedMs);
      throw error;
    }
  }

  private async remove(file: string): Promise<void> {
    forgetFile(file);
    await rm(file, { force: true });
    // A temp file left behind by an interrupted write is the user's data too.
    await rm(path.join(path.dirname(file), `.${path.basename(file)}.tmp`), { force: true });
  }

  private async read(file: string, userId: string, textFile = new TextFile(file)): Promise<Versioned | null> {
    let text: string | null;
    let data: unknown;
    let own = false;
    try {
      const identity = await identityOfFile(file);
      if (identity === null) return null;
      const kept = ownText(file, identity);
      own = kept !== null;
      text = kept ?? (await textFile.read());
      if (text === null) return null;
      data = JSON.parse(text);
    } catch (error) {
      const cause =
        error instanceof SyntaxError ? `not valid JSON (${error.message})` : `cannot be read (${messageOf(error)})`;
      throw new StoredDocumentError(file, cause, { cause: error });
    }
    if (data === null || data === false || data === 0 || data === '') throw new StoredDocumentError(file, 'the file holds no document');
    if (own && (data as Versioned).document.userId === userId) return data as Versioned;
    const envelope = storedFileSchema.safeParse(data);
    // A file written before documents carried a version holds the bare document: it is version 0.
    const version = envelope.success ? envelope.data.version : 0;
    const parsed = parseUserDocument(envelope.success ? envelope.data.document : data);
    if (!parsed.success) {
      throw new StoredDocumentError(file, `not a valid user document:\n${z.prettifyError(parsed.error)}`, {
        cause: parsed.error,
      });
    }
    if (parsed.data.userId !== userId) {
      throw new StoredDocumentError(file, 'the document belongs to a different user');
    }
    return { version, document: parsed.data };
  }

  private async write(file: string, stored: Versioned, textFile: TextFile): Promise<void> {
    const text = JSON.stringify(stored);
    // Forgotten first: a write that fails may or may not have replaced the file, so its next read validates it.
    forgetFile(file);
    await this.ensureUsersDir();
    try {
      await textFile.write(text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      // The directory went away after it was created (cleaned up by hand?): create it again, once.
      this.usersDirReady = null;
      await this.ensureUsersDir();
      await new TextFile(file).write(text);
    }
    const identity = await identityOfFile(file).catch(() => null);
    if (identity !== null) wroteText(file, identity, text);
  }

  private ensureUsersDir(): Promise<void> {
    this.usersDirReady ??= mkdir(this.usersDir, { recursive: true }).then(
      () => undefined,
      (error: unknown) => {
        this.usersDirReady = null;
        throw error;
      },
    );
    return this.usersDirReady;
  }
}
