/**
 * The lowdb store's cost per turn as the number of users grows: one update (read, change, validate, write) of a
 * user in a directory holding 1,000, 10,000 and 100,000 users. The directories are filled by writing the files
 * directly, in the store's own format, with small documents for the crowd; the measured users hold a few weeks of
 * workouts. The three sizes are measured in turn, round after round, so the machine's drift touches them alike.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { newUserDocument, type UserDocument } from '../src/core/document';
import { LowdbUserStore } from '../src/store/lowdbUserStore';
import { figure, median, ms, percentile, printFigure, sorted, type Figure } from './report';

const SIZES = [1_000, 10_000, 100_000];
const SUBJECTS = 50;
const ROUNDS = 600;
const RATIO_TARGET = 1.1;
const NOW = '2026-03-02T13:00:00.000Z';

const userId = (i: number): string => `amzn1.ask.account.SCALE${String(i).padStart(7, '0')}`;

/** A user a few weeks in: a baseline test and twelve finished workouts. */
const documentOf = (id: string): UserDocument => ({
  ...newUserDocument(id, NOW),
  units: 'lb',
  weakSide: 'left',
  weight: 25,
  timeZone: 'America/Chicago',
  safetyNoticeGiven: true,
  turns: 300,
  tests: [{ kind: 'baseline', at: NOW, weight: 25, unit: 'lb', weakSide: 'left', weakReps: 9, strongReps: 13, gapReps: 4, gapPercent: 31 }],
  workouts: Array.from({ length: 12 }, () => ({
    startedAt: NOW,
    finishedAt: NOW,
    completed: true,
    weight: 25,
    unit: 'lb' as const,
    weakSide: 'left' as const,
    sets: (['row', 'pulldown', 'carry'] as const).flatMap((exercise) => [1, 2, 3].map((set) => ({ exercise, set, weak: 10, strong: 12, formLost: false }))),
    finisherReps: 6,
    skipped: [],
    stoppedForPain: [],
  })),
});

/** Writes the users' files as the store writes them (`{ version, document }`, pretty-printed), many at a time. */
const populate = async (store: LowdbUserStore, ids: readonly string[], documentFor: (id: string) => UserDocument): Promise<void> => {
  const inFlight = 64;
  for (let start = 0; start < ids.length; start += inFlight) {
    await Promise.all(
      ids.slice(start, start + inFlight).map((id) => writeFile(store.fileFor(id), JSON.stringify({ version: 1, document: documentFor(id) }, null, 2))),
    );
  }
};

/** One turn's worth of store work: the user's document read, changed and written back. */
const oneTurn = (store: LowdbUserStore, id: string): Promise<void> =>
  store.update(id, (doc) => ({ next: doc ? { ...doc, turns: doc.turns + 1 } : null, result: undefined }));

export async function run(): Promise<Figure[]> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'backcoach-bench-scale-'));
  try {
    const started = performance.now();
    const stores = await Promise.all(
      SIZES.map(async (size) => {
        const store = new LowdbUserStore(path.join(root, String(size)));
        await mkdir(path.dirname(store.fileFor(userId(0))), { recursive: true });
        const subjects = Array.from({ length: SUBJECTS }, (_, i) => userId(i));
        const crowd = Array.from({ length: size - SUBJECTS }, (_, i) => userId(SUBJECTS + i));
        await populate(store, subjects, documentOf);
        await populate(store, crowd, (id) => newUserDocument(id, NOW));
        return { size, store, subjects, times: [] as number[] };
      }),
    );
    const populateMs = performance.now() - started;
    // Warm-up: every subject once in every store, so each measured update finds its file in the page cache.
    for (const { store, subjects } of stores) for (const id of subjects) await oneTurn(store, id);
    for (let round = 0; round < ROUNDS; round++) {
      for (const entry of stores) {
        const id = entry.subjects[round % SUBJECTS]!;
        const t0 = performance.now();
        await oneTurn(entry.store, id);
        entry.times.push(performance.now() - t0);
      }
    }
    const fileBytes = Buffer.byteLength(JSON.stringify({ version: 1, document: documentOf(userId(0)) }, null, 2));
    console.log(
      `  ${SIZES.map((s) => s.toLocaleString('en-US')).join(' / ')} users written in ${(populateMs / 1000).toFixed(1)} s;` +
        ` ${ROUNDS} updates per size, of ${SUBJECTS} users with ${fileBytes.toLocaleString('en-US')}-byte files`,
    );
    for (const { size, times } of stores) {
      const s = sorted(times);
      console.log(`    ${size.toLocaleString('en-US').padStart(7)} users: median ${ms(median(times), 3)}, p90 ${ms(percentile(s, 90), 3)}, p99 ${ms(percentile(s, 99), 3)}`);
    }
    const small = stores[0]!;
    const large = stores[stores.length - 1]!;
    const ratio = median(large.times) / median(small.times);
    const figures = [
      figure(
        `store update, ${large.size.toLocaleString('en-US')} / ${small.size.toLocaleString('en-US')} users (median)`,
        `${ratio.toFixed(2)}x (${ms(median(large.times), 3)} vs ${ms(median(small.times), 3)})`,
        `at most ${RATIO_TARGET}x`,
        ratio <= RATIO_TARGET,
      ),
    ];
    figures.forEach(printFigure);
    return figures;
  } finally {
    const cleaning = performance.now();
    await rm(root, { recursive: true, force: true });
    console.log(`  (removed the users' files in ${((performance.now() - cleaning) / 1000).toFixed(1)} s)`);
  }
}
