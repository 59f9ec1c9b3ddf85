/**
 * What a driver said on Alexa, as a heard line for the coach to read by its question. Alexa's model places most lines
 * itself (its intent and slots are the reading); a line it placed by a carrier phrase only (src/model/carrierIntents.ts)
 * comes back in words, the carrier and what Alexa heard after it, and is read like a typed line: by the local NLU,
 * trained from the same language model, and by the words themselves. So does a count said with a comment
 * (src/model/countComments.ts): Alexa's count is its reading, and the words are read for pain and lost form.
 */
import type { Intent } from 'ask-sdk-model';
import type { HeardLine } from '../core/events';
import type { Language } from '../languages/locales';
import type { Logger } from '../log';
import { FOLLOWING_WORDS_SLOT, lineOfCarrierIntent } from '../model/carrierIntents';
import { COUNT_WITH_COMMENT_INTENT, lineOfCountWithComment } from '../model/countComments';
import { eventOfHalfWeight, HALF_WEIGHT_INTENT } from '../model/halfWeights';
import { eventOfHeard } from '../model/intentEvents';
import { parseSpokenNumber } from '../core/numbers';
import type { Nlu } from '../nlu/nlu';
import { heardAsPlaced, heardInWords } from '../nlu/readLine';
import { alexaSlots } from './intentEvents';

/** What a driver said, in the language of the request's locale. */
export const heardIntent = async (intent: Intent, nlu: (() => Promise<Nlu>) | undefined, logger: Logger, language: Language): Promise<HeardLine> => {
  if (intent.name === COUNT_WITH_COMMENT_INTENT) {
    const slots = alexaSlots(intent.slots);
    // Alexa's count, and the words of the line put back together for the coach's rules.
    const count = parseSpokenNumber(slots.count?.value ?? null) ?? parseSpokenNumber(slots.amount?.id ?? null);
    return heardInWords(lineOfCountWithComment(slots), nlu, logger, { intent: intent.name }, { type: 'count', value: count }, language);
  }
  if (intent.name === HALF_WEIGHT_INTENT) return heardAsPlaced(eventOfHalfWeight(alexaSlots(intent.slots)), language);
  const line = lineOfCarrierIntent(intent.name, intent.slots?.[FOLLOWING_WORDS_SLOT]?.value ?? '');
  if (line === null) return heardAsPlaced(eventOfHeard(intent.name, alexaSlots(intent.slots)), language);
  return heardInWords(line, nlu, logger, { carrier: intent.name }, undefined, language);
};
