/** The questions about the program (./info.ts, ./timeLeft.ts, ./weight.ts): progress, what is next, how much is left, what weight, why one side. */
import type { FeatureIntents } from '../intentShapes';

export const QUESTION_INTENTS = {
  intents: [
    { name: 'ProgressIntent', event: 'progress', slots: [] },
    { name: 'WhatsNextIntent', event: 'whatsNext', slots: [] },
    { name: 'TimeLeftIntent', event: 'timeLeft', slots: [] },
    { name: 'WhatWeightIntent', event: 'whatWeight', slots: [{ name: 'unit', type: 'UnitType' }] },
    { name: 'WhyOneSideIntent', event: 'whyOneSide', slots: [] },
  ],
} as const satisfies FeatureIntents;
