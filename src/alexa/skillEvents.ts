/**
 * Alexa's skill events (the skill enabled or disabled, permissions granted or changed in the Alexa app), which
 * come outside any session: each becomes a coach event run by the shared turn runner, like any turn, and gets an
 * empty response. When the turn fails (the store busy or down) the handler throws instead of apologising: nobody
 * is listening, and a failed invocation is what shows in the function's errors (a 500 over HTTPS).
 */
import type { RequestHandler } from 'ask-sdk-core';
import type { Request, Response, events } from 'ask-sdk-model';
import { usableLocale } from '../core/locale';
import type { SkillEvent } from '../core/events';
import type { Logger } from '../log';
import { ALEXA_TURN_BUDGET_MS, startDeadline } from '../turns/deadline';
import { turnContext } from '../turns/turnContext';
import { loggedTurn } from '../turns/turnLog';
import type { TurnFailure, TurnRunner } from '../turns/turnRunner';
import { instantOf } from './requestTime';

/** The skill events the skill subscribes to (skill-package/skill.json, `events.subscriptions`). */
export const SKILL_EVENT_REQUEST_TYPES = [
  'AlexaSkillEvent.SkillEnabled',
  'AlexaSkillEvent.SkillDisabled',
  'AlexaSkillEvent.SkillPermissionAccepted',
  'AlexaSkillEvent.SkillPermissionChanged',
] as const;

type PermissionRequest = events.skillevents.PermissionAcceptedRequest | events.skillevents.PermissionChangedRequest;

/** The scopes granted now: the account's and, on a device that knows who speaks, that person's. */
const grantedScopes = (request: PermissionRequest): string[] => {
  const accepted = [...(request.body?.acceptedPermissions ?? []), ...(request.body?.acceptedPersonPermissions ?? [])];
  return accepted.map((permission) => permission.scope).filter((scope): scope is string => typeof scope === 'string' && scope !== '');
};

/** The coach event for a skill event request; null for any other request. */
export const skillEventOf = (request: Request): SkillEvent | null => {
  switch (request.type) {
    case 'AlexaSkillEvent.SkillEnabled':
      return { type: 'skillEnabled' };
    case 'AlexaSkillEvent.SkillDisabled':
      return { type: 'skillDisabled' };
    case 'AlexaSkillEvent.SkillPermissionAccepted':
    case 'AlexaSkillEvent.SkillPermissionChanged':
      return { type: 'permissionsChanged', granted: grantedScopes(request) };
    default:
      return null;
  }
};

export class SkillEventFailedError extends Error {
  constructor(
    readonly event: SkillEvent['type'],
    readonly failure: TurnFailure,
  ) {
    super(`the skill event ${event} was not applied (${failure})`);
    this.name = 'SkillEventFailedError';
  }
}

export interface SkillEventDependencies {
  runTurn: TurnRunner;
  defaultTimeZone: string;
  logger: Logger;
}

export const skillEventHandler = ({ runTurn, defaultTimeZone, logger }: SkillEventDependencies): RequestHandler => ({
  canHandle: (input) => skillEventOf(input.requestEnvelope.request) !== null,
  handle: async (input): Promise<Response> => {
    const envelope = input.requestEnvelope;
    const event = skillEventOf(envelope.request)!;
    const locale = usableLocale(envelope.request.locale);
    const { failure } = await loggedTurn(logger, { requestId: envelope.request.requestId ?? null, host: 'alexa', event: event.type }, () =>
      runTurn({
        userId: envelope.context.System.user.userId,
        event,
        locale,
        deadline: startDeadline(ALEXA_TURN_BUDGET_MS),
        requestId: envelope.request.requestId,
        context: turnContext({ now: instantOf(envelope.request.timestamp), deviceTimeZone: null, defaultTimeZone, locale }),
      }),
    );
    if (failure) throw new SkillEventFailedError(event.type, failure);
    return input.responseBuilder.getResponse();
  },
});
