/** The worker thread of builtNlu's trainInWorker: trains the NLU and posts what it learned. */
import { parentPort } from 'node:worker_threads';
import { trainNlu } from './nlu';

void trainNlu().then((snapshot) => parentPort?.postMessage(snapshot));
