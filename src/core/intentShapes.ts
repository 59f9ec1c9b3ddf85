/**
 * What an intent of the language model is, without its words: its name, the coach event it means and its slots. Each
 * feature declares its intents beside its flow (src/core/flows/*.intents.ts, gathered in ./flows/intents.ts); each
 * language gives their samples in its folder (src/languages/<code>/phrases/), one file per feature, typed by the
 * feature's declaration, so a language that misses an intent of a feature, or names one it does not have, fails the
 * type-check. The platforms' models are made of both in src/model.
 */
import type { SpokenEventType } from './events';

export type SlotTypeName =
  | 'AMAZON.NUMBER'
  | 'UnitType'
  | 'SideType'
  | 'DurationType'
  | 'DriveLengthType'
  | 'TimeOfDayType'
  | 'BodyPartType'
  | 'ComplaintType'
  | 'TimeZoneType';

export interface SlotDef {
  name: string;
  type: SlotTypeName;
}

/** An intent of the language model without its samples. */
export interface IntentShape {
  /** The platform intent name; names starting with AMAZON. are Alexa built-ins. */
  name: string;
  /** The coach event this intent becomes. */
  event: SpokenEventType;
  slots: readonly SlotDef[];
  /** For an intent that spells one slot's value out in its words: the intent it stands for. */
  variantOf?: string;
  /** Slot values (by id) that the intent's own words say, such as the unit in "{weight} pounds". */
  impliedSlots?: Readonly<Record<string, string>>;
}

/** A feature's intents, in the order the models list them, and those of them only Alexa's model carries. */
export interface FeatureIntents {
  intents: readonly IntentShape[];
  alexaOnly?: readonly IntentShape[];
}

/** The names of a feature's intents, Alexa's own among them. */
export type IntentNameOf<F extends FeatureIntents> =
  | F['intents'][number]['name']
  // A feature without Alexa's own intents has no alexaOnly at all: indexing it would give unknown, which names anything.
  | (F extends { alexaOnly: readonly IntentShape[] } ? F['alexaOnly'][number]['name'] : never);

/** A language's phrasing of a feature: a generator of samples for each of its intents, and for no other. */
export type PhrasesOf<F extends FeatureIntents> = Readonly<Record<IntentNameOf<F>, () => string[]>>;

/** The weight intent once per unit, with the unit said as a word: for exact matchers only (Alexa's model). */
export const spelledUnitShape = <const N extends string>(unit: 'lb' | 'kg', name: N, weight: IntentShape): IntentShape & { name: N } => ({
  name,
  event: weight.event,
  slots: weight.slots.filter((slot) => slot.name !== 'unit'),
  variantOf: weight.name,
  impliedSlots: { unit },
});
