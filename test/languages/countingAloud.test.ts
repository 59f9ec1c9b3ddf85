/**
 * The strong side counted out loud in the driver's language, at the same cadence whatever the words: "treinta y uno"
 * takes three words where "31" takes one, and the quiet after it is shorter by as much.
 */
import { speakingTime, Talk } from '../../src/core/talk';
import type { Segment } from '../../src/core/reply';

const counted = (locale: string, reps: number): { said: string[]; beats: number[] } => {
  const speech: readonly Segment[] = new Talk(locale, 0).countReps(reps, 3).segments;
  const said: string[] = [];
  const beats: number[] = [];
  speech.forEach((segment, i) => {
    if (segment.kind !== 'text' || !segment.counted) return;
    const next = speech[i + 1];
    said.push(segment.text);
    beats.push(Math.round((speakingTime(segment.text) + (next?.kind === 'pause' ? next.seconds : 0)) * 10) / 10);
  });
  return { said, beats };
};

test.each([
  ['es-US', ['uno', 'dos', 'tres'], 'treinta y cinco'],
  ['es-MX', ['uno', 'dos', 'tres'], 'treinta y cinco'],
  ['en-US', ['1', '2', '3'], '35'],
  ['en-GB', ['1', '2', '3'], '35'],
])('%s: counted as %j … %s, one number every 3 seconds', (locale, first, last) => {
  const { said, beats } = counted(locale, 35);
  expect(said.slice(0, 3)).toEqual(first);
  expect(said.at(-1)).toBe(last);
  expect(new Set(beats)).toEqual(new Set([3]));
});

test('the count stops in the same language', () => {
  const stop = (locale: string) => new Talk(locale, 0).countReps(3, 3).segments.filter((s) => s.kind === 'text' && !s.counted);
  expect(stop('es-MX')).toEqual([{ kind: 'text', text: 'Para. Son 3.' }]);
  expect(stop('en-US')).toEqual([{ kind: 'text', text: "Stop. That's 3." }]);
});
