/**
 * The local NLU of the server and the terminal console, held by a worker thread (./nluWorker.ts): loading it, or
 * training it when the build's snapshot is missing or stale, never holds up this thread, so the server answers from
 * the moment it listens. A line sent before it is ready waits for it; none is dropped. When the worker fails, the
 * lines waiting are refused with the error and the next line starts a new one.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { plainCopy } from '../core/plainCopy';
import type { Language } from '../languages/locales';
import type { Logger } from '../log';
import type { NluHost, NluStatus } from './loadOnce';
import type { Nlu, Understanding } from './nlu';

export type { NluHost, NluStatus };

export type ToNluWorker = { id: number; text: string; language: Language };
export type FromNluWorker =
  | { kind: 'ready'; trained: boolean; trainingMs: number; saveError?: string }
  | { kind: 'understood'; id: number; understanding: Understanding }
  | { kind: 'failed'; id: number; message: string }
  | { kind: 'broken'; message: string };

/**
 * The bundled worker beside this file (dist/ when bundled), or the TypeScript source through tsx's require hook when
 * this code runs from source (tsx or jest): a worker does not inherit its parent's loader.
 */
const startWorker = (file: string | undefined): Worker => {
  if (!__filename.endsWith('.ts')) return new Worker(path.join(__dirname, 'nluWorker.js'), { workerData: { file } });
  const source = path.join(__dirname, 'nluWorker.ts');
  const tsx = require.resolve('tsx/cjs/api');
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`, { eval: true, workerData: { file } });
};

/** The lines understood most recently, so the ones drivers say again and again ("yes", "go", "twelve") skip the trip to the worker. */
const LINES_REMEMBERED = 1000;

type Ask = (text: string, language: Language) => Promise<Understanding>;

/**
 * What the worker's NLU made of each line, kept for the next time the same line comes (the NLU is the same until its
 * worker is replaced, and a new worker starts with nothing remembered). Lines live only in this process's memory and
 * the least recently said are forgotten first; each caller gets its own copy. An understanding is plain data (it came
 * through the worker's message port), so a plain copy does: structuredClone took 1.5% of the server's main thread
 * under the webhook benchmark's load.
 */
const rememberLines = (ask: Ask): Ask => {
  const understood = new Map<string, Understanding>();
  return async (text, language) => {
    // "no" and "once" are lines of both languages, read by each its own way.
    const line = `${language}\n${text}`;
    const known = understood.get(line);
    if (known) {
      understood.delete(line);
      understood.set(line, known);
      return plainCopy(known);
    }
    const understanding = await ask(text, language);
    understood.set(line, plainCopy(understanding));
    if (understood.size > LINES_REMEMBERED) understood.delete(understood.keys().next().value as string);
    return understanding;
  };
};

export const nluInWorker = ({ file, logger }: { file?: string; logger: Logger }): NluHost => {
  let status: NluStatus = 'loading';
  let current: Promise<Nlu> | null = null;

  const start = (): Promise<Nlu> =>
    new Promise((resolve, reject) => {
      status = 'loading';
      const worker = startWorker(file);
      const waiting = new Map<number, { resolve: (u: Understanding) => void; reject: (e: Error) => void }>();
      let next = 0;
      let ready = false;
      // The worker keeps the process alive only while it loads or a line waits for it.
      const settle = (id: number): void => {
        waiting.delete(id);
        if (waiting.size === 0) worker.unref();
      };
      const stopped = (error: Error): void => {
        status = 'failed';
        current = null;
        for (const line of waiting.values()) line.reject(error);
        waiting.clear();
        worker.unref();
        if (!ready) reject(error);
      };
      const ask: Ask = (text, language) =>
        new Promise((resolveLine, rejectLine) => {
          const id = next++;
          waiting.set(id, { resolve: resolveLine, reject: rejectLine });
          worker.ref();
          worker.postMessage({ id, text, language } satisfies ToNluWorker);
        });
      const remembered = rememberLines(ask);
      const nlu = (trainingMs: number): Nlu => ({ trainingMs, understand: (text, language = 'en') => remembered(text, language) });
      worker.on('message', (message: FromNluWorker) => {
        switch (message.kind) {
          case 'ready':
            ready = true;
            status = 'ready';
            worker.unref();
            if (message.trained) logger.info({ ms: Math.round(message.trainingMs) }, 'local NLU trained: its snapshot was missing or stale');
            if (message.saveError) logger.warn({ reason: message.saveError }, 'the local NLU could not be saved; the next start trains it again');
            resolve(nlu(message.trainingMs));
            break;
          case 'understood':
            waiting.get(message.id)?.resolve(message.understanding);
            settle(message.id);
            break;
          case 'failed':
            waiting.get(message.id)?.reject(new Error(message.message));
            settle(message.id);
            break;
          case 'broken':
            stopped(new Error(`the local NLU could not be loaded: ${message.message}`));
            void worker.terminate();
            break;
        }
      });
      worker.on('error', stopped);
      worker.on('exit', (code) => stopped(new Error(`the local NLU's worker stopped (exit code ${code})`)));
    });

  return { nlu: () => (current ??= start()), status: () => status };
};
