/**
 * The English of the platforms' models: the phrasings of ./phrases/, the carrier phrases of ./carrierPhrases.ts. The
 * slot values are the model's own (the reading rules' tables and the generated wordings, src/model/intents.ts).
 */
import type { ModelPhrasing } from '../modelPhrasing';
import { ENGLISH_CARRIER_INTENTS, ENGLISH_COUNT_COMMENTS } from './carrierPhrases';
import { englishSamples, halfWeightSamples, INVOCATION_NAME, WELCOME_PHRASES } from './phrases';

export const ENGLISH_MODEL_PHRASING: ModelPhrasing = {
  invocationName: INVOCATION_NAME,
  samples: englishSamples,
  welcomePhrases: WELCOME_PHRASES,
  carrierIntents: ENGLISH_CARRIER_INTENTS,
  countComments: ENGLISH_COUNT_COMMENTS,
  halfWeightSamples,
  numberExamples: ['12', '9', '40', 'twelve', '25', '8', 'fifteen', '30', '10', 'twenty'],
  unreachableReply: "Sorry, the coach can't be reached right now. Please try again in a minute.",
};
