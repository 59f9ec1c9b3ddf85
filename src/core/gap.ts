/** The strength gap between sides, from a max-reps test. */
import type { TestRecord } from './document';
import type { Side } from './program';
import { otherSide, PROGRAM } from './program';
import type { Spoken } from './spoken';
import { counted } from './words';

export interface GapResult {
  weakSide: Side;
  weakReps: number;
  strongReps: number;
  gapReps: number;
  gapPercent: number;
  swapped: boolean;
}

/**
 * `believedWeak` is the side tested first. If it did more reps than the other, the sides swap.
 * The percentage is of the stronger side (9 vs 13 is 4 reps, 31 percent).
 */
export const measureGap = (believedWeak: Side, firstReps: number, secondReps: number): GapResult => {
  const swapped = firstReps > secondReps;
  const weakReps = Math.min(firstReps, secondReps);
  const strongReps = Math.max(firstReps, secondReps);
  const gapReps = strongReps - weakReps;
  return {
    weakSide: swapped ? otherSide(believedWeak) : believedWeak,
    weakReps,
    strongReps,
    gapReps,
    gapPercent: strongReps === 0 ? 0 : Math.round((gapReps / strongReps) * 100),
    swapped,
  };
};

export type GapTrend = 'closed' | 'same' | 'wider';

export const trend = (baseline: TestRecord, latest: Pick<TestRecord, 'gapReps'>): GapTrend =>
  latest.gapReps < baseline.gapReps ? 'closed' : latest.gapReps === baseline.gapReps ? 'same' : 'wider';

/** Shares of the baseline gap that are spoken as a fraction, and their phrases. */
const SHARES = [
  { share: 1 / 2, phrase: 'SHARE_HALF' },
  { share: 1 / 3, phrase: 'SHARE_THIRD' },
  { share: 1 / 4, phrase: 'SHARE_QUARTER' },
  { share: 2 / 3, phrase: 'SHARE_TWO_THIRDS' },
  { share: 3 / 4, phrase: 'SHARE_THREE_QUARTERS' },
] as const;

/** "half", "a third", "all", or "3 reps" of the baseline gap that has been closed. */
export const closedShare = (baselineGap: number, latestGap: number): Spoken => {
  if (latestGap <= 0) return { phrase: 'SHARE_ALL' };
  const closed = baselineGap - latestGap;
  const share = closed / baselineGap;
  const near = SHARES.find((s) => Math.abs(share - s.share) < PROGRAM.test.closedShareTolerance);
  return near ? { phrase: near.phrase } : counted(closed, 'rep');
};
