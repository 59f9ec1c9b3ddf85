/**
 * The Alexa skill: every request becomes one coach event, run by the shared turn runner (one atomic update of
 * the user's stored document), so nothing depends on the session surviving and two devices of one driver never
 * overwrite each other's turn.
 */
import { DefaultApiClient, getRequestType, SkillBuilders, type ErrorHandler, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { IntentRequest, RequestEnvelope, Response } from 'ask-sdk-model';
import { apologyReply } from '../core/apology';
import type { CoachEvent } from '../core/events';
import type { Logger } from '../log';
import type { TurnRunner } from '../turns/turnRunner';
import { eventOfIntent } from './intentEvents';
import { toAlexaResponse } from './response';
import { turnContext } from '../turns/turnContext';
import { deviceTimeZone } from './timeZone';

export interface AlexaSkillDependencies {
  runTurn: TurnRunner;
  /** Used when neither the device nor the user's document tells the time zone. */
  defaultTimeZone: string;
  /** When set, requests for any other skill are refused. */
  skillId?: string;
  logger: Logger;
}

const TIME_ZONE_ATTRIBUTE = 'deviceTimeZone';

const eventOf = (envelope: RequestEnvelope, logger: Logger): CoachEvent => {
  const request = envelope.request;
  if (request.type === 'LaunchRequest') return { type: 'launch' };
  if (request.type === 'SessionEndedRequest') return { type: 'sessionEnded' };
  const intent = (request as IntentRequest).intent;
  const event = eventOfIntent(intent);
  if (!event) logger.warn({ intent: intent.name }, 'intent not in the language model; answering as fallback');
  return event ?? { type: 'fallback' };
};

const instantOf = (timestamp: string | undefined): string => {
  const parsed = timestamp ? Date.parse(timestamp) : Number.NaN;
  return new Date(Number.isNaN(parsed) ? Date.now() : parsed).toISOString();
};

const localeOf = (envelope: RequestEnvelope): string => envelope.request.locale ?? 'en-US';

/** The device's zone is asked once per session and kept in the session attributes. */
const sessionTimeZone = async (input: HandlerInput): Promise<string | null> => {
  const attributes = input.attributesManager.getSessionAttributes();
  if (typeof attributes[TIME_ZONE_ATTRIBUTE] === 'string') return attributes[TIME_ZONE_ATTRIBUTE];
  const zone = await deviceTimeZone(input);
  if (zone && input.requestEnvelope.session) input.attributesManager.setSessionAttributes({ ...attributes, [TIME_ZONE_ATTRIBUTE]: zone });
  return zone;
};

const coachHandler = ({ runTurn, defaultTimeZone, logger }: AlexaSkillDependencies): RequestHandler => ({
  canHandle: (input) => ['LaunchRequest', 'IntentRequest', 'SessionEndedRequest'].includes(getRequestType(input.requestEnvelope)),
  handle: async (input): Promise<Response> => {
    const envelope = input.requestEnvelope;
    const event = eventOf(envelope, logger);
    // The Settings API call is made before the turn, so no remote call ever holds the user's document.
    const device = await sessionTimeZone(input);
    const locale = localeOf(envelope);
    const { document, reply, failure } = await runTurn({
      userId: envelope.context.System.user.userId,
      event,
      locale,
      context: turnContext({
        now: instantOf(envelope.request.timestamp),
        deviceTimeZone: device,
        defaultTimeZone,
        locale,
        inVehicle: envelope.context.Automotive !== undefined,
      }),
    });
    if (!failure) logger.info({ event: event.type, activity: document?.activity?.kind ?? null }, 'turn');
    if (event.type === 'sessionEnded') return input.responseBuilder.getResponse();
    return toAlexaResponse(reply, input.responseBuilder);
  },
});

const errorHandler = (logger: Logger): ErrorHandler => ({
  canHandle: () => true,
  handle: (input, error) => {
    logger.error({ err: error, request: input.requestEnvelope.request.type }, 'request failed');
    return toAlexaResponse(apologyReply(localeOf(input.requestEnvelope), 'error'), input.responseBuilder);
  },
});

export const createAlexaSkill = (deps: AlexaSkillDependencies) => {
  const builder = SkillBuilders.custom()
    .addRequestHandlers(coachHandler(deps))
    .addErrorHandlers(errorHandler(deps.logger))
    .withApiClient(new DefaultApiClient());
  if (deps.skillId) builder.withSkillId(deps.skillId);
  return builder.create();
};
