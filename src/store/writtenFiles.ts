/**
 * What this process last wrote to each user's file, as a digest of the file's text. A read whose text has that digest
 * reads back a document this process validated as it wrote it, so it is not validated again; any other text (a file
 * changed by hand, copied from another user, written by an older version) is validated in full. Shared by every store
 * in the process, keyed by absolute path as the file queue is, and bounded: the files least recently used are
 * forgotten first, and a forgotten file is simply validated on its next read.
 */
import { hash } from 'node:crypto';

const MAX_FILES = 10_000;

const digests = new Map<string, string>();

export const digestOf = (text: string): string => hash('sha256', text, 'base64');

export const wroteText = (file: string, digest: string): void => {
  digests.delete(file);
  digests.set(file, digest);
  if (digests.size > MAX_FILES) digests.delete(digests.keys().next().value as string);
};

export const forgetFile = (file: string): void => {
  digests.delete(file);
};

/** Whether the text is what this process last wrote to the file. */
export const isOwnWrite = (file: string, digest: string): boolean => {
  const own = digests.get(file);
  if (own === undefined || own !== digest) return false;
  // Most recently used goes last, so it is forgotten last.
  digests.delete(file);
  digests.set(file, own);
  return true;
};
