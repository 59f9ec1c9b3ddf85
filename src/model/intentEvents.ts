/**
 * The one mapping from an intent of the language model, with its slot values as any platform hands them, to the
 * coach event it means. Alexa, Dialogflow and the local NLU each put their slots in this shape and call it, so an
 * intent means the same thing everywhere.
 */
import type { CoachEvent } from '../core/events';
import { parseSpokenNumber } from '../core/numbers';
import type { Side, Unit } from '../core/program';
import { CUSTOM_SLOT_TYPES, INTENTS, type IntentDef, type SlotTypeName } from './languageModel';

/** One slot as a platform heard it: what was said (words or digits) and, when the platform resolved it, the id. */
export interface SlotInput {
  value?: string | number | null;
  /** The canonical id of a custom slot value (Alexa's entity resolution, the local NLU's match). */
  id?: string | null;
}

export type SlotInputs = Readonly<Record<string, SlotInput | undefined>>;

type CustomType = Exclude<SlotTypeName, 'AMAZON.NUMBER'>;

const INTENTS_BY_NAME: ReadonlyMap<string, IntentDef> = new Map(INTENTS.map((intent) => [intent.name, intent]));

/** The language model's intent of that name (Alexa's names: "CountIntent", "AMAZON.YesIntent"). */
export const intentNamed = (name: string): IntentDef | undefined => INTENTS_BY_NAME.get(name);

/** The canonical id of a custom slot value: the platform's resolution when it is a value of the type, else the synonyms. */
const canonicalId = (slot: SlotInput | undefined, type: CustomType): string | null => {
  if (!slot) return null;
  const values = CUSTOM_SLOT_TYPES[type];
  if (slot.id && values.some((v) => v.id === slot.id)) return slot.id;
  const said = typeof slot.value === 'string' ? slot.value.toLowerCase().trim() : '';
  if (!said) return null;
  return values.find((v) => v.id === said || v.synonyms.includes(said))?.id ?? null;
};

const numberOf = (slot: SlotInput | undefined): number | null => parseSpokenNumber(slot?.value ?? null);
const unitOf = (slot: SlotInput | undefined): Unit | null => canonicalId(slot, 'UnitType') as Unit | null;
const sideOf = (slot: SlotInput | undefined): Side | null => canonicalId(slot, 'SideType') as Side | null;

/** The coach event an intent of the language model means, with its slots read as typed values. */
export const eventFor = (intent: IntentDef, slots: SlotInputs = {}): CoachEvent => {
  const slot = (name: string): SlotInput | undefined => (Object.hasOwn(slots, name) ? slots[name] : undefined);
  switch (intent.event) {
    case 'count':
      return { type: 'count', value: numberOf(slot('count')) };
    case 'weight':
      return { type: 'weight', value: numberOf(slot('weight')), unit: unitOf(slot('unit')) };
    case 'units':
      return { type: 'units', unit: unitOf(slot('unit')) };
    case 'side':
    case 'switchWeakSide':
      return { type: intent.event, side: sideOf(slot('side')) };
    case 'launch':
      return { type: 'launch' };
    default:
      return { type: intent.event };
  }
};

/** The event for an intent named as Alexa names it; null when the language model has no such intent. */
export const eventForIntentName = (name: string, slots: SlotInputs = {}): CoachEvent | null => {
  const intent = intentNamed(name);
  return intent ? eventFor(intent, slots) : null;
};
