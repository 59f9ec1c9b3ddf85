/**
 * The timed parts of a reply (the strong side's count, a rest, the driver's own set) waited out during a tool call,
 * for a client that asked for progress: a notification per rep counted and per 10 s of a rest or a set, each at its
 * moment. The pace is the host's: real time in production, faster in the tests.
 */
import type { Segment } from '../core/reply';
import { sleep } from '../sleep';
import { PROGRESS_LINES } from './descriptions';

/** Seconds between two notifications of a rest or a set. */
export const PROGRESS_EVERY_SECONDS = 10;

type Step = { kind: 'notify'; message: string } | { kind: 'wait'; seconds: number };

const stepsOf = (speech: readonly Segment[]): Step[] =>
  speech.flatMap((s): Step[] => {
    if (s.kind === 'text') return s.counted ? [{ kind: 'notify', message: PROGRESS_LINES.rep(s.counted.n, s.counted.of) }] : [];
    if (s.kind !== 'pause') return [];
    if (s.purpose === 'beat' || s.purpose === 'count') return [{ kind: 'wait', seconds: s.seconds }];
    const line = PROGRESS_LINES[s.purpose];
    const left = s.left ?? s.seconds;
    const steps: Step[] = [];
    for (let done = 0; done < s.seconds; done += PROGRESS_EVERY_SECONDS) {
      steps.push({ kind: 'notify', message: line(Math.ceil(left - done)) }, { kind: 'wait', seconds: Math.min(PROGRESS_EVERY_SECONDS, s.seconds - done) });
    }
    return steps;
  });

/** Whether the reply has anything timed to wait out. */
export const hasTimedParts = (speech: readonly Segment[]): boolean => stepsOf(speech).some((step) => step.kind === 'notify');

export interface TimedPartsOptions {
  /** Seconds of the coach's time per real second: 1 in real time; the tests go faster. */
  pace: number;
  /** Sends one progress notification: the `progress`-th of `total`. */
  notify: (progress: number, total: number, message: string) => Promise<void>;
  /** The client cancelled the call: stop waiting. */
  signal?: AbortSignal;
}

/** Waits out the reply's timed parts, notifying as it goes; returns false when the call was cancelled first. */
export const waitOutTimedParts = async (speech: readonly Segment[], { pace, notify, signal }: TimedPartsOptions): Promise<boolean> => {
  const steps = stepsOf(speech);
  const total = steps.filter((step) => step.kind === 'notify').length;
  let sent = 0;
  for (const step of steps) {
    if (signal?.aborted) return false;
    if (step.kind === 'wait') await sleep((step.seconds * 1000) / pace, signal);
    else await notify(++sent, total, step.message);
  }
  return !signal?.aborted;
};
