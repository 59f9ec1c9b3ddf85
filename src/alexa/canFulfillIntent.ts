/**
 * Alexa's CanFulfillIntentRequest: before it sends a line said without the coach's name ("Alexa, start my back
 * workout") to the skill, Alexa (and Alexa+, which routes to classic skills this way) asks whether the coach can take
 * it. The answer comes from the intent's event and the slots Alexa detected, and from nothing else: no turn is run,
 * nothing is read or written, no Alexa API is called, so asking has no effect a driver or the store could notice.
 */
import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { Intent, canfulfill } from 'ask-sdk-model';
import type { SpokenEventType } from '../core/events';
import type { Logger } from '../log';
import { alexaSlots } from './intentEvents';

/** The intent table, loaded when Alexa first asks (as a turn loads it: ./intentRequestEvent.ts). */
let intentTable: typeof import('../model/intentEvents') | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const intentEvents = (): typeof import('../model/intentEvents') => (intentTable ??= require('../model/intentEvents') as typeof import('../model/intentEvents'));

type Answer = canfulfill.CanFulfillIntentValues;

/**
 * What the coach can do with each event said out of the blue. YES: a request that starts something the coach does,
 * whatever the driver's state. MAYBE: an answer to one of the coach's own questions, in words about the workout or
 * the drive ("I got twelve", "make it thirty pounds"): the coach takes it, but it means most where the coach asked.
 * NO: what Alexa or another skill serves better (yes, stop, pause, skip, "what's next", a time of day), a health
 * complaint (Alexa's to answer, not a workout coach's), and deleting the driver's data, which the driver must ask the
 * coach for by name.
 */
const NAME_FREE: Record<SpokenEventType, Answer> = {
  launch: 'YES',
  startWorkout: 'YES',
  startTest: 'YES',
  progress: 'YES',
  whyOneSide: 'YES',
  whatWeight: 'YES',
  switchWeakSide: 'YES',
  breakReminders: 'YES',
  postureBreak: 'YES',
  endDrive: 'YES',
  workoutReminders: 'YES',
  stopWorkoutReminders: 'YES',
  count: 'MAYBE',
  correction: 'MAYBE',
  weight: 'MAYBE',
  units: 'MAYBE',
  side: 'MAYBE',
  lostForm: 'MAYBE',
  skipRest: 'MAYBE',
  breakInterval: 'MAYBE',
  driveLength: 'NO',
  timeOfDay: 'NO',
  timeZone: 'NO',
  ready: 'NO',
  done: 'NO',
  skip: 'NO',
  whatsNext: 'NO',
  timeLeft: 'NO',
  yes: 'NO',
  no: 'NO',
  stop: 'NO',
  help: 'NO',
  fallback: 'NO',
  pause: 'NO',
  resume: 'NO',
  repeat: 'NO',
  next: 'NO',
  startOver: 'NO',
  home: 'NO',
  pain: 'NO',
  deleteData: 'NO',
  sessionEnded: 'NO',
};

const BUILT_IN_PREFIX = 'AMAZON.';

const slotAnswer = (understood: boolean): canfulfill.CanFulfillSlot =>
  understood ? { canUnderstand: 'YES', canFulfill: 'YES' } : { canUnderstand: 'NO', canFulfill: 'NO' };

/**
 * The coach's answer for an intent as Alexa detected it. Every slot Alexa filled is answered: understood when it is one
 * of the intent's slots and its value reads as its type. An intent the coach would take with a slot it cannot read is
 * a NO: it would be heard as a line without that value.
 */
export const canFulfillIntent = (intent: Intent): canfulfill.CanFulfillIntent => {
  const shape = intent.name.startsWith(BUILT_IN_PREFIX) ? undefined : intentEvents().intentNamed(intent.name);
  const filled = Object.entries(alexaSlots(intent.slots)).filter(([, slot]) => typeof slot?.value === 'string' && slot.value.trim() !== '');
  const slots = Object.fromEntries(
    filled.map(([name, slot]) => {
      const def = shape?.slots.find((candidate) => candidate.name === name);
      return [name, slotAnswer(def !== undefined && slot !== undefined && intentEvents().slotUnderstood(def.type, slot))];
    }),
  );
  const asked = shape ? NAME_FREE[shape.event] : 'NO';
  const everySlotUnderstood = Object.values(slots).every((slot) => slot.canUnderstand === 'YES');
  return { canFulfill: everySlotUnderstood ? asked : 'NO', ...(filled.length > 0 ? { slots } : {}) };
};

export const canFulfillIntentHandler = (logger: Logger): RequestHandler => ({
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'CanFulfillIntentRequest',
  handle: (input) => {
    const { intent } = input.requestEnvelope.request as canfulfill.CanFulfillIntentRequest;
    const answer = canFulfillIntent(intent);
    // The intent's name and the answer only: slot values are the driver's words, which are never logged.
    logger.info({ intent: intent.name, canFulfill: answer.canFulfill }, 'canFulfillIntent');
    // Nothing is said and no session is opened: Alexa sends the line itself as an IntentRequest if it picks the coach.
    return input.responseBuilder.withCanFulfillIntent(answer).withShouldEndSession(true).getResponse();
  },
});
