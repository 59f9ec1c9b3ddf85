/**
 * The device's time zone from the Alexa Settings API (the turn falls back to the last one known, then the
 * deployment's default: src/turns/turnContext.ts). A slow or failing settings call never fails the turn: the
 * skill's API client aborts it at its deadline (src/alexa/apiClient.ts) and the answer here is null.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { isValidTimeZone } from '../core/time';

export const deviceTimeZone = async (input: HandlerInput): Promise<string | null> => {
  const { System } = input.requestEnvelope.context;
  const deviceId = System.device?.deviceId;
  if (!System.apiAccessToken || !deviceId || !input.serviceClientFactory) return null;
  try {
    const zone = await input.serviceClientFactory.getUpsServiceClient().getSystemTimeZone(deviceId);
    return isValidTimeZone(zone) ? zone : null;
  } catch {
    return null;
  }
};
