/**
 * The embedded default store: one JSON file per user, `<dataDir>/users/<sha256 of the user id>.json`.
 *
 * - One file per user keeps the cost of a write independent of the number of users.
 * - The file name is the SHA-256 of the user id: Alexa ids are long and full of dots, and hashing rules out
 *   path tricks.
 * - Writes go through lowdb's JSONFile, which writes a temp file and renames it over the old one, so a reader
 *   never sees half a document. On top of that every operation on one user is queued behind the previous one,
 *   so a user's reads and writes never interleave; different users proceed in parallel.
 * - A file that is not JSON, or not a valid user document, is an error naming the file. It is never reset
 *   or overwritten by a read.
 */
import { createHash } from 'node:crypto';
import { access, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { z } from 'zod';
import { userDocumentSchema, type UserDocument } from '../core/document';
import { InvalidDocumentError, StoredDocumentError } from './errors';
import { KeyedQueue } from './keyedQueue';
import type { UserStore } from './userStore';

/**
 * Shared by every store in the process and keyed by absolute file path, so two stores opened on the same
 * directory still never write one user's file at the same time (lowdb's temp file name is fixed per file).
 */
const fileQueue = new KeyedQueue();

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const exists = async (file: string): Promise<boolean> => {
  try {
    await access(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
};

const requireUserId = (userId: string): void => {
  if (typeof userId !== 'string' || userId.length === 0) {
    throw new TypeError('A user id must be a non-empty string');
  }
};

export class LowdbUserStore implements UserStore {
  private readonly usersDir: string;
  private usersDirReady: Promise<void> | null = null;

  constructor(dataDir: string) {
    this.usersDir = path.resolve(dataDir, 'users');
  }

  /** The file that holds (or would hold) the user's document. */
  fileFor(userId: string): string {
    requireUserId(userId);
    const name = createHash('sha256').update(userId, 'utf8').digest('hex');
    return path.join(this.usersDir, `${name}.json`);
  }

  async get(userId: string): Promise<UserDocument | null> {
    const file = this.fileFor(userId);
    return fileQueue.run(file, () => this.read(file, userId));
  }

  async save(document: UserDocument): Promise<void> {
    // Validate (and copy) now, so neither an invalid document nor a later change by the caller reaches the disk.
    const parsed = userDocumentSchema.safeParse(document);
    if (!parsed.success) {
      throw new InvalidDocumentError(z.prettifyError(parsed.error), { cause: parsed.error });
    }
    const valid = parsed.data;
    const file = this.fileFor(valid.userId);
    await fileQueue.run(file, () => this.write(file, valid));
  }

  async delete(userId: string): Promise<void> {
    const file = this.fileFor(userId);
    await fileQueue.run(file, async () => {
      await rm(file, { force: true });
      // A temp file left behind by an interrupted write is the user's data too.
      await rm(path.join(path.dirname(file), `.${path.basename(file)}.tmp`), { force: true });
    });
  }

  private async read(file: string, userId: string): Promise<UserDocument | null> {
    const db = new Low<unknown>(new JSONFile<unknown>(file), null);
    try {
      await db.read();
    } catch (error) {
      const cause =
        error instanceof SyntaxError ? `not valid JSON (${error.message})` : `cannot be read (${messageOf(error)})`;
      throw new StoredDocumentError(file, cause, { cause: error });
    }
    if (db.data === null) {
      // lowdb reports a missing file as null, but also a file holding `null`, `false`, `0` or `""`.
      if (!(await exists(file))) return null;
      throw new StoredDocumentError(file, 'the file holds no document');
    }
    const parsed = userDocumentSchema.safeParse(db.data);
    if (!parsed.success) {
      throw new StoredDocumentError(
        file,
        `not a valid user document:\n${z.prettifyError(parsed.error)}`,
        { cause: parsed.error },
      );
    }
    if (parsed.data.userId !== userId) {
      throw new StoredDocumentError(file, 'the document belongs to a different user');
    }
    return parsed.data;
  }

  private async write(file: string, document: UserDocument): Promise<void> {
    const db = new Low<UserDocument>(new JSONFile<UserDocument>(file), document);
    await this.ensureUsersDir();
    try {
      await db.write();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      // The directory went away after it was created (cleaned up by hand?): create it again, once.
      this.usersDirReady = null;
      await this.ensureUsersDir();
      await db.write();
    }
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
