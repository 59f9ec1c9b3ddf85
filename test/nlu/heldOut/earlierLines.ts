/**
 * The earlier held-out set (../heldOutPhrasings.ts, 431 phrasings written before any question decided a reading),
 * as held-out lines: each phrasing said at the question its intent answers (a count at "how many?", a unit at "pounds
 * or kilograms?"), and anything else at the open menu; its expected event is what its intent and slots mean. Its own
 * split stands: every third phrasing, from the third, is FINAL and only ever scored.
 *
 * The set was written when "how much is left" was a question for "what's next"; PROGRAM.md now answers it with the
 * sets and minutes left, so those phrasings expect `timeLeft`.
 */
import type { SpokenEvent } from '../../../src/core/events';
import { eventForIntentName, intentNamed } from '../../../src/model/intentEvents';
import { HELD_OUT_PHRASINGS, type HeldOutPhrasing } from '../heldOutPhrasings';
import type { AskedAt, ExpectedEvent, HeldOutLine } from './heldOutLine';

const expectedOf = (phrasing: HeldOutPhrasing): SpokenEvent => {
  const intent = intentNamed(phrasing.intent);
  const slots: Record<string, { value?: string; id?: string }> = {};
  for (const [name, value] of Object.entries(phrasing.slots ?? {})) {
    const type = intent?.slots.find((slot) => slot.name === name)?.type;
    slots[name] = type === 'AMAZON.NUMBER' ? { value } : { id: value };
  }
  const event = eventForIntentName(phrasing.intent, slots) ?? { type: 'fallback' };
  return event.type === 'whatsNext' && /^(how much|how many|am i almost)/.test(phrasing.text) ? { type: 'timeLeft' } : event;
};

const QUESTION_OF: Partial<Record<SpokenEvent['type'], AskedAt>> = {
  count: 'count',
  correction: 'count',
  lostForm: 'count',
  done: 'count',
  pain: 'count',
  weight: 'weight',
  units: 'units',
  side: 'side',
  yes: 'yesNo',
  no: 'yesNo',
  ready: 'go',
  skipRest: 'go',
  switchWeakSide: 'go',
  resume: 'paused',
  driveLength: 'driveLength',
  breakInterval: 'breakInterval',
  timeOfDay: 'time',
};

const questionOf = (phrasing: HeldOutPhrasing, event: SpokenEvent): AskedAt => {
  if ((event.type === 'count' || event.type === 'correction') && phrasing.slots?.duration) return 'seconds';
  if (event.type === 'count' && /seconds/.test(phrasing.text)) return 'seconds';
  return QUESTION_OF[event.type] ?? 'menu';
};

const lineOf = (phrasing: HeldOutPhrasing): HeldOutLine => {
  const expect = expectedOf(phrasing);
  return { at: questionOf(phrasing, expect), text: phrasing.text, expect: expect as ExpectedEvent };
};

export const EARLIER_DEV_LINES: readonly HeldOutLine[] = HELD_OUT_PHRASINGS.filter((_, index) => index % 3 !== 2).map(lineOf);
export const EARLIER_FINAL_LINES: readonly HeldOutLine[] = HELD_OUT_PHRASINGS.filter((_, index) => index % 3 === 2).map(lineOf);
