/**
 * The machine the figures come from, and how busy other processes kept it while a benchmark ran: on a small
 * machine shared with a test run or a build, the tails of every latency grow with it. Linux only (/proc); elsewhere
 * the share is unknown.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';

export const describeMachine = (): string => {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB; Node ${process.version}; ${os.type()} ${os.release()} ${os.arch()}`;
};

interface CpuTicks {
  /** Busy ticks of the whole machine, all cores. */
  machine: number;
  /** Ticks of this process and of its children that have ended. */
  own: number;
}

const readTicks = (): CpuTicks | null => {
  try {
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const self = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name in parentheses: utime, stime, cutime and cstime are the 12th to the 15th.
    const [utime = 0, stime = 0, cutime = 0, cstime = 0] = self.slice(self.lastIndexOf(')') + 2).split(' ').slice(11, 15).map(Number);
    return { machine: user + nice + system + irq + softirq + steal, own: utime + stime + cutime + cstime };
  } catch {
    return null;
  }
};

/** Starts counting; the function returned gives the share of all cores other processes used since, or null. */
export const otherProcessesShare = (): (() => number | null) => {
  const start = readTicks();
  const started = Date.now();
  return () => {
    const end = readTicks();
    if (!start || !end) return null;
    const seconds = (Date.now() - started) / 1000;
    // /proc counts in USER_HZ ticks, 100 a second on Linux.
    const capacity = seconds * 100 * os.cpus().length;
    return capacity > 0 ? Math.max(0, (end.machine - start.machine - (end.own - start.own)) / capacity) : null;
  };
};
