/**
 * The reminders permission on Alexa: what the request's envelope says of it, the Connections.SendRequest directive
 * that has Alexa ask the driver for it by voice, and the driver's answer (a Connections.Response request).
 */
import type { RequestEnvelope, Response, interfaces } from 'ask-sdk-model';
import type { CoachContext, HostEvent } from '../core/events';

export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

/** Names the permission question, so its answer is known for ours. */
const ASK_FOR_TOKEN = 'reminders-permission';

/**
 * What the envelope tells: the scope's own status when Alexa lists it; otherwise a consent token means some
 * permission was granted, and only the Reminders API can say whether it is this one (it answers 401 when not).
 */
export const remindersPermission = (envelope: RequestEnvelope): NonNullable<CoachContext['reminders']> => {
  const permissions = envelope.context.System.user.permissions;
  const scopes = permissions?.scopes;
  const status = scopes && Object.hasOwn(scopes, REMINDERS_SCOPE) ? scopes[REMINDERS_SCOPE]?.status : undefined;
  if (status === 'GRANTED') return 'granted';
  if (status === 'DENIED') return 'missing';
  return permissions?.consentToken ? 'unknown' : 'missing';
};

/** Alexa's voice question for the reminders permission: it asks, then sends the answer as a Connections.Response. */
export const askForRemindersDirective = (): interfaces.connections.SendRequestDirective => ({
  type: 'Connections.SendRequest',
  name: 'AskFor',
  payload: {
    '@type': 'AskForPermissionsConsentRequest',
    '@version': '2',
    permissionScopes: [{ permissionScope: REMINDERS_SCOPE, consentLevel: 'ACCOUNT' }],
  },
  token: ASK_FOR_TOKEN,
});

/**
 * The response that hands over to Alexa's question: the coach's words before it and the directive, no reprompt, and
 * shouldEndSession true, as for any skill connection: Alexa takes the conversation for its own question and sends the
 * answer back as a Connections.Response, which continues the pending request from the driver's document (nothing of it
 * is kept in the session).
 */
export const withPermissionQuestion = (response: Response): Response => {
  const asking: Response = { ...response, directives: [...(response.directives ?? []), askForRemindersDirective()], shouldEndSession: true };
  delete asking.reprompt;
  return asking;
};

/** The driver's answer to the permission question, from a Connections.Response request; null for any other. */
export const permissionAnswerOf = (request: RequestEnvelope['request']): HostEvent | null => {
  if (request.type !== 'Connections.Response' || request.name !== 'AskFor') return null;
  const status = (request.payload as { status?: unknown } | undefined)?.status;
  const answer = status === 'ACCEPTED' ? 'accepted' : status === 'DENIED' ? 'denied' : 'notAnswered';
  return { type: 'remindersPermission', answer };
};
