/** The time zone the driver says they are in, or asks about (./timeZone.ts). */
import type { FeatureIntents } from '../intentShapes';

export const TIME_ZONE_INTENTS = {
  intents: [{ name: 'TimeZoneIntent', event: 'timeZone', slots: [{ name: 'zone', type: 'TimeZoneType' }] }],
} as const satisfies FeatureIntents;
