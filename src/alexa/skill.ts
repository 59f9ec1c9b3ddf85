/**
 * The Alexa skill: every request becomes one coach event; the user's document is read from the store
 * before and written after every turn, so nothing depends on the session surviving.
 */
import { DefaultApiClient, getRequestType, SkillBuilders, type ErrorHandler, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { IntentRequest, RequestEnvelope, Response } from 'ask-sdk-model';
import type { CoachEvent } from '../core/events';
import { prompt } from '../core/prompts';
import type { Logger } from '../log';
import { segmentsToSsml } from '../speech/ssml';
import { StoredDocumentError } from '../store/errors';
import type { UserStore } from '../store/userStore';
import { takeTurn } from '../turns/takeTurn';
import { INTENT_EVENTS } from './intentEvents';
import { toAlexaResponse } from './response';
import { chooseTimeZone, deviceTimeZone } from './timeZone';

export interface AlexaSkillDependencies {
  store: UserStore;
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
  const toEvent = INTENT_EVENTS[intent.name];
  if (!toEvent) {
    logger.warn({ intent: intent.name }, 'intent without a handler; answering as fallback');
    return { type: 'fallback' };
  }
  return toEvent(intent.slots);
};

const instantOf = (timestamp: string | undefined): string => {
  const parsed = timestamp ? Date.parse(timestamp) : Number.NaN;
  return new Date(Number.isNaN(parsed) ? Date.now() : parsed).toISOString();
};

/** The device's zone is asked once per session and kept in the session attributes. */
const sessionTimeZone = async (input: HandlerInput): Promise<string | null> => {
  const attributes = input.attributesManager.getSessionAttributes();
  if (typeof attributes[TIME_ZONE_ATTRIBUTE] === 'string') return attributes[TIME_ZONE_ATTRIBUTE];
  const zone = await deviceTimeZone(input);
  if (zone && input.requestEnvelope.session) input.attributesManager.setSessionAttributes({ ...attributes, [TIME_ZONE_ATTRIBUTE]: zone });
  return zone;
};

const coachHandler = ({ store, defaultTimeZone, logger }: AlexaSkillDependencies): RequestHandler => ({
  canHandle: (input) => ['LaunchRequest', 'IntentRequest', 'SessionEndedRequest'].includes(getRequestType(input.requestEnvelope)),
  handle: async (input): Promise<Response> => {
    const envelope = input.requestEnvelope;
    const userId = envelope.context.System.user.userId;
    const event = eventOf(envelope, logger);
    const { document, reply } = await takeTurn(store, {
      userId,
      event,
      context: async (stored) => ({
        now: instantOf(envelope.request.timestamp),
        timeZone: chooseTimeZone(await sessionTimeZone(input), stored?.timeZone ?? null, defaultTimeZone),
        locale: envelope.request.locale ?? 'en-US',
        inVehicle: envelope.context.Automotive !== undefined,
      }),
    });
    logger.info({ event: event.type, activity: document?.activity?.kind ?? null }, 'turn');
    if (event.type === 'sessionEnded') return input.responseBuilder.getResponse();
    return toAlexaResponse(reply, input.responseBuilder);
  },
});

const errorHandler = (logger: Logger): ErrorHandler => ({
  canHandle: () => true,
  handle: (input, error) => {
    logger.error({ err: error, request: input.requestEnvelope.request.type }, 'turn failed');
    const locale = input.requestEnvelope.request.locale ?? 'en-US';
    const text = prompt(locale, error instanceof StoredDocumentError ? 'ERROR_STORE' : 'ERROR');
    const ssml = segmentsToSsml([{ kind: 'text', text }]);
    return input.responseBuilder.speak(ssml).reprompt(ssml).getResponse();
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
