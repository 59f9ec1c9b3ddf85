/**
 * The fair floor for the webhook benchmark: what any webhook that keeps a driver's progress in lowdb must do, and
 * nothing of the coach. Express parses the JSON body; the user's turns are queued one at a time (the coach's own
 * KeyedQueue); the user's file, named by the SHA-256 of the user id, is read through lowdb and written back through it
 * (a temporary file renamed into place), as compact JSON as the coach's store writes it. What it writes after a user's
 * n-th turn is the coach's own document after the same turn, under this user's id, with a version as the coach's file
 * has: the same JSON to parse and to write as the coach's store, with none of the coach's checks or changes.
 * BENCH_DOCUMENTS names a JSON file holding those documents, one for each turn of the script; BENCH_DATA_DIR is where
 * the users' files go. Prints "listening on <url>" once it listens.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { DataFile } from 'lowdb/node';
import { KeyedQueue } from '../../src/store/keyedQueue';

interface FloorFile {
  version: number;
  document: Record<string, unknown>;
}

if (!process.env.BENCH_DOCUMENTS) throw new Error('BENCH_DOCUMENTS must name the file of the documents to write');
const documents = JSON.parse(readFileSync(process.env.BENCH_DOCUMENTS, 'utf8')) as Record<string, unknown>[];
if (documents.length === 0) throw new Error(`${process.env.BENCH_DOCUMENTS} holds no documents`);
const usersDir = path.resolve(process.env.BENCH_DATA_DIR ?? './data', 'users');
mkdirSync(usersDir, { recursive: true });
const queue = new KeyedQueue();
const ANSWER = { fulfillmentText: 'Okay. Are you ready for your first set?' };
const compact = { parse: JSON.parse, stringify: (data: FloorFile) => JSON.stringify(data) };

const app = express();
app.disable('x-powered-by');
app.use(express.json());
app.post('/dialogflow', (req, res, next) => {
  const userId = String((req.body as { originalDetectIntentRequest?: { payload?: { userId?: unknown } } }).originalDetectIntentRequest?.payload?.userId);
  const name = path.join(usersDir, `${createHash('sha256').update(userId).digest('hex')}.json`);
  const file = new DataFile<FloorFile>(name, compact);
  queue
    .run(name, async () => {
      const version = ((await file.read())?.version ?? 0) + 1;
      // The script's last turn repeats for users past its end, as the coach's document keeps its size then.
      await file.write({ version, document: { ...documents[Math.min(version, documents.length) - 1], userId } });
    })
    .then(() => res.json(ANSWER), next);
});

const server = app.listen(0, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
