/** The intents of trouble in a set (./control.ts): pain, lost form, an exercise that cannot be done, a rest not wanted. */
import type { FeatureIntents } from '../intentShapes';

export const TROUBLE_INTENTS = {
  intents: [
    // "Ten, but it hurt" says a count too; "my {part} is {complaint}" is pain in any words for any body part, and so is
    // a side said with a complaint ("my left side is killing me", "left arm's acting up").
    {
      name: 'PainIntent',
      event: 'pain',
      slots: [
        { name: 'count', type: 'AMAZON.NUMBER' },
        { name: 'part', type: 'BodyPartType' },
        { name: 'complaint', type: 'ComplaintType' },
        { name: 'side', type: 'SideType' },
      ],
    },
    // "Ten, but I lost form" also says the count.
    { name: 'LostFormIntent', event: 'lostForm', slots: [{ name: 'count', type: 'AMAZON.NUMBER' }] },
    { name: 'SkipIntent', event: 'skip', slots: [] },
    { name: 'SkipRestIntent', event: 'skipRest', slots: [] },
  ],
} as const satisfies FeatureIntents;
