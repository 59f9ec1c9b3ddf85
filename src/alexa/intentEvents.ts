/**
 * Alexa's slots in the shape the language model's one mapping reads (src/model/intentEvents.ts), which turns an
 * intent into its coach event (src/alexa/heardIntent.ts). A slot's id comes from Alexa's entity resolution when it
 * found a match.
 */
import type { Intent, Slot } from 'ask-sdk-model';
import type { SlotInputs } from '../model/intentEvents';

const resolvedId = (slot: Slot): string | null => {
  for (const authority of slot.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status?.code === 'ER_SUCCESS_MATCH' && authority.values?.[0]) return authority.values[0].value.id;
  }
  return null;
};

export const alexaSlots = (slots: Intent['slots']): SlotInputs =>
  Object.fromEntries(Object.entries(slots ?? {}).map(([name, slot]) => [name, { value: slot.value ?? null, id: resolvedId(slot) }]));
