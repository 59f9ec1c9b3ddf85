/** Deleting the driver's data (./control.ts asks first). */
import type { FeatureIntents } from '../intentShapes';

export const DATA_INTENTS = {
  intents: [{ name: 'DeleteDataIntent', event: 'deleteData', slots: [] }],
} as const satisfies FeatureIntents;
