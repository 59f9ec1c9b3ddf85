/**
 * The one log line of each turn a host asks for, whatever the host: the platform's request id, the host, the
 * event (`event` as the coach took it, `eventSent` as the host made it: a heard line is read by its question), how
 * the turn ended and how long it took, reminders steps included.
 * Never what the driver said: a heard line's words, slot values and the reply stay out of the log.
 */
import type { Logger } from '../log';
import { startStopwatch } from '../stopwatch';
import type { TurnOutcome } from './turnRunner';

export type TurnHost = 'alexa' | 'dialogflow' | 'console' | 'mcp';

export interface TurnLabel {
  /** Alexa's `requestId`, Dialogflow's `responseId`, or the console's own. */
  requestId: string | null;
  host: TurnHost;
  /** The type of the event the host made of the request. */
  event: string;
}

const roundedMs = (elapsed: () => number): number => Math.round(elapsed() * 10) / 10;

/**
 * Runs `turn` and logs its line; a turn that throws is logged as an error and thrown on. The line of a turn that ends is
 * built only when the logger writes info lines: below that level (the production servers' `silent`) a turn builds none.
 */
export const loggedTurn = async (logger: Logger, label: TurnLabel, turn: () => Promise<TurnOutcome>): Promise<TurnOutcome> => {
  const elapsed = startStopwatch();
  try {
    const outcome = await turn();
    if (logger.isLevelEnabled('info')) {
      const event = outcome.event?.type ?? label.event;
      logger.info(
        { requestId: label.requestId, host: label.host, eventSent: label.event, event, failure: outcome.failure, activity: outcome.document?.activity?.kind ?? null, ms: roundedMs(elapsed) },
        'turn',
      );
    }
    return outcome;
  } catch (error) {
    logger.error({ requestId: label.requestId, host: label.host, eventSent: label.event, event: label.event, failure: 'thrown', ms: roundedMs(elapsed) }, 'turn');
    throw error;
  }
};
