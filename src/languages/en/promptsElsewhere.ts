/**
 * The coach's English outside the US: the examples in kilograms where weights start in kilograms (see ../locales.ts),
 * and a British driver's lorry. Only the prompts whose words differ are listed; every other prompt is the en-US one,
 * and dates and times take each locale's own format (see src/core/prompts).
 */
import type { PromptOverrides } from '../words';

/** Wherever weights start in kilograms (../locales.ts), the coach's examples are in kilograms. */
export const EN_METRIC_EXAMPLES: PromptOverrides = {
  WHY_ONE_SIDE:
    "In any two-handed lift, your stronger side does 60 to 70 percent of the work, so the gap grows. With a 20 percent imbalance, adding 10 kilos to a bar adds about 7 kilos for your strong side and only 3 for your weak side. Working one side at a time makes the weak side do all of its own work, and over {{catchUpLow}} to {{catchUpHigh}} weeks it catches up.",
  HELP_WORKOUT:
    "When I ask, just say your count, like 'twelve'. You can also say pause, skip, repeat, what's next, how am I doing, make it 15 kilos, I lost form, or my back hurts. Say stop and I'll save your place.",
};

export const EN_GB: PromptOverrides = {
  IN_VEHICLE:
    "You're in the cab, and I never coach exercises while the lorry may be moving. I'll coach you once you're parked, on your phone or on a hotel Echo.",
  ASK_PARKED: 'Before your first set: I never coach exercises while the lorry may be moving. Is it parked?',
  ASK_PARKED_SHORT: 'Is the lorry parked? Say yes or no.',
};
