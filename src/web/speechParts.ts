/**
 * The coach's SSML as parts a page can play in order: lines to show and say, and pauses to wait out.
 * A pause that is part of a timed stretch (a rest, or the time the user has for a set) carries a timer, so
 * the page can show one countdown through the whole stretch, across the short cues the coach speaks in it
 * ("30 seconds."). Pauses shorter than a few seconds (the beat between counted reps) carry none.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { ssmlToParts } from '../console/render';
import { speakingTime } from '../core/talk';

export interface ConsoleTimer {
  /** 'rest': a rest the coach times; 'set': the time the user has for a set (or a carry). */
  label: 'rest' | 'set';
  /** Seconds left in the timed stretch when this pause starts (spoken cues inside it count as time). */
  endsIn: number;
  /** True when an earlier pause of the same stretch came before it (keep the countdown up in between). */
  continued: boolean;
}

export type ConsolePart = { kind: 'text'; text: string } | { kind: 'pause'; seconds: number; timer?: ConsoleTimer };

/** Stretches shorter than this are beats, not countdowns. */
export const MIN_TIMER_SECONDS = 5;

/** A cue the coach speaks inside a timed stretch: "30 seconds." (rests) or "20 seconds." (carries). */
const CUE = /^\d+ seconds\.?$/i;

const isRestIntro = (text: string): boolean => /\brest\b/i.test(text.replace(/\brest is over\b/gi, ''));

const round = (seconds: number): number => Math.round(seconds * 10) / 10;

export const annotateTimers = (parts: readonly ConsolePart[]): ConsolePart[] => {
  const out: ConsolePart[] = parts.map((p) => ({ ...p }));
  let i = 0;
  while (i < out.length) {
    if (out[i].kind !== 'pause') {
      i++;
      continue;
    }
    // The stretch: pauses, with only cues between them.
    const members: number[] = [];
    let total = 0;
    let j = i;
    while (j < out.length) {
      const part = out[j];
      if (part.kind === 'pause') {
        members.push(j);
        total += part.seconds;
        j++;
      } else if (CUE.test(part.text) && out[j + 1]?.kind === 'pause') {
        total += speakingTime(part.text);
        j++;
      } else break;
    }
    if (total >= MIN_TIMER_SECONDS) {
      const before = out[i - 1];
      const label = before?.kind === 'text' && isRestIntro(before.text) ? 'rest' : 'set';
      let left = total;
      for (let k = i; k < j; k++) {
        const part = out[k];
        if (part.kind === 'pause') {
          part.timer = { label, endsIn: round(left), continued: k !== members[0] };
          left -= part.seconds;
        } else {
          left -= speakingTime(part.text);
        }
      }
    }
    i = j;
  }
  return out;
};

/** The response's speech as parts, with timers. */
export const speechParts = (speech: ResponseEnvelope['response']['outputSpeech']): ConsolePart[] => {
  if (!speech) return [];
  if (speech.type === 'SSML') return annotateTimers(ssmlToParts(speech.ssml));
  const text = speech.text.trim();
  return text ? [{ kind: 'text', text }] : [];
};
