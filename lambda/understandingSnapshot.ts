/**
 * The snapshots the build copies beside the Lambda's NLU file (understanding.nlu, English's, and understanding-es.nlu,
 * Spanish's; see src/nlu/snapshotFormat.ts), opened on libuv's thread pool: the handler starts opening English's before
 * it requires understanding.js, which reads it (./snapshotFile.ts). Null when the file is absent.
 */
import { open } from 'node:fs';
import type { Language } from '../src/languages/locales';

/** A language's snapshot file: understanding.nlu for English, understanding-es.nlu for Spanish. */
export const snapshotFileOf = (language: Language): string => `understanding${language === 'en' ? '' : `-${language}`}.nlu`;

/** The snapshot's file descriptor, or null when there is no such file. */
export const openUnderstandingSnapshot = (dir: string = __dirname, language: Language = 'en'): Promise<number | null> =>
  new Promise((resolve, reject) =>
    open(`${dir}/${snapshotFileOf(language)}`, 'r', (error, fd) => (!error ? resolve(fd) : error.code === 'ENOENT' ? resolve(null) : reject(error))),
  );
