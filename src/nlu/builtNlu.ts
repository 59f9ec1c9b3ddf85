/**
 * The local NLU as the server, the terminal console, the build and the tests get it: each language's loaded from the
 * snapshot `npm run build` wrote (dist/understanding.nlu for English, dist/understanding-es.nlu for Spanish) when it
 * was learned from the current training data, else trained now (in seconds) and written there for the next start.
 * English is loaded at once; another language the first time a line in it is read. The server and the terminal
 * console do this in a worker thread (./workerNlu.ts), so they keep answering meanwhile.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../languages/locales';
import { nluOfLanguages } from './languageNlus';
import { nluFromSnapshot, trainNlu, type Nlu, type NluSnapshot } from './nlu';
import { decodeSnapshot, encodeSnapshot, keyOf, SnapshotFormatError } from './snapshotFormat';
import { repositoryRoot, trainingKey } from './trainingKey';

export const SNAPSHOT_NAME = 'understanding.nlu';

/** Where `npm run build` writes the English snapshot: dist/ of the repository. */
export const defaultSnapshotPath = (): string => path.join(repositoryRoot() ?? process.cwd(), 'dist', SNAPSHOT_NAME);

/** A language's snapshot beside English's: understanding.nlu is English's, understanding-es.nlu Spanish's. */
export const snapshotPathOf = (englishFile: string, language: Language): string =>
  language === 'en' ? englishFile : englishFile.replace(/(\.nlu)?$/, `-${language}.nlu`);

export interface BuiltNlu {
  nlu: Nlu;
  /** Whether it was trained now (the snapshot was missing, stale or unreadable) rather than loaded. */
  trained: boolean;
  /** Why it could not be saved, when it was trained and the snapshot could not be written. */
  saveError?: Error;
}

const readSnapshotBytes = (file: string): Buffer | null => {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
};

/** Written to a temporary name and renamed into place: a reader never sees half a snapshot. */
export const writeSnapshot = (file: string, key: string, snapshot: NluSnapshot): void => {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, encodeSnapshot({ key, snapshot }));
  renameSync(temporary, file);
};

/** The snapshot in the file when it was learned from this key; null when it is missing, stale or damaged. */
const freshSnapshot = (file: string, key: string): NluSnapshot | null => {
  const bytes = readSnapshotBytes(file);
  if (bytes === null || keyOf(bytes.toString('utf8', 0, Math.max(0, bytes.indexOf('\n')))) !== key) return null;
  try {
    return decodeSnapshot(bytes).snapshot;
  } catch (error) {
    if (error instanceof SnapshotFormatError) return null;
    throw error;
  }
};

/** How a language's NLU is learned when its snapshot will not do: nlp.js trained on the language model. */
export type Trainer = (language: Language) => Promise<NluSnapshot>;

/** One language's NLU, from its snapshot at `file` or trained now and written there. */
export const loadBuiltLanguage = async ({ file, language, train = trainNlu }: { file: string; language: Language; train?: Trainer }): Promise<BuiltNlu> => {
  const key = trainingKey(repositoryRoot(), language);
  const snapshot = freshSnapshot(file, key);
  if (snapshot) return { nlu: nluFromSnapshot(snapshot), trained: false };
  const started = performance.now();
  const learned = await train(language);
  const trainingMs = performance.now() - started;
  try {
    writeSnapshot(file, key, learned);
    return { nlu: nluFromSnapshot(learned, trainingMs), trained: true };
  } catch (error) {
    return { nlu: nluFromSnapshot(learned, trainingMs), trained: true, saveError: error as Error };
  }
};

/**
 * The NLU of every language: English's from `file` (or trained), now; another language's from its snapshot beside it
 * (or trained and written there), when a line in it is first read. What is said of training and saving is English's.
 */
export const loadBuiltNlu = async ({ file = defaultSnapshotPath(), train }: { file?: string; train?: Trainer } = {}): Promise<BuiltNlu> => {
  const english = await loadBuiltLanguage({ file, language: 'en', train });
  const other = async (language: Exclude<Language, 'en'>): Promise<Nlu> => (await loadBuiltLanguage({ file: snapshotPathOf(file, language), language, train })).nlu;
  return { ...english, nlu: nluOfLanguages(english.nlu, other) };
};
