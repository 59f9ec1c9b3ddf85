/** How the held-out measurement splits the set and decides that a phrasing was understood. */
import { INTENT_SHAPES } from '../../src/model/intents';
import { splitOf, understood } from './heldOutMeasure';
import { HELD_OUT_PHRASINGS } from './heldOutPhrasings';

test('every third phrasing, from the third, is in the FINAL split', () => {
  expect([0, 1, 2, 3, 4, 5, 263].map(splitOf)).toEqual(['dev', 'dev', 'final', 'dev', 'dev', 'final', 'final']);
});

test('the intent and the event it means must both match: numbers as said, units and sides by id or synonym', () => {
  const count = { text: 'x', intent: 'CountIntent', slots: { count: '12' } };
  expect(understood(count, { intent: 'CountIntent', slots: { count: { value: 'twelve' } } })).toBe(true);
  expect(understood(count, { intent: 'CountIntent', slots: { count: { value: '13' } } })).toBe(false);
  expect(understood(count, { intent: 'PainIntent', slots: { count: { value: '12' } } })).toBe(false);
  const weight = { text: 'x', intent: 'WeightIntent', slots: { weight: '40', unit: 'lb' } };
  expect(understood(weight, { intent: 'WeightIntent', slots: { weight: { value: '40' }, unit: { value: 'pounds' } } })).toBe(true);
  expect(understood(weight, { intent: 'WeightIntent', slots: { weight: { value: '40' } } })).toBe(false);
});

test('a weight with its unit spelled out stands for the weight intent with that unit', () => {
  const weight = { text: 'x', intent: 'WeightIntent', slots: { weight: '40', unit: 'lb' } };
  expect(understood(weight, { intent: 'WeightInPoundsIntent', slots: { weight: { value: '40' } } })).toBe(true);
  expect(understood(weight, { intent: 'WeightInKilogramsIntent', slots: { weight: { value: '40' } } })).toBe(false);
});

test('a correction to a number meets the expectation of a count of that number; a length of time is its seconds', () => {
  const count = { text: 'x', intent: 'CountIntent', slots: { count: '90' } };
  expect(understood(count, { intent: 'CorrectionIntent', slots: { count: { value: '90' } } })).toBe(true);
  expect(understood(count, { intent: 'CountIntent', slots: { duration: { value: 'a minute and a half', id: 'PT1M30S' } } })).toBe(true);
  expect(understood({ text: 'x', intent: 'AMAZON.NoIntent' }, { intent: 'CorrectionIntent', slots: {} })).toBe(false);
});

test('nothing understood is the fallback intent', () => {
  expect(understood({ text: 'x', intent: 'AMAZON.FallbackIntent' }, { intent: 'AMAZON.FallbackIntent', slots: {} })).toBe(true);
  expect(understood({ text: 'x', intent: 'AMAZON.FallbackIntent' }, { intent: 'AMAZON.HelpIntent', slots: {} })).toBe(false);
});

test('the held-out set asks for every intent a driver can say, and fills every kind of slot', () => {
  const asked = new Set(HELD_OUT_PHRASINGS.map((phrasing) => phrasing.intent));
  const spoken = INTENT_SHAPES.map((shape) => shape.name).filter((name) => name !== 'AMAZON.FallbackIntent');
  expect(spoken.filter((name) => !asked.has(name))).toEqual([]);
  const filled = new Set(
    HELD_OUT_PHRASINGS.flatMap((phrasing) =>
      Object.keys(phrasing.slots ?? {}).map((slot) => INTENT_SHAPES.find((shape) => shape.name === phrasing.intent)?.slots.find((s) => s.name === slot)?.type),
    ),
  );
  const types = new Set(INTENT_SHAPES.flatMap((shape) => shape.slots.map((slot) => slot.type)));
  expect([...types].filter((type) => !filled.has(type))).toEqual([]);
});
