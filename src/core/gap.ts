/** The strength gap between sides, from a max-reps test. */
import type { TestRecord } from './document';
import type { Side } from './program';
import { otherSide } from './program';

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

/** "half", "a third", "all", or "3 reps" of the baseline gap that has been closed. */
export const closedShare = (baselineGap: number, latestGap: number): string => {
  const closed = baselineGap - latestGap;
  if (latestGap <= 0) return 'all';
  const share = closed / baselineGap;
  if (Math.abs(share - 0.5) < 0.05) return 'half';
  if (Math.abs(share - 1 / 3) < 0.04) return 'a third';
  if (Math.abs(share - 0.25) < 0.03) return 'a quarter';
  if (Math.abs(share - 2 / 3) < 0.04) return 'two thirds';
  if (Math.abs(share - 0.75) < 0.03) return 'three quarters';
  return `${closed} ${closed === 1 ? 'rep' : 'reps'}`;
};
