/**
 * The local NLU as the server, the terminal console, the build and the tests get it: loaded from the snapshot
 * `npm run build` wrote (dist/understanding.nlu) when it was learned from the current training data, else trained
 * now and written there for the next start. Training takes seconds; a host that must keep answering meanwhile trains
 * in a worker thread (./trainWorker.ts), so only the lines that need the NLU wait for it.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { nluFromSnapshot, trainNlu, type Nlu, type NluSnapshot } from './nlu';
import { decodeSnapshot, encodeSnapshot, keyOf, SnapshotFormatError } from './snapshotFormat';
import { repositoryRoot, trainingKey } from './trainingKey';

export const SNAPSHOT_NAME = 'understanding.nlu';

/** Where `npm run build` writes the snapshot: dist/ of the repository. */
export const defaultSnapshotPath = (): string => path.join(repositoryRoot() ?? process.cwd(), 'dist', SNAPSHOT_NAME);

/** Trains the NLU and gives what it learned; in this thread or in a worker. */
export type Trainer = () => Promise<NluSnapshot>;

export const trainHere: Trainer = trainNlu;

/**
 * A worker running trainWorker: the bundled file beside this one (dist/), or the TypeScript source through tsx's
 * require hook when this code runs from source (tsx or jest), since a worker does not inherit the parent's loader.
 */
const trainingWorker = (): Worker => {
  if (!__filename.endsWith('.ts')) return new Worker(path.join(__dirname, 'trainWorker.js'));
  const source = path.join(__dirname, 'trainWorker.ts');
  const tsx = require.resolve('tsx/cjs/api');
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`, { eval: true });
};

/** Trains in a worker thread, so this thread keeps answering meanwhile. */
export const trainInWorker: Trainer = () =>
  new Promise((resolve, reject) => {
    const worker = trainingWorker();
    worker.once('message', (snapshot: NluSnapshot) => {
      resolve(snapshot);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the NLU's training worker stopped (exit code ${code}) before it was done`)));
  });

export interface BuiltNlu {
  nlu: Nlu;
  /** Whether it was trained now (the snapshot was missing, stale or unreadable) rather than loaded. */
  trained: boolean;
  /** Why it could not be saved, when it was trained and the snapshot could not be written. */
  saveError?: Error;
}

const readSnapshotText = (file: string): string | null => {
  try {
    return readFileSync(file, 'utf8');
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
  const text = readSnapshotText(file);
  if (text === null || keyOf(text.slice(0, text.indexOf('\n'))) !== key) return null;
  try {
    return decodeSnapshot(text).snapshot;
  } catch (error) {
    if (error instanceof SnapshotFormatError) return null;
    throw error;
  }
};

export const loadBuiltNlu = async ({ file = defaultSnapshotPath(), train = trainHere }: { file?: string; train?: Trainer } = {}): Promise<BuiltNlu> => {
  const key = trainingKey();
  const snapshot = freshSnapshot(file, key);
  if (snapshot) return { nlu: nluFromSnapshot(snapshot), trained: false };
  const started = performance.now();
  const learned = await train();
  const trainingMs = performance.now() - started;
  try {
    writeSnapshot(file, key, learned);
    return { nlu: nluFromSnapshot(learned, trainingMs), trained: true };
  } catch (error) {
    return { nlu: nluFromSnapshot(learned, trainingMs), trained: true, saveError: error as Error };
  }
};
