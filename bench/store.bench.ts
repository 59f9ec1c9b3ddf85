/**
 * The default store's latency: `update` for one user when the store holds 10 users vs 5,000 users (the cost of a
 * write must not grow with the number of users), and `get`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { newUserDocument, type UserDocument } from '../src/core/document';
import { LowdbUserStore } from '../src/store/lowdbUserStore';

/** Replaces the user's document, as one turn's update does. */
const put = (store: LowdbUserStore, doc: UserDocument): Promise<void> => store.update(doc.userId, () => ({ next: doc, result: undefined }));

const SAMPLES = 500;
const WARMUP = 50;
const NOW = '2026-03-01T12:00:00.000Z';

const userId = (i: number) => `amzn1.ask.account.BENCH${String(i).padStart(6, '0')}.AEXAMPLEEXAMPLEEXAMPLE`;

/** A document of a realistic size: a few weeks of workouts. */
const documentFor = (id: string, turns: number): UserDocument => ({
  ...newUserDocument(id, NOW),
  units: 'lb',
  weakSide: 'left',
  weight: 25,
  safetyNoticeGiven: true,
  turns,
  workouts: Array.from({ length: 12 }, () => ({
    startedAt: NOW,
    finishedAt: NOW,
    completed: true,
    weight: 25,
    unit: 'lb' as const,
    weakSide: 'left' as const,
    sets: (['row', 'pulldown', 'carry'] as const).flatMap((exercise) =>
      [1, 2, 3].map((set) => ({ exercise, set, weak: 10, strong: 12, formLost: false })),
    ),
    finisherReps: 6,
    skipped: [],
    stoppedForPain: [],
  })),
});

const populate = async (store: LowdbUserStore, users: number): Promise<void> => {
  const batch = 100;
  for (let start = 0; start < users; start += batch) {
    const ids = Array.from({ length: Math.min(batch, users - start) }, (_, k) => userId(start + k));
    await Promise.all(ids.map((id) => put(store, documentFor(id, 0))));
  }
};

const time = async (fn: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};

const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((sum, x) => sum + x, 0) / samples.length;
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
  return { mean, p95 };
};

const ms = (x: number) => `${x.toFixed(3)} ms`;

export async function run(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'backcoach-store-bench-'));
  try {
    const small = new LowdbUserStore(path.join(root, 'small'));
    const large = new LowdbUserStore(path.join(root, 'large'));
    const populateMs = await time(async () => {
      await populate(small, 10);
      await populate(large, 5000);
    });

    const subject = userId(3);
    for (let i = 0; i < WARMUP; i += 1) {
      await put(small, documentFor(subject, i));
      await put(large, documentFor(subject, i));
      await small.get(subject);
      await large.get(subject);
    }

    // Interleaved, so drift in the machine's load affects both sizes alike.
    const saveSmall: number[] = [];
    const saveLarge: number[] = [];
    const getSmall: number[] = [];
    const getLarge: number[] = [];
    for (let i = 0; i < SAMPLES; i += 1) {
      const doc = documentFor(subject, i);
      saveSmall.push(await time(() => put(small, doc)));
      saveLarge.push(await time(() => put(large, doc)));
      getSmall.push(await time(() => small.get(subject)));
      getLarge.push(await time(() => large.get(subject)));
    }

    const rows = [
      ['update, store of 10 users', summary(saveSmall)],
      ['update, store of 5,000 users', summary(saveLarge)],
      ['get, store of 10 users', summary(getSmall)],
      ['get, store of 5,000 users', summary(getLarge)],
    ] as const;
    const docBytes = Buffer.byteLength(JSON.stringify(documentFor(subject, 0), null, 2));
    console.log(`\nLowdbUserStore (${SAMPLES} samples each, one user, ~${docBytes} byte document)`);
    console.log(`  populated 5,010 users in ${(populateMs / 1000).toFixed(1)} s`);
    for (const [label, { mean, p95 }] of rows) {
      console.log(`  ${label.padEnd(28)} mean ${ms(mean).padStart(10)}   p95 ${ms(p95).padStart(10)}`);
    }
    const ratio = summary(saveLarge).mean / summary(saveSmall).mean;
    console.log(`  update mean, 5,000 vs 10 users: x${ratio.toFixed(2)}`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
