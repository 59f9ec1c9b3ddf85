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

/** A pause as breaks of at most MAX_BREAK_SECONDS each, added to `parts`. */
const addBreaks = (parts: string[], seconds: number): void => {
  let left = seconds;
  while (left > MAX_BREAK_SECONDS) {
    parts.push(breakTag(MAX_BREAK_SECONDS));
    left -= MAX_BREAK_SECONDS;
  }
  if (left > 0) parts.push(breakTag(left));
};

/** The speech as SSML: words escaped, pauses as breaks; status marks are not spoken. */
export const segmentsToSsml = (segments: readonly Segment[]): string => {
  const parts: string[] = [];
  for (const segment of segments) {
    if (segment.kind === 'text') parts.push(escapeSsml(segment.text));
    else if (segment.kind === 'pause') addBreaks(parts, segment.seconds);
  }
  return `<speak>${parts.join(' ')}</speak>`;
};

export const textSegments = (segments: readonly Segment[]): TextSegment[] => segments.filter((s): s is TextSegment => s.kind === 'text');

/** The words alone, for cards, logs and plain-text channels. */
export const segmentsToPlainText = (segments: readonly Segment[]): string =>
  textSegments(segments)
    .map((s) => s.text)
    .join(' ');
