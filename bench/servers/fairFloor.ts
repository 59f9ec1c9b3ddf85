/**
 * The fair floor for the webhook benchmark: what any webhook that keeps a driver's progress in lowdb must do, and
 * nothing of the coach. Express parses the JSON body; the user's turns are queued one at a time (the coach's own
 * KeyedQueue); the user's file, named by the SHA-256 of the user id, is read through lowdb's JSONFile and written
 * back through it (a temporary file renamed into place), holding a document as long as the coach's file is after
 * the same turn. BENCH_DOCUMENT_BYTES is that length after each turn of the script, as a JSON array; the floor
 * counts a user's turns in the document to know which turn it is. BENCH_DATA_DIR is where the files go.
 * Prints "listening on <url>" once it listens.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { JSONFile } from 'lowdb/node';
import { KeyedQueue } from '../../src/store/keyedQueue';

interface FloorDocument {
  userId: string;
  turns: number;
  filler: string;
}

const sizes = JSON.parse(process.env.BENCH_DOCUMENT_BYTES ?? '[]') as number[];
const usersDir = path.resolve(process.env.BENCH_DATA_DIR ?? './data', 'users');
mkdirSync(usersDir, { recursive: true });
const queue = new KeyedQueue();
const ANSWER = { fulfillmentText: 'Okay. Are you ready for your first set?' };

/** A document that lowdb writes (pretty-printed, as JSONFile does) in `bytes` bytes, give or take a few. */
const documentOf = (userId: string, turns: number, bytes: number): FloorDocument => {
  const bare = JSON.stringify({ userId, turns, filler: '' }, null, 2).length;
  return { userId, turns, filler: 'x'.repeat(Math.max(0, bytes - bare)) };
};

const app = express();
app.disable('x-powered-by');
app.use(express.json());
app.post('/dialogflow', (req, res, next) => {
  const userId = String((req.body as { originalDetectIntentRequest?: { payload?: { userId?: unknown } } }).originalDetectIntentRequest?.payload?.userId);
  const name = path.join(usersDir, `${createHash('sha256').update(userId).digest('hex')}.json`);
  const file = new JSONFile<FloorDocument>(name);
  queue
    .run(name, async () => {
      const stored = await file.read();
      const turns = (stored?.turns ?? 0) + 1;
      // The script's last turn repeats for users past its end, as the coach's document keeps its size then.
      await file.write(documentOf(userId, turns, sizes[Math.min(turns, sizes.length) - 1] ?? 0));
    })
    .then(() => res.json(ANSWER), next);
});

const server = app.listen(0, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
