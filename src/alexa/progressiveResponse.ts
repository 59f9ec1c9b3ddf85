/**
 * A progressive response: Alexa says a few words while the skill waits on something slow, so the driver never waits
 * in silence. It has a short deadline of its own (within the turn's), and its failure changes nothing (the answer
 * comes anyway).
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import type { Logger } from '../log';
import { segmentsToSsml } from '../speech/ssml';

/** Said at once or not at all: a progressive response that arrives after the answer is useless. */
export const PROGRESSIVE_DEADLINE_MS = 1000;

/** Sends `words` through `clients`, whose calls are aborted at their deadline; never throws. */
export const sendProgressiveResponse = async (input: HandlerInput, words: string, logger: Logger, clients: services.ServiceClientFactory): Promise<void> => {
  const requestId = input.requestEnvelope.request.requestId;
  try {
    await clients
      .getDirectiveServiceClient()
      .enqueue({ header: { requestId }, directive: { type: 'VoicePlayer.Speak', speech: segmentsToSsml([{ kind: 'text', text: words }]) } });
  } catch (error) {
    logger.debug({ err: error }, 'progressive response not sent');
  }
};
