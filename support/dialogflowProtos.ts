/**
 * Dialogflow webhook messages built and checked with Dialogflow's own protos from `@google-cloud/dialogflow`.
 *
 * The static classes (`protos.google.cloud.dialogflow.v2.*`) build and verify messages; on the wire, Dialogflow
 * speaks the proto3 JSON mapping, in which a `google.protobuf.Struct` (`parameters`, `payload`) is a plain JSON
 * object. The static `toJSON`/`fromObject` do not apply that mapping (they would give `{ fields: { count: {
 * numberValue: 12 } } }`), so messages cross to and from the wire through the reflection types loaded from the
 * same package's `protos.json`, with proto3-json-serializer (the converter google-gax uses for Google's REST APIs).
 */
import { protos } from '@google-cloud/dialogflow';
import * as protobuf from 'protobufjs';
import { fromProto3JSON, toProto3JSON, type JSONObject } from 'proto3-json-serializer';
import protosJson from '@google-cloud/dialogflow/build/protos/protos.json';

const v2 = protos.google.cloud.dialogflow.v2;
const { Struct, Value, ListValue } = protos.google.protobuf;

const root = protobuf.Root.fromJSON(protosJson);
const WireWebhookRequest = root.lookupType('google.cloud.dialogflow.v2.WebhookRequest');
const WireWebhookResponseV2 = root.lookupType('google.cloud.dialogflow.v2.WebhookResponse');
/** Telephony messages and `endInteraction` exist only here; Dialogflow ES accepts them from webhooks. */
const WireWebhookResponseV2beta1 = root.lookupType('google.cloud.dialogflow.v2beta1.WebhookResponse');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON value as a `google.protobuf.Value`. */
export const toValue = (value: Json): protos.google.protobuf.IValue => {
  if (value === null) return Value.create({ nullValue: protos.google.protobuf.NullValue.NULL_VALUE });
  if (typeof value === 'number') return Value.create({ numberValue: value });
  if (typeof value === 'string') return Value.create({ stringValue: value });
  if (typeof value === 'boolean') return Value.create({ boolValue: value });
  if (Array.isArray(value)) return Value.create({ listValue: ListValue.create({ values: value.map(toValue) }) });
  return Value.create({ structValue: toStruct(value) });
};

/** A JSON object as a `google.protobuf.Struct`. */
export const toStruct = (object: { [key: string]: Json }): protos.google.protobuf.IStruct =>
  Struct.create({ fields: Object.fromEntries(Object.entries(object).map(([k, v]) => [k, toValue(v)])) });

export interface RequestSpec {
  /** The session id (the path is made from it). */
  session: string;
  /** The matched intent's display name; omit for a request with no intent. */
  intent?: string;
  parameters?: { [key: string]: Json };
  queryText?: string;
  languageCode?: string;
  source?: string;
  payload?: { [key: string]: Json };
  /** Contexts active before this turn (Dialogflow sends them as `queryResult.outputContexts`). */
  contexts?: { name: string; lifespanCount?: number; parameters?: { [key: string]: Json } }[];
}

export const sessionPath = (session: string): string => `projects/backcoach-test/agent/sessions/${session}`;

/** A WebhookRequest message built with the v2 protos; throws if the protos' own verify finds a problem. */
export const buildWebhookRequest = (spec: RequestSpec): protos.google.cloud.dialogflow.v2.WebhookRequest => {
  const message = v2.WebhookRequest.create({
    session: sessionPath(spec.session),
    responseId: `response-${Math.random().toString(36).slice(2)}`,
    queryResult: v2.QueryResult.create({
      queryText: spec.queryText ?? '',
      languageCode: spec.languageCode ?? 'en',
      parameters: toStruct(spec.parameters ?? {}),
      allRequiredParamsPresent: true,
      intent: spec.intent === undefined ? undefined : v2.Intent.create({ name: 'projects/backcoach-test/agent/intents/0f0e0d0c', displayName: spec.intent }),
      intentDetectionConfidence: 1,
      outputContexts: (spec.contexts ?? []).map((c) =>
        v2.Context.create({ name: c.name, lifespanCount: c.lifespanCount ?? 1, parameters: c.parameters ? toStruct(c.parameters) : undefined }),
      ),
    }),
    originalDetectIntentRequest: v2.OriginalDetectIntentRequest.create({
      source: spec.source ?? 'DIALOGFLOW_CONSOLE',
      payload: toStruct(spec.payload ?? {}),
    }),
  });
  const problem = v2.WebhookRequest.verify(message);
  if (problem) throw new Error(`WebhookRequest does not verify: ${problem}`);
  return message;
};

/** A message in the proto3 JSON mapping: exactly what Dialogflow puts on the wire. */
export const toWireJson = (message: protos.google.cloud.dialogflow.v2.WebhookRequest): JSONObject => {
  const plain = v2.WebhookRequest.toObject(message, { defaults: false });
  const wire = toProto3JSON(WireWebhookRequest.fromObject(plain)) as JSONObject;
  return wire;
};

export interface ParsedResponse {
  /** The response read back with the v2beta1 protos. */
  message: protobuf.Message;
  /** Problems found: a non-null verify, or fields the proto does not know / wrong types (lost in a round trip). */
  problems: string[];
}

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
};

const checkAgainst = (type: protobuf.Type, json: JSONObject): { message: protobuf.Message | null; problems: string[] } => {
  const problems: string[] = [];
  let message: protobuf.Message;
  try {
    message = fromProto3JSON(type, json) as protobuf.Message;
  } catch (error) {
    return { message: null, problems: [`${type.fullName}: ${(error as Error).message}`] };
  }
  const verified = type.verify(message);
  if (verified) problems.push(`${type.fullName}.verify: ${verified}`);
  // fromProto3JSON skips fields it does not know; a round trip shows them (and any value of the wrong type).
  const back = toProto3JSON(message);
  if (JSON.stringify(sortKeys(back)) !== JSON.stringify(sortKeys(json))) {
    problems.push(`${type.fullName}: the JSON does not survive a round trip through the proto:\n  sent ${JSON.stringify(json)}\n  read ${JSON.stringify(back)}`);
  }
  return { message, problems };
};

/** Reads a webhook response as Dialogflow would, with the v2beta1 WebhookResponse proto. */
export const parseWebhookResponse = (json: JSONObject): ParsedResponse => {
  const { message, problems } = checkAgainst(WireWebhookResponseV2beta1, json);
  if (message) {
    const staticProblem = protos.google.cloud.dialogflow.v2beta1.WebhookResponse.verify(WireWebhookResponseV2beta1.toObject(message));
    if (staticProblem) problems.push(`static v2beta1 verify: ${staticProblem}`);
  }
  return { message: message ?? WireWebhookResponseV2beta1.create(), problems };
};

/**
 * The same response with its telephony message and `endInteraction` removed, read with the v2 proto: everything
 * else is a plain v2 WebhookResponse.
 */
export const v2ProblemsWithoutTelephony = (json: JSONObject): string[] => {
  const copy = JSON.parse(JSON.stringify(json)) as { fulfillmentMessages?: { platform?: string }[]; endInteraction?: boolean };
  copy.fulfillmentMessages = copy.fulfillmentMessages?.filter((m) => m.platform !== 'TELEPHONY');
  delete copy.endInteraction;
  return checkAgainst(WireWebhookResponseV2, copy).problems;
};
