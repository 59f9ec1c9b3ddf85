/**
 * The one mapping from an intent of the language model, with its slot values as any platform hands them, to the
 * coach event it means. Alexa, Dialogflow and the local NLU each put their slots in this shape and call it, so an
 * intent means the same thing everywhere.
 */
import type { SpokenEvent } from '../core/events';
import { parseSpokenDuration, parseSpokenNumber } from '../core/numbers';
import type { Side, Unit } from '../core/program';
import { minutesOfDriveLength, secondsOfIsoDuration } from './clockWordings';
import { CUSTOM_SLOT_TYPES, INTENT_SHAPES, ALEXA_ONLY_SHAPES, type IntentShape, type SlotTypeName } from './intents';

/** One slot as a platform heard it: what was said (words or digits) and, when the platform resolved it, the id. */
export interface SlotInput {
  value?: string | number | null;
  /** The canonical id of a custom slot value (Alexa's entity resolution, the local NLU's match). */
  id?: string | null;
}

export type SlotInputs = Readonly<Record<string, SlotInput | undefined>>;

type CustomType = Exclude<SlotTypeName, 'AMAZON.NUMBER'>;

const INTENTS_BY_NAME: ReadonlyMap<string, IntentShape> = new Map(
  [...INTENT_SHAPES, ...ALEXA_ONLY_SHAPES].map((intent) => [intent.name, intent]),
);

/** The language model's intent of that name (Alexa's names: "CountIntent", "AMAZON.YesIntent", "WeightInPoundsIntent"). */
export const intentNamed = (name: string): IntentShape | undefined => INTENTS_BY_NAME.get(name);

/** The canonical id of a custom slot value: the platform's resolution when it is a value of the type, else the synonyms. */
const canonicalId = (slot: SlotInput | undefined, type: CustomType): string | null => {
  if (!slot) return null;
  const values = CUSTOM_SLOT_TYPES[type];
  if (slot.id && values.some((v) => v.id === slot.id)) return slot.id;
  const said = typeof slot.value === 'string' ? slot.value.toLowerCase().trim() : '';
  if (!said) return null;
  return values.find((v) => v.id.toLowerCase() === said || v.synonyms.includes(said))?.id ?? null;
};

const numberOf = (slot: SlotInput | undefined): number | null => parseSpokenNumber(slot?.value ?? null);
const unitOf = (slot: SlotInput | undefined): Unit | null => canonicalId(slot, 'UnitType') as Unit | null;
const sideOf = (slot: SlotInput | undefined): Side | null => canonicalId(slot, 'SideType') as Side | null;

/** Seconds in a duration slot: its value's id when resolved, else the words as said ("a minute and twelve seconds"). */
const secondsOf = (slot: SlotInput | undefined): number | null => {
  const id = canonicalId(slot, 'DurationType');
  if (id !== null) return secondsOfIsoDuration(id);
  return typeof slot?.value === 'string' ? parseSpokenDuration(slot.value) : null;
};

/** The number said for a count: a count of reps or seconds, or a length of time ("a minute and a half"). */
const countOf = (slot: (name: string) => SlotInput | undefined): number | null => numberOf(slot('count')) ?? secondsOf(slot('duration'));

/** Minutes in a length of time said as a drive's length ("an hour and a half"); null when none was heard. */
const lengthMinutes = (heard: SlotInput | undefined): number | null => {
  const id = canonicalId(heard, 'DriveLengthType');
  return id === null ? null : minutesOfDriveLength(id);
};

/**
 * Whether a slot's value reads as a value of its type: a number, a length of time, one of a custom type's values. What
 * the coach's reading of the intent (eventFor) would take; a value it would drop as unheard is not understood.
 */
export const slotUnderstood = (type: SlotTypeName, slot: SlotInput): boolean => {
  if (type === 'AMAZON.NUMBER') return numberOf(slot) !== null;
  if (type === 'DurationType') return secondsOf(slot) !== null;
  return canonicalId(slot, type) !== null;
};

/** The coach event an intent of the language model means, with its slots read as typed values. */
export const eventFor = (intent: IntentShape, slots: SlotInputs = {}): SpokenEvent => {
  const implied = intent.impliedSlots ?? {};
  const slot = (name: string): SlotInput | undefined => {
    const heard = Object.hasOwn(slots, name) ? slots[name] : undefined;
    if (heard && (heard.value || heard.id)) return heard;
    return Object.hasOwn(implied, name) ? { id: implied[name] ?? null } : heard;
  };
  switch (intent.event) {
    case 'count':
      return { type: 'count', value: countOf(slot) };
    case 'correction':
      return { type: 'correction', value: countOf(slot) };
    case 'weight':
      return { type: 'weight', value: numberOf(slot('weight')), unit: unitOf(slot('unit')) };
    case 'units':
      return { type: 'units', unit: unitOf(slot('unit')) };
    case 'side':
    case 'switchWeakSide':
      return { type: intent.event, side: sideOf(slot('side')) };
    case 'driveLength':
      return { type: 'driveLength', minutes: lengthMinutes(slot('length')) };
    case 'breakInterval':
      return { type: 'breakInterval', minutes: numberOf(slot('minutes')) ?? lengthMinutes(slot('length')) };
    case 'timeOfDay':
    case 'workoutReminders':
      return { type: intent.event, time: canonicalId(slot('time'), 'TimeOfDayType') };
    case 'timeZone':
      return { type: 'timeZone', zone: canonicalId(slot('zone'), 'TimeZoneType') };
    case 'whatWeight':
      return { type: 'whatWeight', unit: unitOf(slot('unit')) };
    case 'lostForm': {
      const value = numberOf(slot('count'));
      return value === null ? { type: 'lostForm' } : { type: 'count', value, formLost: true };
    }
    case 'launch':
      return { type: 'launch' };
    default:
      return { type: intent.event };
  }
};

/** The event for an intent named as Alexa names it; null when the language model has no such intent. */
export const eventForIntentName = (name: string, slots: SlotInputs = {}): SpokenEvent | null => {
  const intent = intentNamed(name);
  return intent ? eventFor(intent, slots) : null;
};

/** What the local NLU calls the language model's welcome phrases ("open back coach", "hi"): opening the coach. */
export const WELCOME_INTENT = 'Welcome';

/** The event for an intent any NLU heard: the welcome phrases open the coach, and an intent the model lacks is not understood. */
export const eventOfHeard = (name: string, slots: SlotInputs = {}): SpokenEvent =>
  name === WELCOME_INTENT ? { type: 'launch' } : (eventForIntentName(name, slots) ?? { type: 'fallback' });
