/**
 * The parts of Dialogflow ES's webhook messages that Back Coach reads and writes, in their proto3 JSON form
 * (the form Dialogflow sends and expects over HTTP: `parameters` and `payload` are plain JSON objects, not
 * protobuf `Struct`s).
 *
 * Requests are checked with zod, leniently: Dialogflow adds fields over time, and only what is read here has to
 * be well formed; the fields not named here are kept as they came and never read, so a well-formed request is taken as
 * it is, not copied (../core/quickCheck.ts). Responses use only fields of `google.cloud.dialogflow.v2beta1.WebhookResponse`, which Dialogflow
 * ES accepts from a webhook for a v2 agent: the v2 messages have no telephony message types and no
 * `endInteraction`, which the phone gateway needs. The contract tests check every response against that proto.
 */
import * as z from '../core/zod';

/** A JSON object whose values are not checked here (a protobuf `Struct` in proto3 JSON). */
const jsonObject = z.record(z.string(), z.unknown());

const contextSchema = z.looseObject({
  name: z.string(),
  lifespanCount: z.optional(z.number()),
  parameters: z.nullish(jsonObject),
});

export const webhookRequestSchema = z.looseObject({
  /** `projects/<project>/agent/sessions/<session>` (or with `environments/<env>/users/<user>/` before `sessions`). */
  session: z.string().check(z.minLength(1)),
  responseId: z.optional(z.string()),
  queryResult: z.looseObject({
    queryText: z.optional(z.string()),
    languageCode: z.optional(z.string()),
    parameters: z.nullish(jsonObject),
    intent: z.nullish(
      z.looseObject({
        name: z.optional(z.string()),
        displayName: z.optional(z.string()),
      }),
    ),
    outputContexts: z.nullish(z.array(contextSchema)),
  }),
  originalDetectIntentRequest: z.nullish(
    z.looseObject({
      source: z.optional(z.string()),
      version: z.optional(z.string()),
      payload: z.nullish(jsonObject),
    }),
  ),
});

export type WebhookRequest = z.infer<typeof webhookRequestSchema>;
export type DialogflowContext = z.infer<typeof contextSchema>;

/**
 * Dialogflow Messenger's rich content: each inner array is one card. Chips are sent back as the user's text when
 * tapped; a description card shows longer text (the full safety notice).
 */
export type RichContentItem =
  | { type: 'chips'; options: { text: string }[] }
  | { type: 'description'; title: string; text: string[] };

export interface MessengerPayload {
  richContent: RichContentItem[][];
}

export type FulfillmentMessage =
  | { text: { text: string[] } }
  | { payload: MessengerPayload }
  | { platform: 'TELEPHONY'; telephonySynthesizeSpeech: { ssml: string } };

export interface WebhookResponse {
  fulfillmentText: string;
  fulfillmentMessages: FulfillmentMessage[];
  outputContexts?: { name: string; lifespanCount: number; parameters?: Record<string, string> }[];
  /** Ends the conversation where the integration supports it (the phone gateway hangs up). */
  endInteraction?: boolean;
}
