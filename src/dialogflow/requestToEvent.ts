/**
 * A Dialogflow webhook request as a coach event: the matched intent's display name picks the event (names as in
 * `src/model/platformNames.ts`), and its parameters become typed values. Dialogflow sends a parameter the user
 * did not say as "", a @sys.number as a JSON number (some clients send a string), and a custom entity as its
 * reference value ('lb', 'left'); synonyms and spoken numbers are accepted too, so every client behaves alike.
 */
import type { CoachEvent, CoachEventType } from '../core/events';
import { parseSpokenNumber } from '../core/numbers';
import type { Side, Unit } from '../core/program';
import { CUSTOM_SLOT_TYPES } from '../model/languageModel';
import { eventForDialogflowIntent, intentForDialogflowName } from '../model/platformNames';
import type { WebhookRequest } from './webhookTypes';

/** Dialogflow's own events for a new conversation, as query text when no intent name is given. */
const WELCOME_EVENTS = new Set(['WELCOME', 'TELEPHONY_WELCOME']);

export interface UnderstoodRequest {
  event: CoachEvent;
  /** The display name Dialogflow matched, for logs. */
  intent: string | null;
  /** True when the intent is not one of ours and the user hears the fallback. */
  unknownIntent: boolean;
}

/** A parameter's single value: Dialogflow sends lists for list parameters; the first item counts. */
const single = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

const numberOf = (value: unknown): number | null => {
  const v = single(value);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return parseSpokenNumber(v);
  // A @sys.number-integer or a composite entity can arrive as { amount: 12 }.
  if (v && typeof v === 'object' && 'amount' in v) return numberOf((v as { amount: unknown }).amount);
  return null;
};

const canonicalId = (value: unknown, type: keyof typeof CUSTOM_SLOT_TYPES): string | null => {
  const v = single(value);
  if (typeof v !== 'string') return null;
  const said = v.toLowerCase().trim();
  if (!said) return null;
  return CUSTOM_SLOT_TYPES[type].find((entry) => entry.id === said || entry.synonyms.includes(said))?.id ?? null;
};

const unitOf = (value: unknown): Unit | null => canonicalId(value, 'UnitType') as Unit | null;
const sideOf = (value: unknown): Side | null => canonicalId(value, 'SideType') as Side | null;

const eventWithValues = (type: CoachEventType, parameters: Record<string, unknown>): CoachEvent => {
  switch (type) {
    case 'count':
      return { type, value: numberOf(parameters.count) };
    case 'weight':
      return { type, value: numberOf(parameters.weight), unit: unitOf(parameters.unit) };
    case 'units':
      return { type, unit: unitOf(parameters.unit) };
    case 'side':
    case 'switchWeakSide':
      return { type, side: sideOf(parameters.side) };
    default:
      return { type } as CoachEvent;
  }
};

export const requestToEvent = (request: WebhookRequest): UnderstoodRequest => {
  const displayName = request.queryResult.intent?.displayName?.trim() || null;
  if (!displayName) {
    const query = request.queryResult.queryText?.trim().toUpperCase() ?? '';
    const launch = WELCOME_EVENTS.has(query);
    return { event: launch ? { type: 'launch' } : { type: 'fallback' }, intent: null, unknownIntent: !launch };
  }
  const type = eventForDialogflowIntent(displayName);
  const known = type === 'launch' || intentForDialogflowName(displayName) !== undefined;
  return {
    event: eventWithValues(type, request.queryResult.parameters ?? {}),
    intent: displayName,
    unknownIntent: !known,
  };
};
