/**
 * Who is talking, as a stable store key. Dialogflow ES has no user id of its own: a session lasts one
 * conversation (and at most 20 minutes idle), so the coach looks for the most durable id the integration gives,
 * in this order:
 *
 * 1. Phone gateway: the caller's number (`payload.telephony.caller_id`, E.164). It is stored only as a SHA-256
 *    hash, `dialogflow:tel:<hex>`, so user files and logs never hold the number itself. Note that phone numbers are
 *    few enough to be guessed from their hash: treat the store as personal data all the same. Trial agents send
 *    `REDACTED_IN_STANDARD_TIER_AGENT` (or nothing) instead of a number; that is not an id and is skipped.
 * 2. `payload.userId`: what Dialogflow Messenger sends when the page sets `user-id` on `<df-messenger>`, and what
 *    any custom client can send in `QueryParameters.payload`: `dialogflow:user:<id>`. The page chooses this id, so
 *    it must be one nobody else can guess (a random id kept by the browser, or a signed account id).
 * 3. The Facebook Messenger and Slack integrations' sender ids: `dialogflow:facebook:<id>`, `dialogflow:slack:<id>`.
 * 4. Otherwise the session id (the last part of the session path): `dialogflow:session:<id>`. Progress is then
 *    kept only for as long as the integration keeps reusing that session.
 *
 * Every id is prefixed by its source so ids from different integrations (and from Alexa) can never collide, and
 * within a source two ids share a key only when they are the same id:
 * - a string id is taken exactly as sent: `" alice "` is not `"alice"`;
 * - an id sent as a JSON number is not the same id as its digits in a string: `12345` is `…:#12345`, `"12345"` is
 *   `…:12345`;
 * - a string id that is long, holds unusual characters, or starts with `sha256:` is stored by its hash,
 *   `…:sha256:<hex>`, so no string can pose as the hash of another.
 * A plain key holds only SAFE_ID characters and never starts with `sha256:`, a number's key starts with `#`, and a
 * hashed key is `sha256:` and a hash: the three never meet.
 */
import { createHash } from 'node:crypto';
import type { WebhookRequest } from './webhookTypes';

export type UserIdSource = 'telephony' | 'payload' | 'facebook' | 'slack' | 'session';

export interface DialogflowUser {
  userId: string;
  source: UserIdSource;
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** E.164: a plus and up to 15 digits. Spaces, dashes and brackets that some carriers add are dropped first. */
const e164 = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const compact = value.replace(/[\s().-]/g, '');
  return /^\+[1-9]\d{5,14}$/.test(compact) ? compact : null;
};

const SAFE_ID = /^[A-Za-z0-9._:@+-]{1,128}$/;
const HASHED = 'sha256:';

/** An id as the integration sent it: a string exactly as it is, or a whole number. */
type RawId = string | number;

/** A usable id: a string with something other than spaces in it, or a safe integer. */
const readable = (value: unknown): RawId | null => {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value !== 'string') return null;
  return value.trim() ? value : null;
};

const keyFor = (prefix: string, id: RawId): string => {
  if (typeof id === 'number') return `${prefix}:#${id}`;
  return SAFE_ID.test(id) && !id.startsWith(HASHED) ? `${prefix}:${id}` : `${prefix}:${HASHED}${sha256(id)}`;
};

const at = (value: unknown, ...path: string[]): unknown => {
  let current = value;
  for (const key of path) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
};

/** The session id: the part after `/sessions/` (the whole string when it is not a session path). */
export const sessionIdOf = (session: string): string => {
  const match = session.match(/\/sessions\/([^/]+)/);
  return match?.[1] ?? session;
};

export const dialogflowUserOf = (request: WebhookRequest): DialogflowUser => {
  const payload = request.originalDetectIntentRequest?.payload ?? {};

  const caller = e164(at(payload, 'telephony', 'caller_id'));
  if (caller) return { userId: `dialogflow:tel:${sha256(caller)}`, source: 'telephony' };

  const user = readable(payload.userId);
  if (user) return { userId: keyFor('dialogflow:user', user), source: 'payload' };

  const source = request.originalDetectIntentRequest?.source?.toLowerCase();
  const facebook = source === 'facebook' ? readable(at(payload, 'data', 'sender', 'id')) : null;
  if (facebook) return { userId: keyFor('dialogflow:facebook', facebook), source: 'facebook' };
  const slack = source === 'slack' ? readable(at(payload, 'data', 'event', 'user') ?? at(payload, 'data', 'user')) : null;
  if (slack) return { userId: keyFor('dialogflow:slack', slack), source: 'slack' };

  return { userId: keyFor('dialogflow:session', sessionIdOf(request.session)), source: 'session' };
};
