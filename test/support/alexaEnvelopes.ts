/**
 * Alexa request envelopes as plain JSON for tests that send odd ones on purpose: a well-formed envelope to start
 * from (the fields Alexa always sends), and the JSON text of a value nested as deep as asked.
 */
import { alexaTimestamp } from '../../support/alexaRequest';

export interface EnvelopeSpec {
  type?: string;
  userId?: string;
  sessionId?: string;
  /** Session attributes as the skill last returned them; no session at all when null. */
  attributes?: Record<string, unknown> | null;
  newSession?: boolean;
  intent?: { name: string; slots?: Record<string, unknown> };
  locale?: string;
  timestamp?: string;
  apiEndpoint?: string;
  applicationId?: string;
  deviceId?: string;
}

export type JsonObject = Record<string, unknown>;

export const TEST_SKILL_ID = 'amzn1.ask.skill.backcoach-hostile-test';

export const alexaEnvelope = (spec: EnvelopeSpec = {}): JsonObject => {
  const applicationId = spec.applicationId ?? TEST_SKILL_ID;
  const user = { userId: spec.userId ?? 'amzn1.ask.account.hostile-test' };
  const request: JsonObject = {
    type: spec.type ?? (spec.intent ? 'IntentRequest' : 'LaunchRequest'),
    requestId: `amzn1.echo-api.request.${Math.random().toString(36).slice(2)}`,
    timestamp: spec.timestamp ?? alexaTimestamp(new Date()),
    locale: spec.locale ?? 'en-US',
  };
  if (spec.intent) request.intent = { confirmationStatus: 'NONE', ...spec.intent };
  const envelope: JsonObject = {
    version: '1.0',
    context: {
      System: {
        application: { applicationId },
        user,
        device: { deviceId: spec.deviceId ?? 'amzn1.ask.device.hostile-test', supportedInterfaces: {} },
        apiEndpoint: spec.apiEndpoint ?? 'http://127.0.0.1:9',
        apiAccessToken: 'test-api-access-token',
      },
    },
    request,
  };
  if (spec.attributes !== null) {
    envelope.session = {
      new: spec.newSession ?? spec.attributes === undefined,
      sessionId: spec.sessionId ?? 'amzn1.echo-api.session.hostile-test',
      application: { applicationId },
      user,
      attributes: spec.attributes ?? {},
    };
  }
  return envelope;
};

/** `{"a":{"a":…1…}}`, `depth` objects deep, as text (JSON.stringify itself would overflow on a deep value). */
export const deeplyNestedJson = (depth: number, key = 'a'): string => `{"${key}":`.repeat(depth) + '1' + '}'.repeat(depth);

/** The JSON text of `value` with the string `"<marker>"` replaced by `nested` (JSON text). */
export const withNested = (value: unknown, marker: string, nested: string): string => {
  const text = JSON.stringify(value);
  const quoted = JSON.stringify(marker);
  if (!text.includes(quoted)) throw new Error(`no ${quoted} in the value`);
  return text.replace(quoted, nested);
};

export interface AlexaAnswer {
  version?: unknown;
  response?: { outputSpeech?: { type?: string; ssml?: string }; reprompt?: unknown; shouldEndSession?: boolean };
  sessionAttributes?: Record<string, unknown>;
}

export const speechOf = (answer: unknown): string => (answer as AlexaAnswer | undefined)?.response?.outputSpeech?.ssml ?? '';
