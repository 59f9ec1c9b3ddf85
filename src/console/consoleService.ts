/**
 * The local console as a third adapter, shared by the browser page (through its JSON API) and the terminal:
 * a typed or spoken line goes through the local NLU to a coach event, the shared turn runner takes the turn, and
 * the coach's neutral reply comes back as a ConsoleAnswer. Nothing here builds a platform's request.
 */
import { randomUUID } from 'node:crypto';
import type { CoachEvent } from '../core/events';
import { DEFAULT_LOCALE } from '../core/prompts';
import { localeDefaults } from '../languages/locales';
import { isValidTimeZone } from '../core/time';
import type { Logger } from '../log';
import type { Nlu } from '../nlu/nlu';
import { heardInWords } from '../nlu/readLine';
import { turnContext } from '../turns/turnContext';
import { loggedTurn } from '../turns/turnLog';
import type { TurnRunner } from '../turns/turnRunner';
import { toConsoleAnswer, type ConsoleAnswer } from './answer';

export interface ConsoleServiceDependencies {
  runTurn: TurnRunner;
  /** The trained local NLU (trained on first use). */
  nlu: () => Promise<Nlu>;
  /** Used when neither the console nor the user's document tells the time zone. */
  defaultTimeZone: string;
  /** The clock that stamps each turn; the machine's unless a test sets one. */
  clock?: () => Date;
  logger: Logger;
  /**
   * Whether the host can tell it is not in a vehicle: the browser page cannot (a phone may be in a dash mount), so the
   * coach asks whether the truck is parked before the first set of a session; the terminal runs on a computer.
   */
  vehicle: 'unknown' | 'notInVehicle';
}

/** Where the user is: the console's own time zone and language, when it knows them; and the console's id for the request. */
export interface ConsoleWhere {
  timeZone?: string | null;
  locale?: string | null;
  /** The same request sent again is answered once; each call is a request of its own without it. */
  requestId?: string | null;
}

export interface ConsoleService {
  /** Opening the coach ("Alexa, open Back Coach"). */
  open(userId: string, where?: ConsoleWhere): Promise<ConsoleAnswer>;
  /** One line the user typed or said. */
  say(userId: string, text: string, where?: ConsoleWhere): Promise<ConsoleAnswer>;
  /** The user left without a goodbye (closed the page, quit the terminal): the coach remembers when. */
  leave(userId: string, where?: ConsoleWhere): Promise<ConsoleAnswer>;
}

/** Locales look like en-US; anything else is the default. */
const LOCALE = /^[a-z]{2}-[A-Z]{2}$/;

const localeOf = (where: ConsoleWhere): string => (where.locale && LOCALE.test(where.locale) ? where.locale : DEFAULT_LOCALE);

export const createConsoleService = ({ runTurn, nlu, defaultTimeZone, clock = () => new Date(), logger, vehicle }: ConsoleServiceDependencies): ConsoleService => {
  const turn = async (userId: string, event: CoachEvent, where: ConsoleWhere): Promise<ConsoleAnswer> => {
    const locale = localeOf(where);
    const zone = isValidTimeZone(where.timeZone) ? where.timeZone : null;
    const context = turnContext({ now: clock().toISOString(), deviceTimeZone: zone, defaultTimeZone, locale, vehicleUnknown: vehicle === 'unknown' });
    const requestId = where.requestId ?? randomUUID();
    const { reply, event: read } = await loggedTurn(logger, { requestId: `console-${requestId}`, host: 'console', event: event.type }, () =>
      runTurn({ userId, event, locale, context, requestId }),
    );
    return toConsoleAnswer(reply, locale, event.type === 'heard' ? read : null);
  };

  return {
    open: (userId, where = {}) => turn(userId, { type: 'launch' }, where),
    leave: (userId, where = {}) => turn(userId, { type: 'sessionEnded' }, where),
    say: async (userId, text, where = {}) =>
      turn(userId, await heardInWords(text, nlu, logger, { platform: 'console' }, undefined, localeDefaults(localeOf(where)).language), where),
  };
};
