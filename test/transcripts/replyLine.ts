/**
 * A coach reply as one `A:` line of a transcript, and the test of an `A:` line against it.
 *
 * The line is what a driver would notice: the words, and each timed stretch once, where it starts, as
 * `[rest 60s]`, `[set 45s]`, `[count to 12]` (the strong side's reps counted out loud) or `[count 30s]` (a timed
 * count, as in the carry). What is said inside a stretch (the cues, the counted numbers), the short beats between
 * words and the status marks are left out.
 */
import type { PauseSegment, Segment } from '../../src/core/reply';

type Stretch = Pick<PauseSegment, 'purpose' | 'total'>;

const stretchMark = (pause: PauseSegment, countedTo: number | null): string => {
  if (pause.purpose === 'count' && countedTo !== null) return `[count to ${countedTo}]`;
  return `[${pause.purpose} ${Math.round(pause.total ?? pause.seconds)}s]`;
};

export const replyLine = (speech: readonly Segment[]): string => {
  const parts: string[] = [];
  /** Words said since the last pause of the open stretch: inside it if another of its pauses follows. */
  let heldBack: string[] = [];
  let open: Stretch | null = null;
  /** The reps of the count whose numbers were just said. */
  let countedTo: number | null = null;

  for (const segment of speech) {
    if (segment.kind === 'status') continue;
    if (segment.kind === 'text') {
      if (segment.counted) {
        countedTo = segment.counted.of;
        continue;
      }
      countedTo = null;
      if (open) heldBack.push(segment.text);
      else parts.push(segment.text);
      continue;
    }
    if (segment.total === undefined) {
      // A beat is not shown; any other pause outside a stretch is shown by its own length.
      if (segment.purpose !== 'beat') parts.push(...heldBack.splice(0), stretchMark(segment, null));
      continue;
    }
    const continuesOpenStretch =
      open !== null && open.purpose === segment.purpose && open.total === segment.total && (segment.left ?? segment.total) < segment.total;
    if (continuesOpenStretch) {
      heldBack = [];
      continue;
    }
    parts.push(...heldBack.splice(0), stretchMark(segment, countedTo));
    open = { purpose: segment.purpose, total: segment.total };
  }
  parts.push(...heldBack);
  return normalizeSpace(parts.join(' '));
};

export const normalizeSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether an `A:` line matches the rendered reply: exactly, with `...` standing for any text. */
export const matchesReplyLine = (expected: string, actual: string): boolean => {
  const pieces = normalizeSpace(expected).split(/\s*\.\.\.\s*/).map(escapeRegExp);
  return new RegExp(`^${pieces.join('.*')}$`, 's').test(normalizeSpace(actual));
};
