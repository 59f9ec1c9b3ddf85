/**
 * A weight with a half ("twelve and a half kilos", "forty two point five"), an intent of Alexa's model only: Alexa's
 * number slot holds whole numbers, so the half is said by the intent's own words and the skill adds it. Dialogflow and
 * the local NLU read "and a half" from the line's words.
 */
import type { SpokenEvent } from '../core/events';
import { parseSpokenNumber } from '../core/numbers';
import type { Unit } from '../core/program';
import { UNIT_NAMES } from '../core/reading/english';
import { all, say } from './phrasing';

export const HALF_WEIGHT_INTENT = 'WeightWithHalfIntent';

const samples = (): string[] => all(say(['', 'make it'], '{weight}', ['and a half', 'point five'], ['', '{unit}']), ['the {weight} and a half {unit} dumbbell']);

/** The intent as Alexa's model lists it. */
export const halfWeightIntent = (): { name: string; slots: { name: string; type: string }[]; samples: string[] } => ({
  name: HALF_WEIGHT_INTENT,
  slots: [
    { name: 'weight', type: 'AMAZON.NUMBER' },
    { name: 'unit', type: 'UnitType' },
  ],
  samples: samples(),
});

const unitOf = (said: { value?: string | number | null; id?: string | null } | undefined): Unit | null => {
  if (said?.id === 'lb' || said?.id === 'kg') return said.id;
  const words = typeof said?.value === 'string' ? said.value.toLowerCase() : '';
  if ((UNIT_NAMES.lb as readonly string[]).includes(words)) return 'lb';
  return (UNIT_NAMES.kg as readonly string[]).includes(words) ? 'kg' : null;
};

/** The weight the intent's slots and its half say. */
export const eventOfHalfWeight = (slots: Readonly<Record<string, { value?: string | number | null; id?: string | null } | undefined>>): SpokenEvent => {
  const whole = parseSpokenNumber(slots.weight?.value ?? null);
  return { type: 'weight', value: whole === null ? null : whole + 0.5, unit: unitOf(slots.unit) };
};
