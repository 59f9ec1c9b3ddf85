/**
 * The snapshots the build copies beside the Lambda's NLU file (understanding.nlu, English's, and understanding-es.nlu,
 * Spanish's; see src/nlu/snapshotFormat.ts), read on libuv's thread pool: the handler starts reading English's before
 * it requires understanding.js, so the read and the compiling of the NLU's code overlap. Null when the file is absent.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Language } from '../src/languages/locales';

export const SNAPSHOT_FILE = 'understanding.nlu';

/** A language's snapshot file: understanding.nlu for English, understanding-es.nlu for Spanish. */
export const snapshotFileOf = (language: Language): string => (language === 'en' ? SNAPSHOT_FILE : `understanding-${language}.nlu`);

export const readUnderstandingSnapshot = async (dir: string = __dirname, language: Language = 'en'): Promise<Buffer | null> => {
  try {
    return await readFile(join(dir, snapshotFileOf(language)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
};
