/**
 * The Dialogflow ES webhook: one WebhookRequest (proto3 JSON) in, one WebhookResponse out, through the same turn
 * runner as Alexa (one atomic update of the user's stored document per turn), so two quick messages never
 * overwrite each other's progress.
 *
 * - `now` is the server's clock (Dialogflow's request carries no timestamp); a clock can be injected for tests.
 * - The time zone is the one an integration reports in `originalDetectIntentRequest.payload.timeZone` (any client
 *   can send it in `QueryParameters.payload`), else the one carried in this session's context, else the user's
 *   last known one, else the deployment's default.
 * - A line the agent sent to its fallback is read again by the local NLU; what neither understands, and an intent
 *   the coach does not know, is answered with the spoken fallback. A failing or busy store is answered
 *   with the runner's spoken apology, which changes nothing. Only a request that is not a WebhookRequest at all is
 *   refused.
 */
import type { CoachEvent } from '../core/events';
import { usableLocale } from '../core/locale';
import { quickly } from '../core/quickCheck';
import { localeDefaults } from '../languages/locales';
import { isValidTimeZone } from '../core/time';
import type { Logger } from '../log';
import type { Nlu } from '../nlu/nlu';
import { heardAsPlaced, heardInWords } from '../nlu/readLine';
import { DIALOGFLOW_TURN_BUDGET_MS, startDeadline } from '../turns/deadline';
import { turnContext } from '../turns/turnContext';
import { loggedTurn } from '../turns/turnLog';
import type { TurnRunner } from '../turns/turnRunner';
import { replyToResponse, SESSION_CONTEXT } from './replyToResponse';
import { requestToEvent, type UnderstoodRequest } from './requestToEvent';
import { suggestionsFor } from './suggestions';
import { dialogflowUserOf } from './userId';
import { webhookRequestSchema, type WebhookRequest, type WebhookResponse } from './webhookTypes';

export interface DialogflowWebhookDependencies {
  runTurn: TurnRunner;
  /** Used when neither the integration nor the user's document tells the time zone. */
  defaultTimeZone: string;
  logger: Logger;
  /** The clock that stamps each turn; the server's clock unless a test sets one. */
  clock?: () => Date;
  /** The local NLU, for the lines Dialogflow's agent sent to its fallback; without it they stay not understood. */
  nlu?: () => Promise<Nlu>;
}

/** The request body is not a Dialogflow WebhookRequest; answered with 400. */
export class InvalidWebhookRequestError extends Error {
  constructor(readonly detail: string) {
    super(`Not a Dialogflow WebhookRequest: ${detail}`);
    this.name = 'InvalidWebhookRequestError';
  }
}

/** One webhook call: the request's body, and when it arrived (the turn's budget starts then; now by default). */
export type DialogflowWebhook = (body: unknown, arrivedAt?: number) => Promise<WebhookResponse>;

/**
 * Dialogflow's language codes are often bare ("en"); the prompts and units are keyed by full locales. A code that
 * is not a language tag at all ("constructor") is the default locale.
 */
export const localeOf = (languageCode: string | undefined): string => {
  const code = (languageCode ?? '').trim();
  if (!code || /^en$/i.test(code)) return 'en-US';
  const [language = '', region] = code.split(/[-_]/);
  return usableLocale(region ? `${language.toLowerCase()}-${region.toUpperCase()}` : language.toLowerCase());
};

const zoneIn = (parameters: Record<string, unknown> | null | undefined): string | null => {
  const zone = parameters?.timeZone;
  return typeof zone === 'string' && isValidTimeZone(zone) ? zone : null;
};

/** The zone the integration reports now, or the one it reported earlier in this session. */
const deviceTimeZoneOf = (request: WebhookRequest): string | null => {
  const fromPayload = zoneIn(request.originalDetectIntentRequest?.payload);
  if (fromPayload) return fromPayload;
  const context = request.queryResult.outputContexts?.find((c) => c.name.endsWith(`/contexts/${SESSION_CONTEXT}`));
  return zoneIn(context?.parameters);
};

const checkWebhookRequest = quickly(webhookRequestSchema);

export const parseWebhookRequest = (body: unknown): WebhookRequest => {
  const parsed = checkWebhookRequest(body);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
    throw new InvalidWebhookRequestError(problems);
  }
  return parsed.data;
};

/**
 * Every line Dialogflow's agent matched to an intent of the language model (or to none) gets a second reading by the
 * local NLU, trained from the same language model with every phrasing the agent's training phrases leave out, and the
 * coach reads the line by its question: where the agent's match does not fit the question (starting a workout in the
 * middle of one, "go" to "how many?", nothing at all), the second reading does. Dialogflow's own events (the welcome)
 * are taken as they are.
 */
const isEventName = (queryText: string): boolean => /^[A-Z][A-Z0-9_]*$/.test(queryText.trim()) || queryText.trim() === '';
export const heardOfRequest = async (
  request: WebhookRequest,
  nlu: DialogflowWebhookDependencies['nlu'],
  logger: Logger,
  { event }: UnderstoodRequest = requestToEvent(request),
): Promise<CoachEvent> => {
  const line = request.queryResult.queryText ?? '';
  // An integration's event ("WELCOME", "GOOGLE_ASSISTANT_WELCOME") is no line: the agent's match is all there is, and a
  // conversation opened that way is the coach opened. A greeting typed or said is a line like any other.
  const { language } = localeDefaults(localeOf(request.queryResult.languageCode));
  if (isEventName(line)) return event.type === 'launch' || event.type === 'fallback' ? event : heardAsPlaced(event, language);
  return heardInWords(line, nlu, logger, { platform: 'dialogflow' }, event.type === 'fallback' ? undefined : event, language);
};

export const createDialogflowWebhook = ({ runTurn, defaultTimeZone, logger, clock = () => new Date(), nlu }: DialogflowWebhookDependencies): DialogflowWebhook => {
  return async (body, arrivedAt = Date.now()) => {
    const deadline = startDeadline(DIALOGFLOW_TURN_BUDGET_MS, arrivedAt);
    const request = parseWebhookRequest(body);
    const { userId } = dialogflowUserOf(request);
    const understood = requestToEvent(request);
    const { intent, unknownIntent } = understood;
    const event = await heardOfRequest(request, nlu, logger, understood);
    const locale = localeOf(request.queryResult.languageCode);
    const deviceTimeZone = deviceTimeZoneOf(request);
    if (unknownIntent) logger.warn({ intent }, 'Dialogflow intent without a handler; answering as fallback');

    const context = turnContext({ now: clock().toISOString(), deviceTimeZone, defaultTimeZone, locale });
    const { reply } = await loggedTurn(logger, { requestId: request.responseId ?? null, host: 'dialogflow', event: event.type }, () =>
      runTurn({ userId, event, locale, context, deadline, requestId: request.responseId ?? null }),
    );
    return replyToResponse(reply, { session: request.session, deviceTimeZone, suggestions: suggestionsFor(reply.expects, locale) });
  };
};
