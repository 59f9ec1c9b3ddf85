/**
 * A progressive response: Alexa says a few words while the skill waits on something slow, so the driver never waits
 * in silence. It has a short deadline of its own, and its failure changes nothing (the answer comes anyway).
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Logger } from '../log';
import { segmentsToSsml } from '../speech/ssml';

/** Said at once or not at all: a progressive response that arrives after the answer is useless. */
export const PROGRESSIVE_DEADLINE_MS = 1000;

export const sendProgressiveResponse = async (input: HandlerInput, words: string, logger: Logger, deadlineMs = PROGRESSIVE_DEADLINE_MS): Promise<void> => {
  const requestId = input.requestEnvelope.request.requestId;
  const factory = input.serviceClientFactory;
  if (!factory || !input.requestEnvelope.context.System.apiAccessToken) return;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      factory.getDirectiveServiceClient().enqueue({ header: { requestId }, directive: { type: 'VoicePlayer.Speak', speech: segmentsToSsml([{ kind: 'text', text: words }]) } }),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, deadlineMs);
      }),
    ]);
  } catch (error) {
    logger.debug({ err: error }, 'progressive response not sent');
  } finally {
    clearTimeout(timer);
  }
};
