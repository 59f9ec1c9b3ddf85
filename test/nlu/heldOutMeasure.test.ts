/** How the held-out measure judges an event, and how the earlier set is said at its questions. */
import { sameEvent } from './heldOut/judge';
import { EARLIER_DEV_LINES, EARLIER_FINAL_LINES } from './heldOut/earlierLines';
import { HELD_OUT_PHRASINGS } from './heldOutPhrasings';

test('an event is judged by its type and values', () => {
  expect(sameEvent({ type: 'count', value: 12 }, { type: 'count', value: 12 }, 'count')).toBe(true);
  expect(sameEvent({ type: 'count', value: 12 }, { type: 'count', value: 13 }, 'count')).toBe(false);
  expect(sameEvent({ type: 'count', value: 12 }, { type: 'pain' }, 'count')).toBe(false);
  expect(sameEvent({ type: 'weight', value: 40, unit: 'lb' }, { type: 'weight', value: 40, unit: null }, 'weight')).toBe(false);
  expect(sameEvent({ type: 'count', value: 10, formLost: true }, { type: 'count', value: 10 }, 'count')).toBe(false);
});

test('what the coach does the same with at the question counts the same', () => {
  expect(sameEvent({ type: 'count', value: 9 }, { type: 'correction', value: 9 }, 'count')).toBe(true);
  expect(sameEvent({ type: 'weight', value: 35, unit: null }, { type: 'count', value: 35 }, 'weight')).toBe(true);
  expect(sameEvent({ type: 'driveLength', minutes: 300 }, { type: 'count', value: 5 }, 'driveLength')).toBe(true);
  expect(sameEvent({ type: 'timeOfDay', time: '07:00' }, { type: 'count', value: 7 }, 'time')).toBe(true);
  expect(sameEvent({ type: 'yes' }, { type: 'ready' }, 'yesNo')).toBe(true);
  expect(sameEvent({ type: 'ready' }, { type: 'yes' }, 'go')).toBe(true);
  expect(sameEvent({ type: 'skip' }, { type: 'next' }, 'menu')).toBe(true);
  // A count where no number is asked is not a correction.
  expect(sameEvent({ type: 'correction', value: 9 }, { type: 'count', value: 9 }, 'go')).toBe(false);
});

test('the earlier set keeps its split, and each phrasing is said at the question its intent answers', () => {
  expect(EARLIER_DEV_LINES.length + EARLIER_FINAL_LINES.length).toBe(HELD_OUT_PHRASINGS.length);
  expect(EARLIER_FINAL_LINES.length).toBe(Math.floor(HELD_OUT_PHRASINGS.length / 3));
  const first = EARLIER_DEV_LINES[0];
  expect(first).toEqual({ at: 'yesNo', text: HELD_OUT_PHRASINGS[0]?.text, expect: { type: 'yes' } });
  const twelve = EARLIER_DEV_LINES.find((line) => line.text === 'twelve');
  expect(twelve).toEqual({ at: 'count', text: 'twelve', expect: { type: 'count', value: 12 } });
  const all = [...EARLIER_DEV_LINES, ...EARLIER_FINAL_LINES];
  expect(all.find((line) => line.text === 'how much is left')?.expect).toEqual({ type: 'timeLeft' });
});
