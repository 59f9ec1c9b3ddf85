/**
 * The local NLU on Lambda, for the lines Alexa's model places by a carrier phrase only (src/alexa/heardIntent.ts).
 * It is bundled apart, as lambda/dist/understanding.js, and loaded on the first such line: the main bundle stays
 * small and its cold start unchanged. `npm run build` trains it once and writes what it learned beside it
 * (understanding.json.gz), so loading takes milliseconds; without that file it trains on first use, in about a second.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createNlu, nluFromSnapshot, trainNlu, type Nlu, type NluSnapshot } from '../src/nlu/nlu';

export const SNAPSHOT_FILE = 'understanding.json.gz';

/** Used by the build to write the snapshot. */
export { trainNlu };

export const loadNlu = async (dir: string = __dirname): Promise<Nlu> => {
  const path = join(dir, SNAPSHOT_FILE);
  if (!existsSync(path)) return createNlu();
  return nluFromSnapshot(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as NluSnapshot);
};
