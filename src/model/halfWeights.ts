/**
 * A weight with a half ("twelve and a half kilos", "forty two point five"), an intent of Alexa's model only: Alexa's
 * number slot holds whole numbers, so the half is said by the intent's own words and the skill adds it. Dialogflow and
 * the local NLU read "and a half" from the line's words.
 */
import type { SpokenEvent } from '../core/events';
import { eventOfHeard, type SlotInputs } from './intentEvents';

export const HALF_WEIGHT_INTENT = 'WeightWithHalfIntent';

/** The intent as Alexa's model lists it, with a language's samples (its phrasing's halfWeightSamples). */
export const halfWeightIntent = (samples: string[]): { name: string; slots: { name: string; type: string }[]; samples: string[] } => ({
  name: HALF_WEIGHT_INTENT,
  slots: [
    { name: 'weight', type: 'AMAZON.NUMBER' },
    { name: 'unit', type: 'UnitType' },
  ],
  samples,
});

/** The weight the intent's slots say, as the weight intent reads them, with its half. */
export const eventOfHalfWeight = (slots: SlotInputs): SpokenEvent => {
  const whole = eventOfHeard('WeightIntent', slots);
  return whole.type === 'weight' && whole.value !== null ? { ...whole, value: whole.value + 0.5 } : whole;
};
