/**
 * The answers an Echo Show offers to touch: yes, no, go and "skip the rest". A button sends
 * `Alexa.Presentation.APL.UserEvent` with the arguments ['answer', <id>]; the skill takes it as the intent the answer's
 * spoken form is, so a touch and the words reach the coach as the same event.
 */
import type { Intent } from 'ask-sdk-model';

const INTENT_OF_ANSWER = {
  yes: 'AMAZON.YesIntent',
  no: 'AMAZON.NoIntent',
  go: 'ReadyIntent',
  skipRest: 'SkipRestIntent',
} as const;

export type TouchAnswer = keyof typeof INTENT_OF_ANSWER;

export const TOUCH_EVENT_KIND = 'answer';

export const isTouchAnswer = (id: string): id is TouchAnswer => Object.hasOwn(INTENT_OF_ANSWER, id);

/** The intent a touch event's arguments say; null when they are not an answer a button sends. */
export const intentOfTouch = (args: readonly unknown[] | null | undefined): Intent | null => {
  const [kind, id] = args ?? [];
  if (kind !== TOUCH_EVENT_KIND || typeof id !== 'string' || !isTouchAnswer(id)) return null;
  return { name: INTENT_OF_ANSWER[id], confirmationStatus: 'NONE', slots: {} };
};
