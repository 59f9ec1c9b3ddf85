/**
 * What this process last wrote to each user's file: the file's identity right after the write (inode, size, change
 * and modification times) and the text written. A read that finds the file with that identity finds the text this
 * process validated as it wrote it, so it takes the text from here: it neither opens the file nor validates it again.
 * Any other file (changed by hand, copied from another user, written by an older version or before a restart) is
 * read and validated in full. One process owns a data directory (./dataDirLock.ts), so only a hand edit changes a file
 * behind its back, and an edit changes at least one of the four.
 *
 * Shared by every store in the process, keyed by absolute path as the file queue is, and bounded by the length of
 * the texts kept: the files least recently used are forgotten first, and a forgotten file is simply read and
 * validated on its next read.
 */
import type { Stats } from 'node:fs';

/** About 16 MB of compact JSON: a few thousand drivers' documents. */
const MAX_TEXT_LENGTH = 16 * 1024 * 1024;

interface OwnWrite {
  identity: string;
  text: string;
}

const writes = new Map<string, OwnWrite>();
let keptLength = 0;

/** What changes whenever a file's content is replaced or edited in place. */
export const identityOf = (stats: Stats): string => `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;

export const forgetFile = (file: string): void => {
  const own = writes.get(file);
  if (!own) return;
  writes.delete(file);
  keptLength -= own.text.length;
};

export const wroteText = (file: string, identity: string, text: string): void => {
  forgetFile(file);
  if (text.length > MAX_TEXT_LENGTH) return;
  writes.set(file, { identity, text });
  keptLength += text.length;
  for (const oldest of writes.keys()) {
    if (keptLength <= MAX_TEXT_LENGTH) break;
    forgetFile(oldest);
  }
};

/** The text this process last wrote to the file, if the file still has the identity it had then. */
export const ownText = (file: string, identity: string): string | null => {
  const own = writes.get(file);
  if (own === undefined || own.identity !== identity) return null;
  // Most recently used goes last, so it is forgotten last.
  writes.delete(file);
  writes.set(file, own);
  return own.text;
};
