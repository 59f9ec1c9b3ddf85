/**
 * The device's time zone from the Alexa Settings API (the turn falls back to the last one known, then the
 * deployment's default: src/turns/turnContext.ts). A slow or failing settings call never fails the turn.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { isValidTimeZone } from '../core/time';

const SETTINGS_TIMEOUT_MS = 1500;

export const deviceTimeZone = async (input: HandlerInput): Promise<string | null> => {
  const { System } = input.requestEnvelope.context;
  const deviceId = System.device?.deviceId;
  if (!System.apiAccessToken || !deviceId || !input.serviceClientFactory) return null;
  try {
    const client = input.serviceClientFactory.getUpsServiceClient();
    const zone = await Promise.race([
      client.getSystemTimeZone(deviceId),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), SETTINGS_TIMEOUT_MS).unref()),
    ]);
    return isValidTimeZone(zone) ? zone : null;
  } catch {
    return null;
  }
};
