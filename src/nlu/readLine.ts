/**
 * A line a platform's own model did not place, read by the local NLU (trained from the same language model): the
 * lines Alexa placed by their opening word only, and the ones Dialogflow sent to its fallback. Only types come from
 * ./nlu.ts, so a host that never needs the NLU (the Lambda until such a line) does not load it.
 */
import type { Logger } from '../log';
import type { SlotInputs } from '../model/intentEvents';
import type { Nlu } from './nlu';

export interface HeardIntent {
  name: string;
  slots: SlotInputs;
}

/** Longer than anything a driver says to a set of rows: such a line is not read, and is answered as not understood. */
export const MAX_LINE_CHARACTERS = 300;

export const NOT_UNDERSTOOD: HeardIntent = { name: 'AMAZON.FallbackIntent', slots: {} };

export const readLine = async (line: string, nlu: (() => Promise<Nlu>) | undefined, logger: Logger, from: Record<string, unknown>): Promise<HeardIntent> => {
  if (!nlu || line.trim() === '' || line.length > MAX_LINE_CHARACTERS) return NOT_UNDERSTOOD;
  try {
    const understanding = await (await nlu()).understand(line);
    // The intent names only: what a driver says is not logged.
    logger.debug({ ...from, heard: understanding.intent }, 'a line read by the local NLU');
    return { name: understanding.intent, slots: understanding.slots };
  } catch (error) {
    logger.error({ err: error }, 'the local NLU failed; answering as not understood');
    return NOT_UNDERSTOOD;
  }
};
