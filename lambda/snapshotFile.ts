/**
 * A snapshot read from its open file (./understandingSnapshot.ts) by positioned reads: its head (the classifier, the
 * words and the samples' index, a sixth of the file) at once, and a block of samples when a line looks one up
 * (src/nlu/sampleLines.ts). The file stays open for the life of the process, as the NLU made from it does.
 */
import { closeSync, readSync } from 'node:fs';
import { decodeSnapshotHead, headBytesOf, SnapshotFormatError, type KeyedSnapshot } from '../src/nlu/snapshotFormat';

/** Enough for the first line of a snapshot, which says how long its head is. */
const FIRST_LINE_BYTES = 256;

/** Up to `length` bytes of the file from `position`. */
const readAt = (fd: number, position: number, length: number): Buffer => {
  const bytes = Buffer.allocUnsafe(length);
  let filled = 0;
  while (filled < length) {
    const read = readSync(fd, bytes, filled, length - filled, position + filled);
    if (read === 0) break;
    filled += read;
  }
  return bytes.subarray(0, filled);
};

export const snapshotInFile = (fd: number): KeyedSnapshot => {
  try {
    const first = readAt(fd, 0, FIRST_LINE_BYTES);
    const headBytes = headBytesOf(first) ?? 0;
    // What is not a snapshot is handed on as it starts, to be refused by name. The head is read again from the start
    // rather than joined to the first bytes: one buffer of some 400 kB, not two and a copy.
    const head = headBytes > first.length ? readAt(fd, 0, headBytes) : first;
    return decodeSnapshotHead(head, (offset, length) => readAt(fd, headBytes + offset, length));
  } catch (error) {
    closeSync(fd);
    throw error instanceof SnapshotFormatError ? error : new SnapshotFormatError(`the snapshot could not be read: ${(error as Error).message}`);
  }
};
