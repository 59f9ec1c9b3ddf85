/**
 * The Alexa request envelope, checked at the edge before ask-sdk sees it. ask-sdk trusts the envelope's shape (it
 * reads `context.System.application.applicationId` before anything else), so a body without `context`, with
 * `request: null` or with a slot of the wrong type fails deep inside the SDK. Every host checks here first: the
 * HTTPS endpoint answers 400, the Lambda handler a spoken error.
 *
 * Only what the skill and the SDK read is checked, and unknown fields are let through untouched (Alexa adds fields
 * over time): the skill gets the envelope exactly as it came. Written as sketches of zod/mini schemas
 * (core/schemaSketch): a well-formed envelope is taken by the quick check made from them, and zod's schema is built for
 * an envelope it refuses, whose issues it words.
 */
import { ResponseFactory, type Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { MAX_SCOPE_LENGTH } from '../core/document';
import { usableLocale } from '../core/locale';
import { prompt } from '../core/prompts';
import { validQuickly } from '../core/quickCheck';
import { z } from '../core/schemaSketch';
import type * as zod from '../core/zod';
import type { Reply } from '../core/reply';
import { MAX_JSON_DEPTH, valueNestsDeeperThan } from '../json/nesting';
import { toAlexaResponse } from './response';
import { SKILL_EVENT_REQUEST_TYPES } from './skillEvents';

/** Alexa's ids are a few hundred characters at most. */
const MAX_ID_LENGTH = 512;

/**
 * The request types the skill answers: the conversation's, Alexa's question whether the skill can take a line said
 * without its name, and the skill events it subscribes to in skill-package/skill.json. Alexa sends no others to this
 * skill.
 */
export const ALEXA_REQUEST_TYPES = [
  'LaunchRequest',
  'IntentRequest',
  'CanFulfillIntentRequest',
  'SessionEndedRequest',
  'System.ExceptionEncountered',
  'Connections.Response',
  'Alexa.Presentation.APL.UserEvent',
  ...SKILL_EVENT_REQUEST_TYPES,
] as const;

const id = z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH));
/** Amazon's user ids all start so; no other platform's ids (`dialogflow:…`) can be claimed through Alexa. */
const userId = id.check(z.startsWith('amzn1.ask.account.'));
const shortText = z.string().check(z.maxLength(MAX_ID_LENGTH));

const application = z.object({ applicationId: id });
const user = z.object({ userId });

const system = z.object({
  application,
  user,
  device: z.nullish(z.object({ deviceId: z.nullish(id) })),
  apiEndpoint: z.nullish(shortText),
  apiAccessToken: z.nullish(z.string()),
});

const session = z.object({
  sessionId: id,
  new: z.optional(z.boolean()),
  application: z.nullish(application),
  user: z.nullish(user),
  attributes: z.nullish(z.record(z.string(), z.unknown())),
});

const resolution = () =>
  z.object({
    status: z.nullish(z.object({ code: z.string() })),
    values: z.nullish(z.array(z.object({ value: z.object({ id: z.string(), name: z.optional(z.string()) }) }))),
  });

const slot = () =>
  z.object({
    name: z.string(),
    value: z.nullish(z.string()),
    resolutions: z.nullish(z.object({ resolutionsPerAuthority: z.nullish(z.array(resolution())) })),
  });

const intent = () =>
  z.object({
    name: id,
    slots: z.nullish(z.record(z.string(), slot())),
  });

const requestBase = {
  requestId: id,
  timestamp: shortText,
  locale: shortText,
};

/** Skill events come with no session and, unlike a conversation's requests, may come without a locale. */
const skillEventBase = {
  requestId: id,
  timestamp: shortText,
  locale: z.optional(shortText),
  eventCreationTime: z.optional(shortText),
  eventPublishingTime: z.optional(shortText),
};

/** A button sends two arguments; a few more are room, not a list. */
const MAX_TOUCH_ARGUMENTS = 8;

/** Alexa has a dozen permission scopes; a list much longer than that is not Alexa's. */
const MAX_PERMISSIONS = 50;
/** A scope the stored document could not hold is refused here, not when the turn writes it. */
const scope = z.string().check(z.maxLength(MAX_SCOPE_LENGTH));
const permissions = () => z.nullish(z.array(z.object({ scope })).check(z.maxLength(MAX_PERMISSIONS)));
const permissionBody = () => z.nullish(z.object({ acceptedPermissions: permissions(), acceptedPersonPermissions: permissions() }));

/**
 * The schema of each request type, built the first time a request of that type comes: a launch builds its own and none
 * of the other eleven. What each accepts, and the issues it finds, are those of the discriminated union of them all,
 * which checks a request of a listed type against that type's schema alone; a request of no listed type is checked
 * against the union itself, for its message.
 */
const REQUEST_SCHEMAS = {
  LaunchRequest: () => z.object({ type: z.literal('LaunchRequest'), ...requestBase }),
  IntentRequest: () => z.object({ type: z.literal('IntentRequest'), ...requestBase, intent: intent() }),
  CanFulfillIntentRequest: () => z.object({ type: z.literal('CanFulfillIntentRequest'), ...requestBase, intent: intent() }),
  SessionEndedRequest: () => z.object({ type: z.literal('SessionEndedRequest'), ...requestBase }),
  'System.ExceptionEncountered': () => z.object({ type: z.literal('System.ExceptionEncountered'), ...requestBase }),
  /** The driver's answer to Alexa's question for a permission (the reminders'), asked by a Connections.SendRequest. */
  'Connections.Response': () =>
    z.object({
      type: z.literal('Connections.Response'),
      ...requestBase,
      name: z.optional(shortText),
      payload: z.nullish(z.object({ status: z.nullish(shortText), permissionScope: z.nullish(shortText) })),
      token: z.nullish(shortText),
    }),
  /** A touch on an Echo Show: the arguments its button sends (src/alexa/screen/touchAnswers.ts). */
  'Alexa.Presentation.APL.UserEvent': () =>
    z.object({
      type: z.literal('Alexa.Presentation.APL.UserEvent'),
      ...requestBase,
      token: z.nullish(shortText),
      arguments: z.nullish(z.array(z.union([shortText, z.number(), z.boolean(), z.null()])).check(z.maxLength(MAX_TOUCH_ARGUMENTS))),
    }),
  'AlexaSkillEvent.SkillEnabled': () => z.object({ type: z.literal('AlexaSkillEvent.SkillEnabled'), ...skillEventBase }),
  'AlexaSkillEvent.SkillDisabled': () =>
    z.object({
      type: z.literal('AlexaSkillEvent.SkillDisabled'),
      ...skillEventBase,
      body: z.nullish(z.object({ userInformationPersistenceStatus: z.nullish(shortText) })),
    }),
  'AlexaSkillEvent.SkillPermissionAccepted': () => z.object({ type: z.literal('AlexaSkillEvent.SkillPermissionAccepted'), ...skillEventBase, body: permissionBody() }),
  'AlexaSkillEvent.SkillPermissionChanged': () => z.object({ type: z.literal('AlexaSkillEvent.SkillPermissionChanged'), ...skillEventBase, body: permissionBody() }),
} satisfies Record<(typeof ALEXA_REQUEST_TYPES)[number], () => zod.ZodMiniType>;

type RequestType = keyof typeof REQUEST_SCHEMAS;
const isRequestType = (type: unknown): type is RequestType => typeof type === 'string' && Object.hasOwn(REQUEST_SCHEMAS, type);

const envelopeOf = (request: zod.ZodMiniType) =>
  z.object({
    version: shortText,
    session: z.nullish(session),
    context: z.object({ System: system }),
    request,
  });

const envelopes = new Map<RequestType | null, zod.ZodMiniType>();
/** The envelope's schema (a sketch: ../core/schemaSketch.ts) for a request of that type, or of no listed type (null). */
const envelopeSchemaFor = (type: RequestType | null): zod.ZodMiniType => {
  let schema = envelopes.get(type);
  if (!schema) {
    const request =
      type === null
        ? z.discriminatedUnion(
            'type',
            ALEXA_REQUEST_TYPES.map((listed) => REQUEST_SCHEMAS[listed]()) as unknown as [ReturnType<(typeof REQUEST_SCHEMAS)['LaunchRequest']>],
          )
        : REQUEST_SCHEMAS[type]();
    schema = envelopeOf(request);
    envelopes.set(type, schema);
  }
  return schema;
};

const typeOf = (body: unknown): RequestType | null => {
  const request = body && typeof body === 'object' ? (body as { request?: unknown }).request : undefined;
  const type = request && typeof request === 'object' ? (request as { type?: unknown }).type : undefined;
  return isRequestType(type) ? type : null;
};

/** The schema a body is checked against: its request type's. */
export const envelopeSchemaOf = (body: unknown): zod.ZodMiniType => envelopeSchemaFor(typeOf(body));

const checks = new Map<RequestType | null, ReturnType<typeof validQuickly>>();
/** The quick check made from the envelope's sketch, and zod's parse, for its issues, when that says no (../core/quickCheck.ts). */
const envelopeCheckFor = (type: RequestType | null): ReturnType<typeof validQuickly> => {
  let check = checks.get(type);
  if (!check) {
    check = validQuickly(envelopeSchemaFor(type));
    checks.set(type, check);
  }
  return check;
};

export type EnvelopeCheck = { ok: true; envelope: RequestEnvelope } | { ok: false; problem: string };

const MAX_PROBLEMS_LISTED = 3;
/** The problems are echoed to the caller and logged; a hostile key must not make them long. */
const MAX_PROBLEM_LENGTH = 300;

/** Whether a parsed body is an Alexa request envelope the skill can answer; the problems when it is not. */
export const checkAlexaEnvelope = (body: unknown): EnvelopeCheck => {
  if (valueNestsDeeperThan(body, MAX_JSON_DEPTH)) return { ok: false, problem: `nested deeper than ${MAX_JSON_DEPTH} levels` };
  const parsed = envelopeCheckFor(typeOf(body))(body);
  if (parsed.success) return { ok: true, envelope: body as RequestEnvelope };
  const problems = parsed.error.issues.slice(0, MAX_PROBLEMS_LISTED).map((issue) => `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`);
  return { ok: false, problem: problems.join('; ').slice(0, MAX_PROBLEM_LENGTH) };
};

const localeHint = (body: unknown): string => {
  const request = body && typeof body === 'object' ? (body as { request?: unknown }).request : undefined;
  return usableLocale(request && typeof request === 'object' ? (request as { locale?: unknown }).locale : undefined);
};

/** What Alexa says when the request could not be understood: a valid response that ends the session. */
export const unreadableRequestResponse = (locale: string): ResponseEnvelope => {
  const speech = [{ kind: 'text' as const, text: prompt(locale, 'ERROR_UNREADABLE_REQUEST') }];
  const reply: Reply = { speech, reprompt: [], endSession: true, card: null, status: null, expects: null, deleteUser: false };
  return { version: '1.0', response: toAlexaResponse(reply, ResponseFactory.init()) };
};

/**
 * The skill's answer to an event that should be an Alexa request envelope: the skill's own when the envelope is
 * well formed, else the spoken error (never a thrown error, which Alexa would only report as a failed skill).
 */
export const invokeValidated = async (
  skill: Pick<Skill, 'invoke'>,
  event: unknown,
  context?: unknown,
  onRefused?: (problem: string) => void,
): Promise<ResponseEnvelope> => {
  const checked = checkAlexaEnvelope(event);
  if (!checked.ok) {
    onRefused?.(checked.problem);
    return unreadableRequestResponse(localeHint(event));
  }
  return skill.invoke(checked.envelope, context);
};
