/**
 * The one place that writes SSML tags. Every piece of text is escaped here, so values spoken back to the
 * user (numbers, dates, names) can never break the markup.
 */
import type { Segment } from '../core/document';

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

export const segmentsToSsml = (segments: readonly Segment[]): string => {
  const parts = segments.flatMap((s) => (s.kind === 'text' ? [escapeSsml(s.text)] : breaks(s.seconds)));
  return `<speak>${parts.join(' ')}</speak>`;
};

/** The words alone, for cards, logs and plain-text channels. */
export const segmentsToPlainText = (segments: readonly Segment[]): string =>
  segments
    .filter((s): s is Extract<Segment, { kind: 'text' }> => s.kind === 'text')
    .map((s) => s.text)
    .join(' ');
