/** A stored user document that cannot be used: unreadable, not JSON, or not a valid user document. */
export class StoredDocumentError extends Error {
  /** Where the document is: a file, or a table and key. */
  readonly file: string;

  constructor(file: string, cause: string, options?: { cause?: unknown }) {
    super(`Stored user document ${file} is unusable: ${cause}`, options);
    this.name = 'StoredDocumentError';
    this.file = file;
  }
}

/** A document handed to the store that does not match the user document schema; nothing was written. */
export class InvalidDocumentError extends Error {
  constructor(detail: string, options?: { cause?: unknown }) {
    super(`Refusing to save an invalid user document: ${detail}`, options);
    this.name = 'InvalidDocumentError';
  }
}

/** Earlier updates of the same user held it longer than the store waits; this update changed nothing. */
export class StoreBusyError extends Error {
  constructor(
    readonly userId: string,
    readonly waitedMs: number,
  ) {
    super(`The user's document stayed busy for ${waitedMs} ms; the update was not applied`);
    this.name = 'StoreBusyError';
  }
}

/**
 * The store did not answer within its deadline (slow, unreachable, or still throttling after the retries that fit).
 * The operation was abandoned; a write already sent when the deadline passed may still land, as one whole version.
 */
export class StoreUnavailableError extends Error {
  constructor(
    readonly where: string,
    readonly waitedMs: number,
    options?: { cause?: unknown },
  ) {
    super(`${where} did not answer within ${waitedMs} ms; the update was abandoned`, options);
    this.name = 'StoreUnavailableError';
  }
}

/** The lowdb data directory is held by another running process; lowdb serves one process only. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number | null,
    readonly lockFile: string,
  ) {
    super(
      `The data directory ${dataDir} is in use by ${ownerPid === null ? 'another process' : `process ${ownerPid}`} (${lockFile}). ` +
        'lowdb keeps documents for one process only: stop that process, set BACKCOACH_DATA_DIR to another directory, ' +
        'or use BACKCOACH_STORE=dynamodb to serve from more than one process.',
    );
    this.name = 'DataDirInUseError';
  }
}
