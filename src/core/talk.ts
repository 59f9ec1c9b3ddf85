/**
 * Builds what the coach says as segments: text, and pauses that carry their purpose. Timers live here: rests,
 * the user's own set, and the strong side counted out loud up to its cap. Each timed stretch is marked with its
 * length and the time left at each of its pauses, so a screen can show one countdown through it.
 */
import { PROGRAM } from './program';
import { countedAloud, prompt, type PromptKey, type PromptParams } from './prompts';
import type { PausePurpose, Segment } from './reply';

/** Rough speaking time of one word, used to keep counts steady and responses under the audio limit. */
const SECONDS_PER_WORD = 0.4;

export class Talk {
  readonly segments: Segment[] = [];

  /**
   * Whether `beforeSpeech` runs before each segment; inside a timed stretch, before its first segment only: building a
   * stretch (a count to 12, a rest and its cues) changes nothing it could mark, and a count is some thirty segments.
   */
  private marking: 'each' | 'first' | 'done' = 'each';

  /** `beforeSpeech` runs before each segment is added (the turn marks where the workout stands there). */
  constructor(
    readonly locale: string,
    private readonly variantSeed: number,
    private readonly beforeSpeech: () => void = () => undefined,
  ) {}

  say(key: PromptKey, params: PromptParams = {}): this {
    return this.text(prompt(this.locale, key, params, this.variantSeed));
  }

  text(text: string, counted?: { n: number; of: number }): this {
    if (!text) return this;
    this.beforeSegment();
    this.segments.push(counted ? { kind: 'text', text, counted } : { kind: 'text', text });
    return this;
  }

  /** Quiet for `seconds`; a pause right after another of the same purpose lengthens it. */
  pause(seconds: number, purpose: PausePurpose = 'beat'): this {
    if (seconds <= 0) return this;
    const last = this.segments[this.segments.length - 1];
    if (last?.kind === 'pause' && last.purpose === purpose && last.total === undefined) {
      last.seconds = round(last.seconds + seconds);
      return this;
    }
    this.beforeSegment();
    this.segments.push({ kind: 'pause', seconds: round(seconds), purpose });
    return this;
  }

  private beforeSegment(): void {
    if (this.marking === 'done') return;
    this.beforeSpeech();
    if (this.marking === 'first') this.marking = 'done';
  }

  /** Adds a segment as it is (a status mark). */
  push(segment: Segment): this {
    this.segments.push(segment);
    return this;
  }

  /**
   * A rest timed inside the response, with spoken cues at the seconds left in PROGRAM.restCues. `during` is said at
   * its start (what to set up while resting) and its speaking time is taken out of the rest's first quiet.
   */
  rest(seconds: number = PROGRAM.restSeconds, during?: PromptKey): this {
    this.say('REST', { seconds });
    if (during) this.say(during);
    const said = during ? speakingTime(prompt(this.locale, during)) : 0;
    this.timed('rest', () => {
      let remaining = seconds - Math.round(said);
      for (const cue of PROGRAM.restCues) {
        if (cue >= remaining) continue;
        this.pause(remaining - cue - Math.round(speakingTime(prompt(this.locale, 'REST_CUE', { seconds: cue }))), 'rest');
        this.say('REST_CUE', { seconds: cue });
        remaining = cue;
      }
      this.pause(remaining, 'rest');
    });
    // What follows a rest (the next set's cue, "say go") says it is over.
    return this;
  }

  /** The quiet while the user does their own set. */
  setWindow(seconds: number): this {
    return this.timed('set', () => this.pause(seconds, 'set'));
  }

  /**
   * Counts 1..n out loud in the locale's language, one number per `cadenceSeconds` however many words it takes
   * ("treinta y uno"), then says stop.
   */
  countReps(n: number, cadenceSeconds: number): this {
    this.timed('count', () => {
      for (let i = 1; i <= n; i++) {
        const said = countedAloud(this.locale, i);
        this.text(said, { n: i, of: n });
        this.pause(cadenceSeconds - speakingTime(said), 'count');
      }
    });
    return this.say('STOP_AT_CAP', { count: n });
  }

  /** Calls the time every 10 seconds up to `seconds`, then says stop (the strong side of a carry). */
  countSeconds(seconds: number): this {
    this.timed('count', () => this.callTime(seconds, 'count'));
    return this.say('STOP_AT_CAP', { count: seconds });
  }

  /** Calls the time every 10 seconds through a carry window, then says time is up (or `closing`). */
  carryWindow(seconds: number, closing: PromptKey = 'CARRY_TIME_UP'): this {
    this.timed('set', () => this.callTime(seconds, 'set'));
    return this.say(closing, { seconds, count: seconds });
  }

  private callTime(seconds: number, purpose: PausePurpose): void {
    let elapsed = 0;
    let cue = 0;
    while (seconds - elapsed > 10) {
      this.pause(10 - cue, purpose);
      elapsed += 10;
      this.say('CARRY_TIME', { seconds: elapsed });
      cue = speakingTime(prompt(this.locale, 'CARRY_TIME', { seconds: elapsed }));
    }
    this.pause(seconds - elapsed - cue, purpose);
  }

  /**
   * Runs `build`, then marks the pauses of `purpose` it added as one timed stretch: from its first such pause to
   * its last, spoken cues in between included.
   */
  private timed(purpose: PausePurpose, build: () => void): this {
    const from = this.segments.length;
    const marking = this.marking;
    if (marking === 'each') this.marking = 'first';
    try {
      build();
    } finally {
      this.marking = marking;
    }
    const isMember = (s: Segment) => s.kind === 'pause' && s.purpose === purpose;
    const first = this.segments.findIndex((s, i) => i >= from && isMember(s));
    if (first === -1) return this;
    let last = this.segments.length - 1;
    while (!isMember(this.segments[last]!)) last--;
    const stretch = this.segments.slice(first, last + 1);
    const total = round(audioSeconds(stretch));
    let left = total;
    for (const segment of stretch) {
      if (segment.kind === 'pause') {
        segment.total = total;
        segment.left = round(left);
        left -= segment.seconds;
      } else if (segment.kind === 'text') {
        left -= speakingTime(segment.text);
      }
    }
    return this;
  }
}

const round = (seconds: number) => Math.round(seconds * 10) / 10;

export const speakingTime = (text: string): number => wordCount(text) * SECONDS_PER_WORD;

const WHITE_SPACE = /\s/;

/**
 * The words of a text, as splitting it at white space (`\s`) would count them, without making the list: a turn times
 * every segment it says, a strong side counted to 12 alone some thirty.
 */
export const wordCount = (text: string): number => {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || (code >= 9 && code <= 13) || (code > 127 && WHITE_SPACE.test(text.charAt(i)));
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words;
};

/** Estimated seconds of audio: spoken words plus pauses. */
export const audioSeconds = (segments: readonly Segment[]): number =>
  segments.reduce((total, s) => total + (s.kind === 'pause' ? s.seconds : s.kind === 'text' ? speakingTime(s.text) : 0), 0);
