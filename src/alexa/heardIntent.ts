/**
 * What a driver said, as the language model names it. Alexa's model places most lines itself; a line it placed by
 * its first word only (an opening-word intent, see src/model/openingWords.ts) is read by the local NLU, trained from
 * the same language model: the word and what Alexa heard after it.
 */
import type { Intent } from 'ask-sdk-model';
import type { Logger } from '../log';
import { FOLLOWING_WORDS_SLOT, openingWordOf } from '../model/openingWords';
import type { Nlu } from '../nlu/nlu';
import { readLine, type HeardIntent } from '../nlu/readLine';
import { alexaSlots } from './intentEvents';

/** The line a driver said when Alexa placed it by its opening word only; null for any other intent. */
const lineOfOpeningWordIntent = (intent: Intent): string | null => {
  const word = openingWordOf(intent.name);
  if (word === null) return null;
  const following = intent.slots?.[FOLLOWING_WORDS_SLOT]?.value ?? '';
  return `${word} ${following}`.trim();
};

export const heardIntent = async (intent: Intent, nlu: (() => Promise<Nlu>) | undefined, logger: Logger): Promise<HeardIntent> => {
  const line = lineOfOpeningWordIntent(intent);
  if (line === null) return { name: intent.name, slots: alexaSlots(intent.slots) };
  return readLine(line, nlu, logger, { opening: intent.name });
};
