/**
 * The device's time zone from the Alexa Settings API (the turn falls back to the last one known, then the
 * deployment's default: src/turns/turnContext.ts). A slow or failing settings call never fails the turn: the
 * service clients given abort it at their deadline (src/alexa/turnServices.ts) and the answer here is null.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import { isValidTimeZone } from '../core/time';

export const deviceTimeZone = async (input: HandlerInput, clients: services.ServiceClientFactory | null): Promise<string | null> => {
  const deviceId = input.requestEnvelope.context.System.device?.deviceId;
  if (!deviceId || !clients) return null;
  try {
    const zone = await clients.getUpsServiceClient().getSystemTimeZone(deviceId);
    return isValidTimeZone(zone) ? zone : null;
  } catch {
    return null;
  }
};
