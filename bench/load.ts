/**
 * How loaded the machine was while a benchmark ran: the load average (runnable processes, the 1-minute figure from
 * os.loadavg, sampled every second) and the share of all cores other processes used (./machine.ts). On a machine
 * shared with test runs and builds the figures are still worth reading as paired ratios, but their tails and
 * absolute times grow with the load, so every figure carries the load it was measured under.
 */
import os from 'node:os';
import { otherProcessesShare } from './machine';

export interface LoadDuring {
  /** Mean and highest 1-minute load average seen. */
  meanLoad: number;
  maxLoad: number;
  /** Share of all cores used by other processes meanwhile; null where /proc is not there. */
  othersShare: number | null;
  cores: number;
}

/** Above this share of all cores taken by other processes, or a load average above the number of cores, a figure is flagged busy. */
const BUSY_SHARE = 0.1;

export const isBusy = (load: LoadDuring): boolean => (load.othersShare !== null && load.othersShare > BUSY_SHARE) || load.maxLoad > load.cores;

export const describeLoad = (load: LoadDuring): string =>
  `load ${load.meanLoad.toFixed(1)} (max ${load.maxLoad.toFixed(1)}) on ${load.cores} cores, others ${load.othersShare === null ? 'unknown' : `${(load.othersShare * 100).toFixed(0)}%`}`;

/** Starts sampling; the function returned stops and says what the load was meanwhile. */
export const watchLoad = (): (() => LoadDuring) => {
  const samples = [os.loadavg()[0] ?? 0];
  const others = otherProcessesShare();
  const timer = setInterval(() => samples.push(os.loadavg()[0] ?? 0), 1000);
  timer.unref();
  return () => {
    clearInterval(timer);
    samples.push(os.loadavg()[0] ?? 0);
    return {
      meanLoad: samples.reduce((a, b) => a + b, 0) / samples.length,
      maxLoad: Math.max(...samples),
      othersShare: others(),
      cores: os.cpus().length,
    };
  };
};
