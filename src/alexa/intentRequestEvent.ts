/**
 * The event of a request that carries what the driver said (an intent, or a touch on the screen). It and the intent
 * table, the slot values and the carrier phrases it reads are loaded the first time such a request comes, so a launch
 * compiles none of them (the Lambda bundles them as a file of their own: scripts/build-lambda.mjs).
 */
import type { IntentRequest, interfaces } from 'ask-sdk-model';
import type { HeardLine } from '../core/events';
import type { Language } from '../languages/locales';
import type { Logger } from '../log';
import { lineOfCarrierIntent } from '../model/carrierIntents';
import { intentNamed } from '../model/intentEvents';
import type { Nlu } from '../nlu/nlu';
import { heardIntent } from './heardIntent';
import { intentOfTouch } from './screen/touchAnswers';

type UserEvent = interfaces.alexa.presentation.apl.UserEvent;

export const eventOfSaid = (request: IntentRequest | UserEvent, nlu: (() => Promise<Nlu>) | undefined, logger: Logger, language: Language): Promise<HeardLine> => {
  // A touch is heard as the intent its spoken form is: the same event as the words.
  if (request.type === 'Alexa.Presentation.APL.UserEvent') {
    return heardIntent(intentOfTouch(request.arguments) ?? { name: 'AMAZON.FallbackIntent', confirmationStatus: 'NONE' }, nlu, logger, language);
  }
  const { intent } = request;
  if (!intentNamed(intent.name) && lineOfCarrierIntent(intent.name, '') === null) logger.warn({ intent: intent.name }, 'intent not in the language model; answering as fallback');
  return heardIntent(intent, nlu, logger, language);
};
