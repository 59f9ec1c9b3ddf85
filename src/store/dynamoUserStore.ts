/**
 * The store for a fleet: one DynamoDB item per user, `{ userId, version, document, writeId }`, keyed by the
 * platform's user id (`userId`, the table's partition key, a string).
 *
 * - An update reads the item with a strongly consistent GetItem and writes it back with a PutItem on condition
 *   that the version is still the one it read (`attribute_not_exists(userId)` for a new user). When another
 *   writer got there first (the driver's second device, another Lambda instance) the condition fails: the item
 *   is read again and the change, a pure function by the store contract, is computed again on the fresh
 *   document, a bounded number of times. A change that returns null deletes the item, on the same condition.
 * - Each write carries a fresh `writeId`. When a write lands but its answer is lost (the SDK then retries it and
 *   the condition fails against our own write, or the retries fail too, or the write's deadline passes), the item is
 *   read back: our `writeId` there, the update is done. A turn is never applied twice, and a turn that was stored
 *   is never reported as failed.
 * - Updates of one user through one store are queued, so a process does not race itself; the condition is what
 *   keeps processes apart.
 * - Every operation has one deadline (3 s by default, or sooner when the turn's own budget ends sooner), waiting
 *   behind the same user's earlier updates included: the turn is answered in words before Alexa or Dialogflow gives up.
 *   Past the deadline nothing more is sent and the operation rejects with StoreUnavailableError.
 * - The document is stored as gzip-compressed JSON (a binary attribute). A driver's history grows by about
 *   500 bytes per workout as a DynamoDB map and is rewritten on every turn, so an uncompressed item would cost
 *   one more write unit per two workouts on every turn and reach DynamoDB's 400 KB item limit after about
 *   800 workouts; compressed, it stays a few kilobytes after years of workouts.
 * - What is read is validated (and migrated) with the user document schema, and so is what is written (the replies it
 *   remembers only as objects then: documentToWriteSchema). An item
 *   that cannot be read as a user document is a StoredDocumentError naming the table and key; it is never reset
 *   or overwritten.
 */
import { randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from '../core/zod';
import { parseDocumentToWrite, parseUserDocument, type UserDocument } from '../core/document';
import { InvalidDocumentError, StoreBusyError, StoredDocumentError, StoreUnavailableError } from './errors';
import { KeyedQueue, QueueWaitTimeout } from './keyedQueue';
import type { ChangeFunction, UpdateOptions, UserStore } from './userStore';

/** Leaves room in Alexa's 8 s for the Settings API call (1.5 s) made before the turn, and fits Dialogflow's 5 s. */
export const DEFAULT_DYNAMO_TIMEOUT_MS = 3000;

/** At most this much of an update's time is kept after its write, to read back a write whose answer was lost. */
export const SETTLE_READ_MS = 800;

/** Writes tried before an update gives up to other writers of the same user (StoreBusyError). */
export const DEFAULT_MAX_WRITE_ATTEMPTS = 8;

export interface DynamoUserStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Longest time an operation may take, waiting behind the same user's earlier updates included. */
  timeoutMs?: number;
  maxWriteAttempts?: number;
}

interface StoredItem {
  version: number;
  document: UserDocument;
  writeId: string | null;
}

/** The write an update last sent, to recognise it if its answer was lost. */
type SentWrite<T> = { kind: 'put'; writeId: string; result: T } | { kind: 'delete'; result: T };

const requireUserId = (userId: string): void => {
  if (typeof userId !== 'string' || userId.length === 0) {
    throw new TypeError('A user id must be a non-empty string');
  }
};

const isConditionFailure = (error: unknown): boolean =>
  error instanceof Error && error.name === 'ConditionalCheckFailedException';

/**
 * A request that failed this way may still have been applied: no answer at all (a transport error, an abort) or a
 * 5xx. DynamoDB's 4xx (throttling, validation) refuse the request without applying it.
 */
const mayHaveLanded = (error: unknown): boolean => {
  if (error instanceof StoredDocumentError || error instanceof InvalidDocumentError) return false;
  const status = (error as { $metadata?: { httpStatusCode?: unknown } } | null)?.$metadata?.httpStatusCode;
  return typeof status !== 'number' || status >= 500;
};

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A short random pause before writing again, so two writers that collided do not collide again in step. */
const conflictBackoff = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(100, 5 * 2 ** attempt)));

export class DynamoUserStore implements UserStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly timeoutMs: number;
  private readonly maxWriteAttempts: number;
  private readonly queue = new KeyedQueue();

  constructor(options: DynamoUserStoreOptions) {
    this.client = options.client;
    this.tableName = options.tableName;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_DYNAMO_TIMEOUT_MS;
    this.maxWriteAttempts = options.maxWriteAttempts ?? DEFAULT_MAX_WRITE_ATTEMPTS;
  }

  /** Where the user's document is, for error messages and logs. */
  locationOf(userId: string): string {
    return `DynamoDB table ${this.tableName}, item userId=${JSON.stringify(userId)}`;
  }

  async get(userId: string): Promise<UserDocument | null> {
    requireUserId(userId);
    const stored = await this.withDeadline(this.timeoutMs, (signal) => this.read(userId, signal));
    return stored?.document ?? null;
  }

  update<T>(userId: string, change: ChangeFunction<T>, options: UpdateOptions = {}): Promise<T> {
    requireUserId(userId);
    const started = Date.now();
    const endsAt = Math.min(started + this.timeoutMs, options.endsAt ?? Infinity);
    // The time kept after the write for reading back a write whose answer was lost.
    const writeBy = endsAt - Math.min(SETTLE_READ_MS, (endsAt - started) / 4);
    return this.queued(userId, () => this.withDeadline(endsAt - Date.now(), (signal) => this.readChangeWrite(userId, change, signal, started, writeBy)), endsAt - started);
  }

  async delete(userId: string): Promise<void> {
    requireUserId(userId);
    const started = Date.now();
    await this.queued(userId, () =>
      this.withDeadline(this.timeoutMs - (Date.now() - started), async (signal) => {
        await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: { userId } }), { abortSignal: signal });
      }),
    );
  }

  /**
   * Read, change, conditional write, again while another writer gets in first. A write whose answer never came (a
   * transport error, a 5xx after the SDK's retries, or the write's own deadline) may have landed: it is settled by
   * reading the item back (our `writeId` there: done) before anything is reported, and the write is given up early
   * enough (`writeBy`) to leave that read its time.
   */
  private async readChangeWrite<T>(userId: string, change: ChangeFunction<T>, signal: AbortSignal, started: number, writeBy: number): Promise<T> {
    let sent: SentWrite<T> | null = null;
    /** The error of the write last sent, while it may have landed. */
    let inDoubt: Error | null = null;
    for (let attempt = 1; ; attempt++) {
      signal.throwIfAborted();
      let stored: StoredItem | null;
      try {
        stored = await this.read(userId, signal);
      } catch (error) {
        if (inDoubt === null || !mayHaveLanded(error) || signal.aborted) throw error;
        await conflictBackoff(attempt);
        continue;
      }
      if (sent && (sent.kind === 'put' ? stored?.writeId === sent.writeId : stored === null)) return sent.result;
      // The write never landed: its own error stands.
      if (inDoubt !== null) throw inDoubt;

      const version = stored?.version ?? 0;
      // The document was parsed from the item just now, so the change may do what it likes with it.
      const { next, result, unchanged } = change(stored?.document ?? null, version);
      signal.throwIfAborted();
      if (unchanged) return result;
      if (next === null && !stored) return result;
      if (Date.now() >= writeBy) throw new StoreUnavailableError(`DynamoDB table ${this.tableName}`, Date.now() - started);
      const writeSignal = AbortSignal.any([signal, AbortSignal.timeout(writeBy - Date.now())]);
      try {
        if (next === null) {
          sent = { kind: 'delete', result };
          if (await this.deleteIfUnchanged(userId, version, writeSignal)) return result;
        } else {
          const document = this.validForWrite(userId, next);
          const writeId = randomUUID();
          sent = { kind: 'put', writeId, result };
          if (await this.putIfUnchanged(userId, version, document, writeId, writeSignal)) return result;
        }
      } catch (error) {
        if (!mayHaveLanded(error) || signal.aborted) throw error;
        inDoubt = writeSignal.aborted || !(error instanceof Error) ? new StoreUnavailableError(`DynamoDB table ${this.tableName}`, Date.now() - started, { cause: error }) : error;
        continue;
      }
      if (attempt >= this.maxWriteAttempts) throw new StoreBusyError(userId, Date.now() - started);
      await conflictBackoff(attempt);
    }
  }

  private validForWrite(userId: string, next: UserDocument): UserDocument {
    const parsed = parseDocumentToWrite(next);
    if (!parsed.success) throw new InvalidDocumentError(z.prettifyError(parsed.error), { cause: parsed.error });
    if (parsed.data.userId !== userId) {
      throw new InvalidDocumentError(`the document belongs to another user than ${this.locationOf(userId)}`);
    }
    return parsed.data;
  }

  /** Writes the document as the version after `version`; false when another writer changed the item first. */
  private async putIfUnchanged(userId: string, version: number, document: UserDocument, writeId: string, signal: AbortSignal): Promise<boolean> {
    const item = { userId, version: version + 1, document: gzipSync(JSON.stringify(document)), writeId };
    const condition =
      version === 0
        ? { ConditionExpression: 'attribute_not_exists(userId)' }
        : { ConditionExpression: '#version = :read', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':read': version } };
    return this.conditional(() => this.client.send(new PutCommand({ TableName: this.tableName, Item: item, ...condition }), { abortSignal: signal }));
  }

  private async deleteIfUnchanged(userId: string, version: number, signal: AbortSignal): Promise<boolean> {
    const command = new DeleteCommand({
      TableName: this.tableName,
      Key: { userId },
      ConditionExpression: '#version = :read',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':read': version },
    });
    return this.conditional(() => this.client.send(command, { abortSignal: signal }));
  }

  /** Sends a conditional write: true when it was applied, false when its condition failed. */
  private async conditional(send: () => Promise<unknown>): Promise<boolean> {
    try {
      await send();
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  private async read(userId: string, signal: AbortSignal): Promise<StoredItem | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: { userId }, ConsistentRead: true }), {
      abortSignal: signal,
    });
    return Item ? this.parseItem(userId, Item) : null;
  }

  private parseItem(userId: string, item: Record<string, unknown>): StoredItem {
    const unusable = (cause: string, error?: unknown): StoredDocumentError =>
      new StoredDocumentError(this.locationOf(userId), cause, error === undefined ? undefined : { cause: error });
    const { version, document, writeId } = item;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw unusable('its version is not a whole number from 1 up');
    // A cross-realm Uint8Array (jest) fails instanceof; isView does not.
    if (!ArrayBuffer.isView(document)) throw unusable('it holds no compressed document');
    let json: string;
    try {
      json = gunzipSync(Buffer.from(document.buffer, document.byteOffset, document.byteLength)).toString('utf8');
    } catch (error) {
      throw unusable(`the document is not gzip data (${messageOf(error)})`, error);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch (error) {
      throw unusable(`the document is not valid JSON (${messageOf(error)})`, error);
    }
    const parsed = parseUserDocument(raw);
    if (!parsed.success) throw unusable(`not a valid user document:\n${z.prettifyError(parsed.error)}`, parsed.error);
    if (parsed.data.userId !== userId) throw unusable('the document belongs to a different user');
    return { version, document: parsed.data, writeId: typeof writeId === 'string' ? writeId : null };
  }

  private async queued<T>(userId: string, task: () => Promise<T>, waitMs = this.timeoutMs): Promise<T> {
    try {
      return await this.queue.run(userId, task, { waitMs: Math.max(0, waitMs) });
    } catch (error) {
      if (error instanceof QueueWaitTimeout) throw new StoreBusyError(userId, error.waitedMs);
      throw error;
    }
  }

  /**
   * Runs `task` with a signal that aborts at the deadline, and rejects at the deadline even if the SDK is
   * sleeping between retries then. Once aborted, the SDK sends nothing more.
   */
  private withDeadline<T>(ms: number, task: (signal: AbortSignal) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const controller = new AbortController();
      const timer = setTimeout(() => {
        controller.abort();
        reject(new StoreUnavailableError(`DynamoDB table ${this.tableName}`, Math.max(0, ms)));
      }, Math.max(0, ms));
      task(controller.signal).then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }
}
