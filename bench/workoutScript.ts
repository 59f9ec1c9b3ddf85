/**
 * One new driver's whole first session as the benchmarks replay it: the first launch, the setup, the baseline test
 * and a whole workout, every answer the one the coach asked for. The events are found once by running the pure
 * coach with a cooperative driver, then sent as Alexa request envelopes or Dialogflow webhook requests for as many
 * users as a benchmark needs.
 */
import { randomUUID } from 'node:crypto';
import type { RequestEnvelope } from 'ask-sdk-model';
import { coach } from '../src/core/coach';
import type { UserDocument } from '../src/core/document';
import type { CoachEvent } from '../src/core/events';
import type { Reply } from '../src/core/reply';
import { INTENTS, type IntentDef } from '../src/model/languageModel';
import { DIALOGFLOW_WELCOME_INTENT, dialogflowIntentName } from '../src/model/platformNames';
import type { SlotValue, Understanding } from '../src/nlu/nlu';
import { ConsoleSession, type Clock } from '../support/alexaRequest';

/** Monday, March 2, 2026, 07:00 in Chicago: the first turn of every scripted user. */
export const SCRIPT_START = '2026-03-02T13:00:00Z';
export const SCRIPT_TIME_ZONE = 'America/Chicago';
/** Seconds between two turns of one user. */
export const SECONDS_BETWEEN_TURNS = 30;

const MAX_TURNS = 400;

/** The answer a cooperative driver gives to the reply's closing question. */
const answerTo = (reply: Reply): CoachEvent => {
  const expects = reply.expects;
  if (reply.endSession || !expects) return { type: 'launch' };
  if (expects.number) {
    const { measure, min, max, unit } = expects.number;
    const clamp = (wanted: number): number => Math.min(max, Math.max(min, wanted));
    if (measure === 'weight') return { type: 'weight', value: clamp(35), unit };
    return { type: 'count', value: clamp(measure === 'seconds' ? 40 : 10) };
  }
  const choices = expects.choices;
  if (choices.includes('yes')) return { type: 'yes' };
  if (choices.includes('go')) return { type: 'ready' };
  if (choices.includes('resume')) return { type: 'resume' };
  if (choices.includes('lb')) return { type: 'units', unit: 'lb' };
  if (choices.includes('left')) return { type: 'side', side: 'left' };
  if (choices.includes('startWorkout')) return { type: 'startWorkout' };
  throw new Error(`The scripted driver has no answer to a question expecting ${choices.join(', ')}`);
};

const finishedWorkouts = (doc: UserDocument | null): number => doc?.workouts.filter((w) => w.completed).length ?? 0;

/** The events of one new user's first session, from the first launch to a finished workout. */
export const workoutScript = (): CoachEvent[] => {
  const userId = 'amzn1.ask.account.SCRIPT';
  let document: UserDocument | null = null;
  let event: CoachEvent = { type: 'launch' };
  const events: CoachEvent[] = [];
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const now = new Date(Date.parse(SCRIPT_START) + turn * SECONDS_BETWEEN_TURNS * 1000).toISOString();
    const out = coach({ userId, document, event, context: { now, timeZone: SCRIPT_TIME_ZONE, locale: 'en-US', inVehicle: false } });
    events.push(event);
    document = out.document;
    if (finishedWorkouts(document) > 0) {
      if (!document?.tests.length) throw new Error('The scripted driver finished a workout without the baseline test');
      return events;
    }
    event = answerTo(out.reply);
  }
  throw new Error(`The scripted driver did not finish a workout in ${MAX_TURNS} turns`);
};

/** True when the stored document is where the script leaves a user: the baseline done and one workout finished. */
export const finishedScript = (doc: UserDocument | null): boolean => finishedWorkouts(doc) === 1 && (doc?.tests.length ?? 0) === 1;

const intentFor = (event: CoachEvent): IntentDef => {
  const intent = INTENTS.find((i) => i.event === event.type);
  if (!intent) throw new Error(`No intent of the language model means ${event.type}`);
  return intent;
};

const UNIT_WORDS = { lb: 'pounds', kg: 'kilograms' } as const;

/** The slot values Alexa would fill for the event: digits for numbers, the words and their resolved id for the rest. */
const slotsFor = (event: CoachEvent): Record<string, SlotValue> => {
  switch (event.type) {
    case 'count':
      return event.value === null ? {} : { count: { value: String(event.value) } };
    case 'weight':
      return {
        ...(event.value === null ? {} : { weight: { value: String(event.value) } }),
        ...(event.unit ? { unit: { value: UNIT_WORDS[event.unit], id: event.unit } } : {}),
      };
    case 'units':
      return event.unit ? { unit: { value: UNIT_WORDS[event.unit], id: event.unit } } : {};
    case 'side':
    case 'switchWeakSide':
      return event.side ? { side: { value: event.side, id: event.side } } : {};
    default:
      return {};
  }
};

/**
 * One scripted user talking to an Alexa skill: the request envelope of each turn, in one Alexa session at a time,
 * as the Alexa service sends it (an Echo without the Settings API, so the skill uses its default time zone).
 */
export class ScriptedAlexaUser {
  private at: number;
  private readonly session: ConsoleSession;

  constructor(readonly userId: string) {
    this.at = Date.parse(SCRIPT_START);
    const clock: Clock = { now: () => new Date(this.at), id: () => randomUUID() };
    this.session = new ConsoleSession({ applicationId: 'amzn1.ask.skill.backcoach-bench', userId, deviceId: `amzn1.ask.device.${userId}` }, clock);
  }

  /** The envelope for the script's next event; call `answered` with the skill's response before the next. */
  request(event: CoachEvent): RequestEnvelope {
    const envelope =
      event.type === 'launch'
        ? this.session.launch()
        : this.session.intent({ intent: intentFor(event).name, slots: slotsFor(event), score: 1 } satisfies Understanding);
    this.at += SECONDS_BETWEEN_TURNS * 1000;
    return envelope;
  }

  answered(response: Parameters<ConsoleSession['receive']>[0]): void {
    this.session.receive(response);
  }
}

/** The body of the Dialogflow ES webhook request for the event, as Dialogflow Messenger sends it for a page's user. */
export const dialogflowRequest = (userId: string, sessionId: string, event: CoachEvent, responseId: string): string => {
  const displayName = event.type === 'launch' ? DIALOGFLOW_WELCOME_INTENT : dialogflowIntentName(intentFor(event));
  // Dialogflow sends a number as a JSON number and a custom entity as its reference value.
  const parameters = Object.fromEntries(
    Object.entries(slotsFor(event)).map(([name, slot]) => [name, slot.id ?? Number(slot.value)]),
  );
  return JSON.stringify({
    responseId,
    session: `projects/backcoach-bench/agent/sessions/${sessionId}`,
    queryResult: {
      queryText: displayName,
      languageCode: 'en',
      parameters,
      allRequiredParamsPresent: true,
      intent: { name: `projects/backcoach-bench/agent/intents/${displayName.replace(/\W+/g, '-')}`, displayName },
      intentDetectionConfidence: 1,
    },
    originalDetectIntentRequest: { source: 'DIALOGFLOW_MESSENGER', payload: { userId } },
  });
};
