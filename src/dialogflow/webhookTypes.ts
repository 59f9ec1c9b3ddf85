/**
 * The parts of Dialogflow ES's webhook messages that Back Coach reads and writes, in their proto3 JSON form
 * (the form Dialogflow sends and expects over HTTP: `parameters` and `payload` are plain JSON objects, not
 * protobuf `Struct`s).
 *
 * Requests are checked with zod, leniently: Dialogflow adds fields over time, and only what is read here has to
 * be well formed. Responses use only fields of `google.cloud.dialogflow.v2beta1.WebhookResponse`, which Dialogflow
 * ES accepts from a webhook for a v2 agent: the v2 messages have no telephony message types and no
 * `endInteraction`, which the phone gateway needs. The contract tests check every response against that proto.
 */
import { z } from 'zod';

/** A JSON object whose values are not checked here (a protobuf `Struct` in proto3 JSON). */
const jsonObject = z.record(z.string(), z.unknown());

const contextSchema = z.object({
  name: z.string(),
  lifespanCount: z.number().optional(),
  parameters: jsonObject.nullish(),
});

export const webhookRequestSchema = z.object({
  /** `projects/<project>/agent/sessions/<session>` (or with `environments/<env>/users/<user>/` before `sessions`). */
  session: z.string().min(1),
  responseId: z.string().optional(),
  queryResult: z.object({
    queryText: z.string().optional(),
    languageCode: z.string().optional(),
    parameters: jsonObject.nullish(),
    intent: z
      .object({
        name: z.string().optional(),
        displayName: z.string().optional(),
      })
      .nullish(),
    outputContexts: z.array(contextSchema).nullish(),
  }),
  originalDetectIntentRequest: z
    .object({
      source: z.string().optional(),
      version: z.string().optional(),
      payload: jsonObject.nullish(),
    })
    .nullish(),
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
