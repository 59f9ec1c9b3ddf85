/** A neutral coach reply as an Alexa response: SSML speech, SSML reprompt, a simple card. */
import type { ResponseBuilder } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Reply } from '../core/reply';
import { segmentsToSsml } from '../speech/ssml';

export const toAlexaResponse = (reply: Reply, builder: ResponseBuilder): Response => {
  if (reply.speech.length > 0) builder.speak(segmentsToSsml(reply.speech));
  if (!reply.endSession && reply.reprompt.length > 0) builder.reprompt(segmentsToSsml(reply.reprompt));
  if (reply.card) builder.withSimpleCard(reply.card.title, reply.card.text);
  builder.withShouldEndSession(reply.endSession);
  return builder.getResponse();
};
