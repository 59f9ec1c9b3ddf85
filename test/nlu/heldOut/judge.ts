/**
 * Whether the event a host made of a held-out line is the one the line means, at the question it was said to. Two
 * events count as the same when the coach does the same with them at that question: a correction to a count is the
 * count asked for, a bare number answers the question's own kind of number (a weight, hours of driving, an hour of the
 * day), "next" is "skip", "home" is "stop", "go" or "resume" answer a yes/no question with yes, "go" picks a paused
 * workout up, and yes or no answers "should I count in pounds?".
 */
import { isDeepStrictEqual } from 'node:util';
import type { SpokenEvent } from '../../../src/core/events';
import { bareDriveLength, hourAsTime } from '../../../src/core/flows/reminders';
import type { AskedAt, ExpectedEvent } from './heldOutLine';

type Judged = ExpectedEvent | SpokenEvent;

const NUMBER_QUESTIONS: ReadonlySet<AskedAt> = new Set(['count', 'seconds', 'confirmCount', 'weight', 'driveLength', 'breakInterval', 'time']);

const bareNumber = (event: Judged): number | null => {
  if (event.type === 'count' && !('formLost' in event && event.formLost)) return event.value;
  if (event.type === 'correction') return event.value;
  if (event.type === 'weight' && event.unit === null) return event.value;
  return null;
};

/** The event as the coach takes it at the question. */
export const asTakenAt = (event: Judged, at: AskedAt): Judged => {
  if (event.type === 'home') return { type: 'stop' };
  if (event.type === 'next') return { type: 'skip' };
  const number = NUMBER_QUESTIONS.has(at) ? bareNumber(event) : null;
  if (number !== null) {
    if (at === 'weight') return { type: 'weight', value: number, unit: null };
    if (at === 'driveLength') return { type: 'driveLength', minutes: bareDriveLength(number) ?? -1 };
    if (at === 'breakInterval') return { type: 'breakInterval', minutes: number };
    if (at === 'time') return { type: 'timeOfDay', time: hourAsTime(number) ?? '' };
    return { type: 'count', value: number };
  }
  if (at === 'breakInterval' && event.type === 'driveLength') return { type: 'breakInterval', minutes: event.minutes ?? -1 };
  if (at === 'time' && event.type === 'workoutReminders' && event.time !== null) return { type: 'timeOfDay', time: event.time };
  if ((at === 'yesNo' || at === 'confirmCount' || at === 'breakInterval') && (event.type === 'ready' || event.type === 'resume')) return { type: 'yes' };
  if (at === 'go' && event.type === 'yes') return { type: 'ready' };
  // "Should I count your weights in pounds? Say yes, or say kilograms."
  if (at === 'units' && (event.type === 'yes' || event.type === 'no')) return { type: 'units', unit: event.type === 'yes' ? 'lb' : 'kg' };
  if (at === 'paused' && event.type === 'ready') return { type: 'resume' };
  if (at === 'side' && event.type === 'switchWeakSide' && event.side !== null) return { type: 'side', side: event.side };
  if (event.type === 'count' && 'formLost' in event && !event.formLost) return { type: 'count', value: event.value };
  return event;
};

export const sameEvent = (expected: ExpectedEvent, heard: SpokenEvent, at: AskedAt): boolean =>
  isDeepStrictEqual(asTakenAt(expected, at), asTakenAt(heard, at));
