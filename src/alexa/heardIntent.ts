/**
 * What a driver said, as the language model names it. Alexa's model places most lines itself; a line it placed by
 * its first word only (an opening-word intent, see src/model/openingWords.ts) is read by the local NLU, trained from
 * the same language model: the word and what Alexa heard after it.
 */
import type { Intent } from 'ask-sdk-model';
import type { Logger } from '../log';
import type { SlotInputs } from '../model/intentEvents';
import { FOLLOWING_WORDS_SLOT, openingWordOf } from '../model/openingWords';
import type { Nlu } from '../nlu/nlu';
import { alexaSlots } from './intentEvents';

export interface HeardIntent {
  name: string;
  slots: SlotInputs;
}

/** Longer than anything a driver says to a set of rows: such a line is not read, and is answered as not understood. */
export const MAX_HEARD_CHARACTERS = 300;

const NOT_UNDERSTOOD: HeardIntent = { name: 'AMAZON.FallbackIntent', slots: {} };

/** The line a driver said when Alexa placed it by its opening word only; null for any other intent. */
export const lineOfOpeningWordIntent = (intent: Intent): string | null => {
  const word = openingWordOf(intent.name);
  if (word === null) return null;
  const following = intent.slots?.[FOLLOWING_WORDS_SLOT]?.value ?? '';
  return `${word} ${following}`.trim();
};

export const heardIntent = async (intent: Intent, nlu: (() => Promise<Nlu>) | undefined, logger: Logger): Promise<HeardIntent> => {
  const line = lineOfOpeningWordIntent(intent);
  if (line === null) return { name: intent.name, slots: alexaSlots(intent.slots) };
  if (!nlu || line.length > MAX_HEARD_CHARACTERS) return NOT_UNDERSTOOD;
  try {
    const understanding = await (await nlu()).understand(line);
    // The intent names only: what a driver says is not logged.
    logger.debug({ opening: intent.name, heard: understanding.intent }, 'a line read by the local NLU');
    return { name: understanding.intent, slots: understanding.slots };
  } catch (error) {
    logger.error({ err: error }, 'the local NLU failed; answering as not understood');
    return NOT_UNDERSTOOD;
  }
};
