/**
 * Alexa's service clients for one step of a turn: ask-sdk's factory over the skill's deadline API client, with every
 * call of the step over (aborted, its socket closed) by the time the step must end, so no call outlives the turn's
 * budget and none is merely raced and left running.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { services } from 'ask-sdk-model';
import type { DeadlineApiClient } from './apiClient';

export const serviceClientsUntil = (input: HandlerInput, apiClient: DeadlineApiClient, endsAt: number): services.ServiceClientFactory | null => {
  const { apiEndpoint, apiAccessToken } = input.requestEnvelope.context.System;
  if (!apiAccessToken || !input.serviceClientFactory) return null;
  return new services.ServiceClientFactory({ apiClient: apiClient.until(endsAt), apiEndpoint, authorizationValue: apiAccessToken });
};
