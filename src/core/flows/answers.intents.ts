/** The intents of the answers to the coach's questions (./answers.ts): counts, corrections, done, weights, units, sides. */
import { spelledUnitShape, type FeatureIntents } from '../intentShapes';

const WEIGHT_INTENT = {
  name: 'WeightIntent',
  event: 'weight',
  slots: [
    { name: 'weight', type: 'AMAZON.NUMBER' },
    { name: 'unit', type: 'UnitType' },
  ],
} as const;

export const ANSWER_INTENTS = {
  intents: [
    {
      name: 'CountIntent',
      event: 'count',
      // "Twelve on the left": the side said with a count is only a comment on it.
      slots: [
        { name: 'count', type: 'AMAZON.NUMBER' },
        { name: 'duration', type: 'DurationType' },
        { name: 'side', type: 'SideType' },
      ],
    },
    {
      name: 'CorrectionIntent',
      event: 'correction',
      slots: [
        { name: 'count', type: 'AMAZON.NUMBER' },
        { name: 'duration', type: 'DurationType' },
        { name: 'mistaken', type: 'AMAZON.NUMBER' },
      ],
    },
    { name: 'DoneIntent', event: 'done', slots: [] },
    WEIGHT_INTENT,
    { name: 'UnitsIntent', event: 'units', slots: [{ name: 'unit', type: 'UnitType' }] },
    { name: 'SideIntent', event: 'side', slots: [{ name: 'side', type: 'SideType' }] },
    {
      name: 'SwitchWeakSideIntent',
      event: 'switchWeakSide',
      slots: [
        { name: 'side', type: 'SideType' },
        { name: 'previousSide', type: 'SideType' },
      ],
    },
  ],
  // Exact matchers cannot split "forty pounds" into a weight and a unit: Alexa's model has the weight once per unit.
  alexaOnly: [spelledUnitShape('lb', 'WeightInPoundsIntent', WEIGHT_INTENT), spelledUnitShape('kg', 'WeightInKilogramsIntent', WEIGHT_INTENT)],
} as const satisfies FeatureIntents;
