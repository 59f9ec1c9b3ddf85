/**
 * A snapshot file's bytes as text. A snapshot is ASCII as written (the classifier's JSON and the normalized samples),
 * and ASCII is read as one-byte text, several times faster than decoding megabytes as UTF-8; a file with any other
 * byte is decoded as UTF-8.
 */
import { isAscii } from 'node:buffer';

export const snapshotText = (bytes: Buffer): string => (isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8'));
