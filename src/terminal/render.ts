/**
 * What the coach says, in a terminal: lines of words, the strong side's count on one line as it is counted, and
 * each timed stretch (a rest, a set, a count) as a countdown that is waited out (live on a terminal, one line in
 * a log). Read from the console answer's segments: nothing is parsed back from words or SSML.
 */
import type { ConsoleSegment } from '../console/answer';
import { TERMINAL_WORDS } from '../languages/consoleWords';
import type { TerminalTable } from '../languages/words';
import { sleep as defaultSleep } from '../sleep';

const roundSeconds = (seconds: number): number => Math.round(seconds * 1000) / 1000;

/** A stretch's length as a person reads it: whole seconds ("60s"), tenths when shorter than ten. */
export const formatSeconds = (seconds: number): string => (seconds >= 10 ? `${Math.round(seconds)}s` : `${roundSeconds(seconds)}s`);

export interface PresentOptions {
  write: (text: string) => void;
  /** Show pauses as a countdown updated in place (the output is a terminal and the console waits). */
  live: boolean;
  /** 1 = real time, 10 = ten times faster, 0 = do not wait. */
  speed: number;
  /** Say a line aloud; resolves when it has been said. */
  say?: (text: string) => Promise<void>;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Aborted when the user speaks over the coach (barge-in): the rest of the reply is not given. */
  signal?: AbortSignal;
  /** The terminal's own words ("Coach: ", "rest"), in its language; English when not given. */
  words?: TerminalTable;
}

type Pause = Extract<ConsoleSegment, { kind: 'pause' }>;

/** Waits out a pause; a timed one shows the time left in its stretch, ticking on a live terminal. */
const wait = async (pause: Pause, options: PresentOptions, inCount: boolean): Promise<void> => {
  const sleep = options.sleep ?? defaultSleep;
  const { signal } = options;
  const timed = pause.total !== undefined && pause.left !== undefined && pause.purpose !== 'beat';
  const label = (options.words ?? TERMINAL_WORDS.en)[`STRETCH_${pause.purpose}`];
  if (options.speed <= 0) {
    if (timed && !inCount && pause.left === pause.total) options.write(`  [${label} ${formatSeconds(pause.total ?? pause.seconds)}]\n`);
    return;
  }
  const msPerSecond = 1000 / options.speed;
  if (!timed || inCount || !options.live) {
    if (timed && !inCount && pause.left === pause.total) options.write(`  [${label} ${formatSeconds(pause.total ?? pause.seconds)}]\n`);
    await sleep(pause.seconds * msPerSecond, signal);
    return;
  }
  let waited = 0;
  while (waited < pause.seconds && !signal?.aborted) {
    const left = (pause.left ?? pause.seconds) - waited;
    options.write(`\r  … ${label}: ${Math.ceil(left)}s `);
    const step = Math.min(1, pause.seconds - waited);
    await sleep(step * msPerSecond, signal);
    waited = roundSeconds(waited + step);
  }
  // Clear the countdown line for the next words.
  options.write('\r\x1b[K');
};

/** Prints each line as "Coach: …" (in the terminal's language), says it, and waits out the pauses; stops early when interrupted. */
export const present = async (speech: readonly ConsoleSegment[], options: PresentOptions): Promise<void> => {
  const coach = (options.words ?? TERMINAL_WORDS.en).COACH;
  let counting = false;
  const endCount = (): void => {
    if (counting) options.write('\n');
    counting = false;
  };
  for (const segment of speech) {
    if (options.signal?.aborted) break;
    if (segment.kind === 'status') continue;
    if (segment.kind === 'pause') {
      await wait(segment, options, counting);
      continue;
    }
    if (segment.counted) {
      // The strong side's count: one number after another on one line.
      options.write(counting ? ` ${segment.text}` : `${coach}${segment.text}`);
      counting = true;
      if (options.say) await options.say(segment.text);
      continue;
    }
    endCount();
    options.write(`${coach}${segment.text}\n`);
    if (options.say) await options.say(segment.text);
  }
  endCount();
};
