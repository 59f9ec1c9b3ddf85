/** Checks a spoken count or weight before anything is stored. A failed check changes nothing. */
import type { PromptKey, PromptParams } from './prompts';
import { PROGRAM, type Measure, type Unit } from './program';

export type Checked = { ok: true; value: number } | { ok: false; problem: PromptKey; params: PromptParams };

export const checkCount = (value: number | null, measure: Measure, inTest = false): Checked => {
  const max = measure === 'reps' ? PROGRAM.limits.maxReps : PROGRAM.limits.maxSeconds;
  if (value === null) return { ok: false, problem: 'COUNT_MISSING_REPS', params: {} };
  if (value <= 0) return { ok: false, problem: inTest ? 'COUNT_ZERO_TEST' : 'COUNT_ZERO', params: {} };
  if (!Number.isInteger(value)) return { ok: false, problem: 'COUNT_NOT_WHOLE', params: {} };
  if (value > max) {
    return { ok: false, problem: measure === 'reps' ? 'COUNT_TOO_HIGH_REPS' : 'COUNT_TOO_HIGH_SECONDS', params: { max } };
  }
  return { ok: true, value };
};

/** A count far from the previous one ("fifty" after "fifteen") is confirmed before it is stored. */
export const isSuspicious = (value: number, previous: number | null): boolean => {
  if (previous === null || previous <= 0) return false;
  const { ratio, minDifference } = PROGRAM.suspiciousCount;
  const far = value >= previous * ratio || previous >= value * ratio;
  return far && Math.abs(value - previous) >= minDifference;
};

export const checkWeight = (value: number | null, unit: Unit): Checked => {
  const { min, max } = PROGRAM.limits.weight[unit];
  if (value === null) return { ok: false, problem: 'WEIGHT_MISSING', params: {} };
  if (value < min || value > max) {
    return { ok: false, problem: 'WEIGHT_OUT_OF_RANGE', params: { value, min, max } };
  }
  return { ok: true, value };
};
