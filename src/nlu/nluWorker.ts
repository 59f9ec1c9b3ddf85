/**
 * The worker thread that holds the local NLU for the server and the terminal console (see ./workerNlu.ts): it loads
 * the build's English snapshot, or trains and writes it, says it is ready, then reads the lines it is sent, each in its
 * language (another language's snapshot is loaded, or trained, with its first line).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadBuiltNlu } from './builtNlu';
import type { FromNluWorker, ToNluWorker } from './workerNlu';

const port = parentPort;
if (!port) throw new Error('nluWorker runs as a worker thread (src/nlu/workerNlu.ts starts it)');
const send = (message: FromNluWorker): void => port.postMessage(message);
const { file } = workerData as { file?: string };

loadBuiltNlu({ file }).then(
  ({ nlu, trained, saveError }) => {
    port.on('message', ({ id, text, language }: ToNluWorker) => {
      nlu.understand(text, language).then(
        (understanding) => send({ kind: 'understood', id, understanding }),
        (error: unknown) => send({ kind: 'failed', id, message: error instanceof Error ? error.message : String(error) }),
      );
    });
    send({ kind: 'ready', trained, trainingMs: nlu.trainingMs, saveError: saveError?.message });
  },
  (error: unknown) => send({ kind: 'broken', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);
