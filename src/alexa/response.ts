/** A neutral coach reply as an Alexa response: SSML speech, SSML reprompt, a simple card, and on a screen device the screen. */
import type { ResponseBuilder } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Reply } from '../core/reply';
import { segmentsToSsml } from '../speech/ssml';

/**
 * The screen's document and directives, loaded the first time a reply is shown: a launch on a device without a screen
 * compiles none of it (the Lambda bundles it as a file of its own: scripts/build-lambda.mjs).
 */
let screen: typeof import('./screen/screenDirectives') | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const screenDirectives: typeof import('./screen/screenDirectives').screenDirectives = (...args) => (screen ??= require('./screen/screenDirectives') as typeof import('./screen/screenDirectives')).screenDirectives(...args);

/** `screen`: the device shows APL, and the reply's words for it are in this locale. */
export const toAlexaResponse = (reply: Reply, builder: ResponseBuilder, screen?: { locale: string }): Response => {
  if (reply.speech.length > 0) builder.speak(segmentsToSsml(reply.speech));
  if (!reply.endSession && reply.reprompt.length > 0) builder.reprompt(segmentsToSsml(reply.reprompt));
  if (reply.card) builder.withSimpleCard(reply.card.title, reply.card.text);
  if (screen) for (const directive of screenDirectives(reply, screen.locale)) builder.addDirective(directive);
  builder.withShouldEndSession(reply.endSession);
  return builder.getResponse();
};
