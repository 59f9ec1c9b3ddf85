/**
 * A Dialogflow ES stand-in for tests: it sends the webhook what Dialogflow would after matching an intent
 * (built with the real protos, serialized with the proto3 JSON mapping), over HTTP with basic auth, keeps the
 * session's contexts between turns as Dialogflow does, and reads every answer back through the protos.
 */
import type { JSONObject } from 'proto3-json-serializer';
import {
  buildWebhookRequest,
  parseWebhookResponse,
  sessionPath,
  toWireJson,
  v2ProblemsWithoutTelephony,
  type RequestSpec,
} from './dialogflowProtos';
import { basicAuthHeader, post, TEST_CREDENTIALS } from './testServer';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface WebhookAnswer {
  status: number;
  json: JSONObject;
  /** fulfillmentText: what a chat shows. */
  text: string;
  /** The TELEPHONY message's SSML, or '' when there is none. */
  ssml: string;
  /** Dialogflow Messenger chips, in order. */
  chips: string[];
  /** Dialogflow Messenger description cards. */
  cards: { title: string; text: string[] }[];
  outputContexts: { name: string; lifespanCount?: number; parameters?: Record<string, unknown> }[];
  endInteraction: boolean;
  /** What the v2beta1 and v2 protos found wrong (must be empty). */
  protoProblems: string[];
}

interface RichItem {
  type: string;
  options?: { text: string }[];
  title?: string;
  text?: string[];
}

export const readAnswer = (status: number, json: JSONObject): WebhookAnswer => {
  const problems = [...parseWebhookResponse(json).problems, ...v2ProblemsWithoutTelephony(json)];
  const messages = (json.fulfillmentMessages ?? []) as { platform?: string; telephonySynthesizeSpeech?: { ssml: string }; payload?: { richContent?: RichItem[][] } }[];
  const rich = messages.flatMap((m) => m.payload?.richContent ?? []).flat();
  return {
    status,
    json,
    text: typeof json.fulfillmentText === 'string' ? json.fulfillmentText : '',
    ssml: messages.find((m) => m.platform === 'TELEPHONY')?.telephonySynthesizeSpeech?.ssml ?? '',
    chips: rich.filter((r) => r.type === 'chips').flatMap((r) => (r.options ?? []).map((o) => o.text)),
    cards: rich.filter((r) => r.type === 'description').map((r) => ({ title: r.title ?? '', text: r.text ?? [] })),
    outputContexts: (json.outputContexts ?? []) as WebhookAnswer['outputContexts'],
    endInteraction: json.endInteraction === true,
    protoProblems: problems,
  };
};

export interface DialogflowClientOptions {
  url: string;
  session: string;
  credentials?: { user: string; password: string } | null;
  languageCode?: string;
  source?: string;
  /** Sent as originalDetectIntentRequest.payload on every turn. */
  payload?: { [key: string]: Json };
}

export class DialogflowClient {
  private contexts: NonNullable<RequestSpec['contexts']> = [];
  readonly lines: string[] = [];

  constructor(private readonly options: DialogflowClientOptions) {}

  /** What the integration sends as payload from now on. */
  setPayload(payload: { [key: string]: Json } | undefined): this {
    this.options.payload = payload;
    return this;
  }

  get sessionPath(): string {
    return sessionPath(this.options.session);
  }

  private lastSent: { body: unknown; queryText: string } | null = null;

  /** Sends one matched intent; `queryText` is what the user said (for the record only). */
  async intent(displayName: string, parameters: { [key: string]: Json } = {}, queryText = displayName): Promise<WebhookAnswer> {
    const request = buildWebhookRequest({
      session: this.options.session,
      intent: displayName,
      parameters,
      queryText,
      languageCode: this.options.languageCode ?? 'en',
      source: this.options.source,
      payload: this.options.payload,
      contexts: this.contexts,
    });
    this.lastSent = { body: toWireJson(request), queryText };
    return this.send(this.lastSent.body, queryText);
  }

  /** Sends the last request again, exactly as it was (a retry after a lost answer). */
  resend(): Promise<WebhookAnswer> {
    if (!this.lastSent) throw new Error('nothing was sent yet');
    return this.send(this.lastSent.body, this.lastSent.queryText);
  }

  private async send(body: unknown, queryText: string): Promise<WebhookAnswer> {
    const credentials = this.options.credentials === undefined ? TEST_CREDENTIALS : this.options.credentials;
    const headers: Record<string, string> = credentials ? { authorization: basicAuthHeader(credentials.user, credentials.password) } : {};
    const response = await post(`${this.options.url}/dialogflow`, body, headers);
    if (response.status !== 200) throw new Error(`webhook answered ${response.status}: ${response.text}`);
    const answer = readAnswer(response.status, response.json as JSONObject);
    if (answer.protoProblems.length > 0) throw new Error(answer.protoProblems.join('\n'));
    // Dialogflow replaces the contexts the webhook names; a lifespan of 0 removes one.
    for (const context of answer.outputContexts) {
      this.contexts = this.contexts.filter((c) => c.name !== context.name);
      if ((context.lifespanCount ?? 0) > 0) {
        this.contexts.push({ name: context.name, lifespanCount: context.lifespanCount, parameters: context.parameters as { [key: string]: Json } | undefined });
      }
    }
    this.lines.push(`U: ${queryText}`, `A: ${answer.text}`);
    return answer;
  }

  welcome(): Promise<WebhookAnswer> {
    return this.intent('Default Welcome Intent', {}, 'WELCOME');
  }
}
