/**
 * Builds what the coach says as segments (text and timed pauses). Timers live here: rests, the quiet
 * window while the weak side works, and the strong side counted out loud up to its cap.
 */
import type { Segment } from './document';
import { PROGRAM } from './program';
import { prompt, type PromptKey, type PromptParams } from './prompts';

/** Rough speaking time of one word, used to keep counts steady and responses under the audio limit. */
const SECONDS_PER_WORD = 0.4;

export class Talk {
  readonly segments: Segment[] = [];

  constructor(
    readonly locale: string,
    private readonly variantSeed: number,
  ) {}

  say(key: PromptKey, params: PromptParams = {}): this {
    return this.text(prompt(this.locale, key, params, this.variantSeed));
  }

  text(text: string): this {
    if (text) this.segments.push({ kind: 'text', text });
    return this;
  }

  pause(seconds: number): this {
    if (seconds <= 0) return this;
    const last = this.segments[this.segments.length - 1];
    if (last?.kind === 'pause') last.seconds = round(last.seconds + seconds);
    else this.segments.push({ kind: 'pause', seconds: round(seconds) });
    return this;
  }

  append(segments: readonly Segment[]): this {
    for (const s of segments) {
      if (s.kind === 'text') this.text(s.text);
      else this.pause(s.seconds);
    }
    return this;
  }

  /** A rest timed inside the response, with spoken cues at the seconds left in PROGRAM.restCues. */
  rest(seconds: number = PROGRAM.restSeconds): this {
    this.say('REST', { seconds });
    let remaining = seconds;
    for (const cue of PROGRAM.restCues) {
      if (cue >= remaining) continue;
      this.pause(remaining - cue - Math.round(speakingTime(prompt(this.locale, 'REST_CUE', { seconds: cue }))));
      this.say('REST_CUE', { seconds: cue });
      remaining = cue;
    }
    this.pause(remaining);
    return this.say('REST_OVER');
  }

  /** Counts 1..n out loud, one number per `cadenceSeconds`, then says stop. */
  countReps(n: number, cadenceSeconds: number): this {
    for (let i = 1; i <= n; i++) {
      this.text(String(i));
      if (i < n) this.pause(cadenceSeconds - SECONDS_PER_WORD);
    }
    this.pause(cadenceSeconds - SECONDS_PER_WORD);
    return this.say('STOP_AT_CAP', { count: n });
  }

  /** Calls the time every 10 seconds up to `seconds`, then says stop (the strong side of a carry). */
  countSeconds(seconds: number): this {
    return this.callTime(seconds, 'STOP_AT_CAP');
  }

  /** Calls the time every 10 seconds through a carry window, then says time is up (or `closing`). */
  carryWindow(seconds: number, closing: PromptKey = 'CARRY_TIME_UP'): this {
    return this.callTime(seconds, closing);
  }

  private callTime(seconds: number, closing: PromptKey): this {
    let elapsed = 0;
    while (seconds - elapsed > 10) {
      this.pause(10 - (elapsed === 0 ? 0 : SECONDS_PER_WORD * 2));
      elapsed += 10;
      this.say('CARRY_TIME', { seconds: elapsed });
    }
    this.pause(seconds - elapsed);
    return this.say(closing, { seconds, count: seconds });
  }
}

const round = (seconds: number) => Math.round(seconds * 10) / 10;

export const speakingTime = (text: string): number => text.split(/\s+/).filter(Boolean).length * SECONDS_PER_WORD;

/** Estimated seconds of audio: spoken words plus pauses. */
export const audioSeconds = (segments: readonly Segment[]): number =>
  segments.reduce((total, s) => total + (s.kind === 'pause' ? s.seconds : speakingTime(s.text)), 0);
