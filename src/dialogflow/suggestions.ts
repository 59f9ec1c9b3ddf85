/**
 * Tappable answers for chat clients (Dialogflow Messenger's chips) to the question the coach just asked. They
 * are read from where the stored document says the conversation stands, never from the words of the reply.
 * Each label is a phrase of the language model, so a tapped chip is understood exactly like a typed answer
 * (a test checks every label against the model). Questions answered with a number get no chips.
 */
import type { UserDocument } from '../core/document';

const YES_NO = ['Yes', 'No'];

export const suggestionsFor = (doc: UserDocument | null): string[] => {
  if (!doc) return [];
  if (doc.pending) return doc.pending.kind === 'askWeight' ? [] : YES_NO;
  const activity = doc.activity;
  if (!activity) return ['Start my workout', 'How am I doing', 'Start a retest'];
  switch (activity.kind) {
    case 'onboarding':
      return activity.step === 'units' ? ['Pounds', 'Kilograms'] : ['Left', 'Right'];
    case 'test':
      return activity.waitingForGo ? ['Go'] : [];
    case 'workout':
      if (activity.paused) return ['Resume', 'Stop'];
      return activity.position.waitingForGo ? ['Go'] : [];
  }
};

/** Every label this module can offer, for the check against the language model. */
export const ALL_SUGGESTIONS: readonly string[] = [
  ...YES_NO,
  'Start my workout',
  'How am I doing',
  'Start a retest',
  'Pounds',
  'Kilograms',
  'Left',
  'Right',
  'Go',
  'Resume',
  'Stop',
];
