/** What every benchmark reports: figures next to their targets, and the statistics behind them. */
import { describeLoad, isBusy, type LoadDuring } from './load';

export type Verdict = 'PASS' | 'MISS' | 'INFO';

export interface Figure {
  /** What was measured, e.g. "cold start, coach / bare skill". */
  name: string;
  /** The figure as printed, e.g. "1.14x (212 ms vs 186 ms)". */
  value: string;
  /** The target as printed, e.g. "at most 1.2x"; "side by side" for figures with no threshold. */
  target: string;
  verdict: Verdict;
  /** How loaded the machine was while the figure was measured (set by bench/run.ts for every figure of a benchmark). */
  load?: LoadDuring;
}

export const figure = (name: string, value: string, target: string, pass: boolean | null): Figure => ({
  name,
  value,
  target,
  verdict: pass === null ? 'INFO' : pass ? 'PASS' : 'MISS',
});

export const printFigure = (f: Figure): void => {
  const load = f.load ? `; ${describeLoad(f.load)}${isBusy(f.load) ? ', BUSY' : ''}` : '';
  console.log(`  ${f.verdict.padEnd(4)}  ${f.name.padEnd(50)} ${f.value.padEnd(40)} target: ${f.target}${load}`);
};

export const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b);

/** The nearest-rank percentile of sorted values: the smallest value with at least p% of the values at or below it. */
export const percentile = (ascending: readonly number[], p: number): number =>
  ascending[Math.min(ascending.length - 1, Math.max(0, Math.ceil((ascending.length * p) / 100) - 1))] ?? Number.NaN;

export const median = (xs: readonly number[]): number => {
  const s = sorted(xs);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? Number.NaN) + (s[mid] ?? Number.NaN)) / 2;
};

export const ms = (x: number, digits = 2): string => `${x.toFixed(digits)} ms`;
/** Decimal kilobytes, as the size targets are given: 400 kB is 400,000 bytes. */
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** The median of paired figures with the spread around it: "1.85x (IQR 1.70-2.02, 15 pairs)". */
export const medianWithSpread = (values: readonly number[], format: (x: number) => string, unit = 'pairs'): { median: number; text: string } => {
  const ascending = sorted(values);
  const mid = median(values);
  return { median: mid, text: `${format(mid)} (IQR ${format(percentile(ascending, 25))} to ${format(percentile(ascending, 75))}, ${values.length} ${unit})` };
};
