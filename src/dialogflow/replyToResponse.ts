/**
 * A neutral coach reply as a Dialogflow ES webhook response:
 *
 * - Chat (Dialogflow Messenger and other text integrations): `fulfillmentText` and one text message. A chat
 *   cannot time a rest, so pauses are not waited out: a long pause (a rest, the time a set takes) shows as "…",
 *   and the short pauses of a count vanish, so "1 2 3 … 10. Stop." still reads as the count it is.
 * - Dialogflow Messenger also gets chips for the question asked and the card text (the full safety notice) as
 *   a description card.
 * - Phone gateway: the same speech as SSML in a `TELEPHONY` message, with the pauses timed by breaks of at most
 *   10 seconds each (the one SSML builder writes it). Cloud Text-to-Speech takes at most 5,000 bytes per request;
 *   a longer reply is spoken without its pauses rather than not at all.
 * - `outputContexts`: one small session context holding only the device time zone, when an integration told us
 *   one. The coach's state lives in the store, never in contexts.
 * - A reply that ends the session sets `endInteraction`, which makes the phone gateway hang up.
 */
import type { Segment } from '../core/reply';
import type { Reply } from '../core/reply';
import { segmentsToSsml, textSegments } from '../speech/ssml';
import type { FulfillmentMessage, RichContentItem, WebhookResponse } from './webhookTypes';

export const SESSION_CONTEXT = 'backcoach-session';
/** Turns the session context survives without being renewed; every reply renews it. */
export const SESSION_CONTEXT_LIFESPAN = 50;
/** Cloud Text-to-Speech's limit for one synthesis request. */
export const TELEPHONY_MAX_SSML_BYTES = 5000;
/** Pauses at least this long are shown in chat text; shorter ones are the rhythm of a count. */
export const CHAT_PAUSE_MARK_SECONDS = 5;
const PAUSE_MARK = '…';

/** The words of a reply for a chat window. */
export const chatText = (segments: readonly Segment[]): string => {
  const parts: string[] = [];
  for (const segment of segments) {
    if (segment.kind === 'text') {
      if (segment.text.trim()) parts.push(segment.text.trim());
    } else if (segment.kind === 'pause' && segment.seconds >= CHAT_PAUSE_MARK_SECONDS && parts.length > 0 && parts[parts.length - 1] !== PAUSE_MARK) {
      parts.push(PAUSE_MARK);
    }
  }
  if (parts[parts.length - 1] === PAUSE_MARK) parts.pop();
  return parts.join(' ');
};

/** The SSML for the phone: timed pauses when they fit in one synthesis request, else the words alone. */
export const telephonySsml = (segments: readonly Segment[]): string => {
  const timed = segmentsToSsml(segments);
  if (Buffer.byteLength(timed, 'utf8') <= TELEPHONY_MAX_SSML_BYTES) return timed;
  return segmentsToSsml(textSegments(segments));
};

export interface ResponseOptions {
  /** The request's session path; context names hang off it. */
  session: string;
  /** The zone an integration reported for this session, carried in the session context. */
  deviceTimeZone: string | null;
  /** Answers to offer as chips (none when the session ends). */
  suggestions: readonly string[];
}

export const replyToResponse = (reply: Reply, { session, deviceTimeZone, suggestions }: ResponseOptions): WebhookResponse => {
  const text = chatText(reply.speech);
  const messages: FulfillmentMessage[] = [];
  if (text) messages.push({ text: { text: [text] } });

  const rich: RichContentItem[][] = [];
  if (reply.card) rich.push([{ type: 'description', title: reply.card.title, text: reply.card.text.split(/\n+/).filter(Boolean) }]);
  if (!reply.endSession && suggestions.length > 0) rich.push([{ type: 'chips', options: suggestions.map((s) => ({ text: s })) }]);
  if (rich.length > 0) messages.push({ payload: { richContent: rich } });

  if (reply.speech.length > 0) {
    messages.push({ platform: 'TELEPHONY', telephonySynthesizeSpeech: { ssml: telephonySsml(reply.speech) } });
  }

  const response: WebhookResponse = { fulfillmentText: text, fulfillmentMessages: messages };
  if (deviceTimeZone) {
    response.outputContexts = [
      {
        name: `${session}/contexts/${SESSION_CONTEXT}`,
        lifespanCount: reply.endSession ? 0 : SESSION_CONTEXT_LIFESPAN,
        parameters: { timeZone: deviceTimeZone },
      },
    ];
  }
  if (reply.endSession) response.endInteraction = true;
  return response;
};
