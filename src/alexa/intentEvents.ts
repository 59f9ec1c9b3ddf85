/**
 * An Alexa IntentRequest as a coach event: Alexa's slots in the shape the language model's one mapping reads
 * (src/model/intentEvents.ts). A slot's id comes from Alexa's entity resolution when it found a match.
 */
import type { Intent, Slot } from 'ask-sdk-model';
import type { CoachEvent } from '../core/events';
import { eventForIntentName, type SlotInputs } from '../model/intentEvents';

const resolvedId = (slot: Slot): string | null => {
  for (const authority of slot.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status?.code === 'ER_SUCCESS_MATCH' && authority.values?.[0]) return authority.values[0].value.id;
  }
  return null;
};

export const alexaSlots = (slots: Intent['slots']): SlotInputs =>
  Object.fromEntries(Object.entries(slots ?? {}).map(([name, slot]) => [name, { value: slot.value ?? null, id: resolvedId(slot) }]));

/** The event an intent means; null for an intent the language model does not have. */
export const eventOfIntent = (intent: Intent): CoachEvent | null => eventForIntentName(intent.name, alexaSlots(intent.slots));
