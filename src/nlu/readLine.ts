/**
 * A line a host has in words (typed in a console, sent by Dialogflow, handed over by Alexa after a carrier phrase),
 * made into the heard line the coach reads by the question it asked: the platform's own reading when it has one, then
 * the local NLU's (trained from the same language model), and the words themselves. Only types come from ./nlu.ts, so
 * a host that never needs the NLU (the Lambda until such a line) does not load it.
 */
import type { HeardLine, SpokenEvent } from '../core/events';
import type { Language } from '../languages/locales';
import type { Logger } from '../log';
import { eventOfHeard } from '../model/intentEvents';
import type { Nlu } from './nlu';

/** Longer than anything a driver says to a set of rows: such a line is not read, and is answered as not understood. */
export const MAX_LINE_CHARACTERS = 300;

const NOT_UNDERSTOOD: SpokenEvent = { type: 'fallback' };

interface LocalReading {
  event: SpokenEvent;
  /** The local NLU found the line to be about something else (the weather, the road, the radio). */
  aboutSomethingElse: boolean;
  /** The line is one of the language model's samples, said exactly. */
  exact: boolean;
  /** The line in the coach's words, as the NLU read it ("workin" → "working"); the line itself when not read. */
  said: string;
}

const notRead = (line: string): LocalReading => ({ event: NOT_UNDERSTOOD, aboutSomethingElse: false, exact: false, said: line });

/** The local NLU's reading of a line; not understood when there is no NLU, the line is empty or too long, or the NLU fails. */
const readLocally = async (line: string, nlu: (() => Promise<Nlu>) | undefined, logger: Logger, from: Record<string, unknown>, language: Language): Promise<LocalReading> => {
  if (!nlu || line.trim() === '' || line.length > MAX_LINE_CHARACTERS) return notRead(line);
  try {
    const understanding = await (await nlu()).understand(line, language);
    // The intent names only: what a driver says is not logged.
    if (logger.isLevelEnabled('debug')) logger.debug({ ...from, heard: understanding.intent }, 'a line read by the local NLU');
    return {
      event: eventOfHeard(understanding.intent, understanding.slots),
      aboutSomethingElse: understanding.aboutSomethingElse === true,
      exact: understanding.score === 1,
      said: understanding.said ?? line,
    };
  } catch (error) {
    logger.error({ err: error }, 'the local NLU failed; answering as not understood');
    return notRead(line);
  }
};

/** Most parts of a line read one by one. */
const MAX_PARTS = 4;

/** The parts of a line a comma, a dash or a full stop sets apart ("gotta roll, save it for me"); none for a line of one. */
const partsOf = (line: string): string[] => {
  const parts = line.split(/[,;.!?\u2013\u2014]+(?:\s|$)|\s+-\s+/).map((part) => part.trim()).filter(Boolean);
  return parts.length > 1 && parts.length <= MAX_PARTS ? parts : [];
};

/**
 * A line in words, in the conversation's language: the platform's own reading first when it made one, the local NLU's
 * reading of the whole line, and of each part of a line in parts, so the coach can take the part that answers its
 * question ("negative, it was fifteen") or says what the driver wants ("gotta roll, the dock's ready for me"). The
 * words go with their language, which the reading rules read them by ("me jalé el hombro" is pain by Spanish's words).
 */
export const heardInWords = async (
  line: string,
  nlu: (() => Promise<Nlu>) | undefined,
  logger: Logger,
  from: Record<string, unknown>,
  platformReading: SpokenEvent | undefined,
  language: Language,
): Promise<HeardLine> => {
  const tooLong = line.length > MAX_LINE_CHARACTERS;
  const local = await readLocally(line, nlu, logger, from, language);
  // A line said exactly as a sample needs no reading by parts.
  const parts = tooLong || local.exact ? [] : await Promise.all(partsOf(line).map((part) => readLocally(part, nlu, logger, from, language)));
  const aboutSomethingElse = local.aboutSomethingElse && parts.every((part) => part.aboutSomethingElse);
  return {
    type: 'heard',
    readings: [...(platformReading ? [platformReading] : []), local.event, ...parts.map((part) => part.event)],
    words: tooLong ? null : local.said.trim(),
    language,
    ...(aboutSomethingElse ? { aboutSomethingElse } : {}),
  };
};

/** A line a platform placed without handing over its words: its reading alone. */
export const heardAsPlaced = (reading: SpokenEvent, language: Language): HeardLine => ({ type: 'heard', readings: [reading], words: null, language });
