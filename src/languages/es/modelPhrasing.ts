/**
 * The Spanish of the platforms' models: the phrasings of ./phrases/, the slot values of ./slotValues.ts, the carrier
 * phrases of ./carrierPhrases.ts and a count's comments of ./countComments.ts. The invocation name stays "back coach": it is the skill's name in every locale (the
 * coach says "Bienvenido a Back Coach"), two words with no launch word, article or preposition, and the drivers it is
 * for mix English words into their Spanish ("las reps", "el dumbbell").
 */
import type { ModelPhrasing } from '../modelPhrasing';
import { SPANISH_CARRIER_INTENTS } from './carrierPhrases';
import { SPANISH_COUNT_COMMENTS } from './countComments';
import { halfWeightSamples, SPANISH_WELCOME_PHRASES, spanishSamples } from './phrases';
import { SPANISH_SLOT_VALUES } from './slotValues';

export const SPANISH_MODEL_PHRASING: ModelPhrasing = {
  invocationName: 'back coach',
  samples: spanishSamples,
  slotValues: SPANISH_SLOT_VALUES,
  welcomePhrases: SPANISH_WELCOME_PHRASES,
  carrierIntents: SPANISH_CARRIER_INTENTS,
  countComments: SPANISH_COUNT_COMMENTS,
  halfWeightSamples,
  numberExamples: ['12', '9', '40', 'doce', '25', '8', 'quince', '30', '10', 'veinte'],
  unreachableReply: 'Perdón, ahorita no puedo comunicarme con el coach. Inténtalo otra vez en un minuto.',
};
