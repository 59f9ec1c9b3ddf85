/**
 * The one place that writes SSML tags. Every piece of text is escaped here, so values spoken back to the
 * user (numbers, dates, names) can never break the markup.
 */
import type { Segment, TextSegment } from '../core/reply';

/** Alexa accepts breaks of at most 10 seconds each. */
export const MAX_BREAK_SECONDS = 10;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export const escapeSsml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const breakTag = (seconds: number): string => {
  const ms = Math.round(seconds * 1000);
  return ms % 1000 === 0 ? `<break time="${ms / 1000}s"/>` : `<break time="${ms}ms"/>`;
};

const breaks = (seconds: number): string[] => {
  const tags: string[] = [];
  let left = seconds;
  while (left > MAX_BREAK_SECONDS) {
    tags.push(breakTag(MAX_BREAK_SECONDS));
    left -= MAX_BREAK_SECONDS;
  }
  if (left > 0) tags.push(breakTag(left));
  return tags;
};

/** The speech as SSML: words escaped, pauses as breaks; status marks are not spoken. */
export const segmentsToSsml = (segments: readonly Segment[]): string => {
  const parts = segments.flatMap((s) => (s.kind === 'text' ? [escapeSsml(s.text)] : s.kind === 'pause' ? breaks(s.seconds) : []));
  return `<speak>${parts.join(' ')}</speak>`;
};

export const textSegments = (segments: readonly Segment[]): TextSegment[] => segments.filter((s): s is TextSegment => s.kind === 'text');

/** The words alone, for cards, logs and plain-text channels. */
export const segmentsToPlainText = (segments: readonly Segment[]): string =>
  textSegments(segments)
    .map((s) => s.text)
    .join(' ');
