/** A stored user document that cannot be used: unreadable, not JSON, or not a valid user document. */
export class StoredDocumentError extends Error {
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
