/**
 * What the coach says, for a terminal: SSML becomes lines of text and pauses, and pauses are shown as a
 * countdown (live on a terminal, one line in a log) while the console waits them out.
 */
export type Part = { kind: 'text'; text: string } | { kind: 'pause'; seconds: number };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export const unescapeSsml = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]);

const TAG = /<break\s+time="(\d+(?:\.\d+)?)(ms|s)"\s*\/>|<[^>]*>/g;

const roundSeconds = (seconds: number): number => Math.round(seconds * 1000) / 1000;

/**
 * `<speak>Rest. <break time="10s"/> <break time="10s"/> 40 seconds &amp; counting</speak>` →
 * text "Rest.", pause 20, text "40 seconds & counting". Pauses in a row add up to one; other tags are
 * dropped, keeping their words.
 */
export const ssmlToParts = (ssml: string): Part[] => {
  const parts: Part[] = [];
  const addText = (raw: string): void => {
    const text = unescapeSsml(raw).replace(/\s+/g, ' ').trim();
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last?.kind === 'text') last.text = `${last.text} ${text}`;
    else parts.push({ kind: 'text', text });
  };
  const addPause = (seconds: number): void => {
    if (seconds <= 0) return;
    const last = parts[parts.length - 1];
    if (last?.kind === 'pause') last.seconds = roundSeconds(last.seconds + seconds);
    else parts.push({ kind: 'pause', seconds: roundSeconds(seconds) });
  };
  let index = 0;
  for (const match of ssml.matchAll(TAG)) {
    addText(ssml.slice(index, match.index));
    index = match.index + match[0].length;
    if (match[1] !== undefined) addPause(Number(match[1]) / (match[2] === 'ms' ? 1000 : 1));
  }
  addText(ssml.slice(index));
  return parts;
};

export const formatSeconds = (seconds: number): string => `${roundSeconds(seconds)}s`;

export interface PresentOptions {
  write(text: string): void;
  /** Show pauses as a countdown updated in place (the output is a terminal and the console waits). */
  live: boolean;
  /** 1 = real time, 10 = ten times faster, 0 = do not wait. */
  speed: number;
  /** Say a line aloud; resolves when it has been said. */
  say?(text: string): Promise<void>;
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
  /** Aborted when the user speaks over the coach (barge-in): the rest of the reply is not given. */
  signal?: AbortSignal;
}

const defaultSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

const countdown = async (seconds: number, options: PresentOptions): Promise<void> => {
  const sleep = options.sleep ?? defaultSleep;
  const msPerSecond = 1000 / options.speed;
  const { signal } = options;
  if (!options.live) {
    options.write(`  [pause ${formatSeconds(seconds)}]\n`);
    await sleep(seconds * msPerSecond, signal);
    return;
  }
  let left = seconds;
  while (left > 0 && !signal?.aborted) {
    const step = left % 1 || 1;
    options.write(`\r  … ${Math.ceil(left)}s `);
    await sleep(step * msPerSecond, signal);
    left = roundSeconds(left - step);
  }
  // Clear the countdown line for the next words.
  options.write('\r\x1b[K');
};

/** Print each line as "Coach: …", say it, then wait out the pause after it; stop early when interrupted. */
export const present = async (parts: readonly Part[], options: PresentOptions): Promise<void> => {
  for (const part of parts) {
    if (options.signal?.aborted) return;
    if (part.kind === 'text') {
      options.write(`Coach: ${part.text}\n`);
      if (options.say) await options.say(part.text);
    } else if (options.speed > 0) {
      await countdown(part.seconds, options);
    } else {
      options.write(`  [pause ${formatSeconds(part.seconds)}]\n`);
    }
  }
};
