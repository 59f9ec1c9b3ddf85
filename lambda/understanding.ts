/**
 * The local NLU on Lambda, for the lines Alexa's model places by a carrier phrase only (src/alexa/heardIntent.ts).
 * It is bundled apart, as lambda/dist/understanding.js, and loaded on the first such line: the main bundle stays
 * small and its cold start unchanged. `npm run build` copies beside it the snapshot it trained (understanding.nlu,
 * see src/nlu/snapshotFormat.ts), so loading takes milliseconds; without that file it trains on first use, in seconds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNlu, nluFromSnapshot, type Nlu } from '../src/nlu/nlu';
import { decodeSnapshot } from '../src/nlu/snapshotFormat';

export const SNAPSHOT_FILE = 'understanding.nlu';

export const loadNlu = async (dir: string = __dirname): Promise<Nlu> => {
  const path = join(dir, SNAPSHOT_FILE);
  if (!existsSync(path)) return createNlu();
  return nluFromSnapshot(decodeSnapshot(readFileSync(path, 'utf8')).snapshot);
};
