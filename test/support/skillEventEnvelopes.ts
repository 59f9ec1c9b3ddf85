/**
 * Alexa's skill events as the skill receives them: no session, a context naming the skill and the user, and for
 * the permission events the scopes granted now. Shapes from ask-sdk-model's `events.skillevents` types.
 */
import { alexaTimestamp } from '../../support/alexaRequest';
import type { JsonObject } from './alexaEnvelopes';

export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

export type SkillEventType = 'SkillEnabled' | 'SkillDisabled' | 'SkillPermissionAccepted' | 'SkillPermissionChanged' | 'SkillAccountLinked';

export interface SkillEventSpec {
  userId: string;
  applicationId?: string;
  /** The request's instant (now by default). */
  at?: Date;
  body?: JsonObject;
}

export const skillEventEnvelope = (type: SkillEventType, { userId, applicationId = 'amzn1.ask.skill.backcoach-hostile-test', at = new Date(), body }: SkillEventSpec): JsonObject => ({
  version: '1.0',
  context: {
    System: {
      application: { applicationId },
      user: { userId },
      apiEndpoint: 'https://api.amazonalexa.com',
      apiAccessToken: 'test-api-access-token',
    },
  },
  request: {
    type: `AlexaSkillEvent.${type}`,
    requestId: `amzn1.echo-api.request.${Math.random().toString(36).slice(2)}`,
    timestamp: alexaTimestamp(at),
    eventCreationTime: alexaTimestamp(at),
    eventPublishingTime: alexaTimestamp(at),
    ...(body ? { body } : {}),
  },
});

/** A permission event's body: the scopes granted now. */
export const grantedBody = (...scopes: string[]): JsonObject => ({ acceptedPermissions: scopes.map((scope) => ({ scope })) });

export const skillDisabledBody = (): JsonObject => ({ userInformationPersistenceStatus: 'NOT_PERSISTED' });
