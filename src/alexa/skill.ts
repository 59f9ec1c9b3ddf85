/**
 * The Alexa skill: every request becomes one coach event, run by the shared turn runner (one atomic update of
 * the user's stored document), so nothing depends on the session surviving and two devices of one driver never
 * overwrite each other's turn.
 */
import { getRequestType, SkillBuilders, type ErrorHandler, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { IntentRequest, RequestEnvelope, Response, interfaces } from 'ask-sdk-model';
import { apologyReply } from '../core/apology';
import type { CoachEvent } from '../core/events';
import { usableLocale } from '../core/locale';
import { localeDefaults } from '../languages/locales';
import type { Logger } from '../log';
import type { Nlu } from '../nlu/nlu';
import type { TurnRunner } from '../turns/turnRunner';
import { DeadlineApiClient } from './apiClient';
import { serviceClientsUntil } from './turnServices';
import { ALEXA_TURN_BUDGET_MS, startDeadline } from '../turns/deadline';
import { instantOf } from './requestTime';
import { toAlexaResponse } from './response';
import { canFulfillIntentHandler } from './canFulfillIntent';
import { showsScreens } from './screen/showsScreens';
import { turnContext } from '../turns/turnContext';
import { deviceTimeZone } from './timeZone';
import { skillEventHandler, skillEventOf } from './skillEvents';
import { runTurnWithReminders } from '../turns/reminderStep';
import { loggedTurn } from '../turns/turnLog';
import { alexaRemindersService } from './remindersService';
import { permissionAnswerOf, remindersPermission, withPermissionQuestion } from './remindersPermission';

export interface AlexaSkillDependencies {
  runTurn: TurnRunner;
  /** Used when neither the device nor the user's document tells the time zone. */
  defaultTimeZone: string;
  /** When set, requests for any other skill are refused. */
  skillId?: string;
  logger: Logger;
  /** The longest any one call to Alexa's service APIs may take (the client's default otherwise), within the turn's budget. */
  apiTimeoutMs?: number;
  /** The longest all the reminders calls of one turn may take together (REMINDERS_DEADLINE_MS otherwise), within the turn's budget. */
  remindersDeadlineMs?: number;
  /**
   * The local NLU, for the lines Alexa's model placed by a carrier phrase only (src/alexa/heardIntent.ts). Without it
   * such a line is read by its words alone.
   */
  nlu?: () => Promise<Nlu>;
}

const localeOf = (envelope: RequestEnvelope): string => usableLocale(envelope.request.locale);

/** The device's zone once asked in this session: a zone, or null when the lookup failed or found none. */
const TIME_ZONE_ATTRIBUTE = 'deviceTimeZone';

const eventOf = async (envelope: RequestEnvelope, { nlu, logger }: AlexaSkillDependencies): Promise<CoachEvent> => {
  const request = envelope.request;
  const { language } = localeDefaults(localeOf(envelope));
  if (request.type === 'LaunchRequest') return { type: 'launch' };
  if (request.type === 'SessionEndedRequest') return { type: 'sessionEnded' };
  const permissionAnswer = permissionAnswerOf(request);
  if (permissionAnswer) return permissionAnswer;
  return eventOfSaid(request as IntentRequest | interfaces.alexa.presentation.apl.UserEvent, nlu, logger, language);
};

/** What the driver said, read when a request first carries it: a launch loads none of it (./intentRequestEvent.ts). */
let intentRequestEvent: typeof import('./intentRequestEvent') | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const eventOfSaid: typeof import('./intentRequestEvent').eventOfSaid = (...args) => (intentRequestEvent ??= require('./intentRequestEvent') as typeof import('./intentRequestEvent')).eventOfSaid(...args);

/**
 * The device's zone is asked once per session and kept in the session attributes, and so is a lookup that failed
 * or timed out: a Settings API that is down costs the session one deadline, not one per turn.
 */
const sessionTimeZone = async (input: HandlerInput, lookUp: () => Promise<string | null>): Promise<string | null> => {
  if (!input.requestEnvelope.session) return lookUp();
  const attributes = input.attributesManager.getSessionAttributes<Record<string, unknown>>();
  if (Object.hasOwn(attributes, TIME_ZONE_ATTRIBUTE)) {
    const known = attributes[TIME_ZONE_ATTRIBUTE];
    return typeof known === 'string' ? known : null;
  }
  const zone = await lookUp();
  input.attributesManager.setSessionAttributes({ ...attributes, [TIME_ZONE_ATTRIBUTE]: zone });
  return zone;
};

/** What the Settings API call leaves of the turn's budget: the store's update and the answer. */
export const AFTER_SETTINGS_RESERVE_MS = 4000;

/**
 * When the request arrived: the route stamps it (`arrivedAt` in the invocation's context) before checking its
 * signature; else (Lambda) the handler was called just now.
 */
const arrivalOf = (context: unknown): number => {
  const arrivedAt = (context as { arrivedAt?: unknown } | null | undefined)?.arrivedAt;
  return typeof arrivedAt === 'number' && Number.isFinite(arrivedAt) ? arrivedAt : Date.now();
};

const coachHandler = (deps: AlexaSkillDependencies, apiClient: DeadlineApiClient): RequestHandler => ({
  canHandle: (input) =>
    ['LaunchRequest', 'IntentRequest', 'SessionEndedRequest', 'Alexa.Presentation.APL.UserEvent'].includes(getRequestType(input.requestEnvelope)) ||
    permissionAnswerOf(input.requestEnvelope.request) !== null,
  handle: async (input): Promise<Response> => {
    const { runTurn, defaultTimeZone, logger, remindersDeadlineMs } = deps;
    const deadline = startDeadline(ALEXA_TURN_BUDGET_MS, arrivalOf(input.context));
    const clientsUntil = (endsAt: number) => serviceClientsUntil(input, apiClient, endsAt);
    const envelope = input.requestEnvelope;
    const event = await eventOf(envelope, deps);
    // The Settings API call is made before the turn, and the reminders calls after it is stored (runTurnWithReminders),
    // so no remote call ever holds the user's document; each gets what the turn's budget leaves it.
    const device = await sessionTimeZone(input, () => deviceTimeZone(input, clientsUntil(deadline.by(AFTER_SETTINGS_RESERVE_MS))));
    const locale = localeOf(envelope);
    const request = {
      userId: envelope.context.System.user.userId,
      event,
      locale,
      deadline,
      requestId: envelope.request.requestId,
      context: turnContext({
        now: instantOf(envelope.request.timestamp),
        deviceTimeZone: device,
        defaultTimeZone,
        locale,
        inVehicle: envelope.context.Automotive !== undefined,
        reminders: remindersPermission(envelope),
        zoneFromDevice: true,
      }),
    };
    const service = alexaRemindersService(input, { logger, deadlineMs: remindersDeadlineMs, clientsUntil });
    const { reply } = await loggedTurn(logger, { requestId: envelope.request.requestId ?? null, host: 'alexa', event: event.type }, () =>
      runTurnWithReminders(runTurn, request, service, logger),
    );
    // Alexa says nothing of this answer; the session is over either way.
    if (event.type === 'sessionEnded') return input.responseBuilder.withShouldEndSession(true).getResponse();
    const response = toAlexaResponse(reply, input.responseBuilder, showsScreens(envelope) ? { locale } : undefined);
    return reply.askRemindersPermission ? withPermissionQuestion(response) : response;
  },
});

/** Alexa reports that an earlier response of the skill was invalid; it takes no speech in return. */
const exceptionEncounteredHandler = (logger: Logger): RequestHandler => ({
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'System.ExceptionEncountered',
  handle: (input) => {
    const { error, cause } = input.requestEnvelope.request as interfaces.system.ExceptionEncounteredRequest;
    logger.warn({ error, cause }, 'Alexa reports that a response of the skill failed');
    return input.responseBuilder.withShouldEndSession(true).getResponse();
  },
});

/**
 * The answer to a Connections request the skill never sends (only its own AskFor is answered by the coach): nothing
 * to say to it, nothing stored, as for an exception report.
 */
const otherConnectionsResponseHandler = (logger: Logger): RequestHandler => ({
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'Connections.Response',
  handle: (input) => {
    logger.warn({ name: (input.requestEnvelope.request as interfaces.connections.ConnectionsResponse).name }, 'an answer to a request the skill never sent');
    return input.responseBuilder.withShouldEndSession(true).getResponse();
  },
});

/**
 * Every failure is answered in words, but a skill event's: nobody hears it, so the invocation fails instead. Alexa's
 * question whether the coach can take a line is answered NO, never with words.
 */
const errorHandler = (logger: Logger): ErrorHandler => ({
  canHandle: (input) => skillEventOf(input.requestEnvelope.request) === null,
  handle: (input, error) => {
    logger.error({ err: error, request: input.requestEnvelope.request.type }, 'request failed');
    if (getRequestType(input.requestEnvelope) === 'CanFulfillIntentRequest') {
      return input.responseBuilder.withCanFulfillIntent({ canFulfill: 'NO' }).withShouldEndSession(true).getResponse();
    }
    return toAlexaResponse(apologyReply(localeOf(input.requestEnvelope), 'error'), input.responseBuilder);
  },
});

export const createAlexaSkill = (deps: AlexaSkillDependencies) => {
  const apiClient = new DeadlineApiClient({ timeoutMs: deps.apiTimeoutMs });
  const builder = SkillBuilders.custom()
    .addRequestHandlers(
      coachHandler(deps, apiClient),
      canFulfillIntentHandler(deps.logger),
      skillEventHandler(deps),
      exceptionEncounteredHandler(deps.logger),
      otherConnectionsResponseHandler(deps.logger),
    )
    .addErrorHandlers(errorHandler(deps.logger))
    .withApiClient(apiClient);
  if (deps.skillId) builder.withSkillId(deps.skillId);
  return builder.create();
};
