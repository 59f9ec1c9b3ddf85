/**
 * A Dialogflow webhook request as a coach event: the matched intent's display name names the language model's
 * intent (names as in `src/model/platformNames.ts`), and its parameters go through the language model's one
 * mapping. Dialogflow sends a parameter the user did not say as "", a @sys.number as a JSON number (some clients
 * send a string, or `{ amount }`), a list parameter as a list, and a custom entity as its reference value.
 */
import type { SpokenEvent } from '../core/events';
import { eventFor, type SlotInput, type SlotInputs } from '../model/intentEvents';
import { DIALOGFLOW_WELCOME_INTENT, intentForDialogflowName } from '../model/platformNames';
import type { WebhookRequest } from './webhookTypes';

/** Dialogflow's own events for a new conversation, as query text when no intent name is given. */
const WELCOME_EVENTS: ReadonlySet<string> = new Set(['WELCOME', 'TELEPHONY_WELCOME']);

export interface UnderstoodRequest {
  event: SpokenEvent;
  /** The display name Dialogflow matched, for logs. */
  intent: string | null;
  /** True when the intent is not one of ours and the user hears the fallback. */
  unknownIntent: boolean;
}

/** A parameter's single value: the first item of a list, the amount of `{ amount }`. */
const single = (value: unknown, depth = 0): SlotInput['value'] => {
  if (depth > 2) return null;
  if (Array.isArray(value)) return single(value[0], depth + 1);
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'amount' in value) return single((value).amount, depth + 1);
  return null;
};

const slotsOf = (parameters: Record<string, unknown>): SlotInputs =>
  Object.fromEntries(Object.entries(parameters).map(([name, value]) => [name, { value: single(value) }]));

export const requestToEvent = (request: WebhookRequest): UnderstoodRequest => {
  const displayName = request.queryResult.intent?.displayName?.trim() || null;
  if (!displayName) {
    const query = request.queryResult.queryText?.trim().toUpperCase() ?? '';
    const launch = WELCOME_EVENTS.has(query);
    return { event: launch ? { type: 'launch' } : { type: 'fallback' }, intent: null, unknownIntent: !launch };
  }
  if (displayName === DIALOGFLOW_WELCOME_INTENT) return { event: { type: 'launch' }, intent: displayName, unknownIntent: false };
  const intent = intentForDialogflowName(displayName);
  if (!intent) return { event: { type: 'fallback' }, intent: displayName, unknownIntent: true };
  return { event: eventFor(intent, slotsOf(request.queryResult.parameters ?? {})), intent: displayName, unknownIntent: false };
};
