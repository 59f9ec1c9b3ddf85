/**
 * The snapshot the build copies beside the Lambda's NLU file (understanding.nlu, see src/nlu/snapshotFormat.ts), read
 * on libuv's thread pool: the handler starts reading it before it requires understanding.js, so the read and the
 * compiling of the NLU's code overlap. Null when the file is absent.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const SNAPSHOT_FILE = 'understanding.nlu';

export const readUnderstandingSnapshot = async (dir: string = __dirname): Promise<Buffer | null> => {
  try {
    return await readFile(join(dir, SNAPSHOT_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
};
