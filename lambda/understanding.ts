/**
 * The local NLU on Lambda, for the lines Alexa's model places by a carrier phrase only (src/alexa/heardIntent.ts).
 * It is bundled apart, as lambda/dist/understanding.js, and loaded on the first such line: the main bundle stays
 * small and its cold start unchanged. `npm run build` copies beside it the snapshot it trained (understanding.nlu,
 * see src/nlu/snapshotFormat.ts), and the NLU is loaded from it. Nothing here trains, so the file carries neither the
 * language model nor the training code nor nlp.js itself (the snapshot's classifier is read by
 * src/nlu/compactClassifier.ts): less to compile on the first line. Without a snapshot a line is answered as not
 * understood and the error logged.
 */
import { nluFromSnapshot, type Nlu } from '../src/nlu/nlu';
import { decodeSnapshot } from '../src/nlu/snapshotFormat';
import { readUnderstandingSnapshot, SNAPSHOT_FILE } from './understandingSnapshot';

/** The NLU from the snapshot's bytes (being read, see ./understandingSnapshot.ts). */
export const loadNlu = async (snapshot: Promise<Buffer | null> = readUnderstandingSnapshot()): Promise<Nlu> => {
  const bytes = await snapshot;
  if (!bytes) throw new Error(`${SNAPSHOT_FILE} is missing beside the Lambda's NLU: \`npm run build\` writes it`);
  return nluFromSnapshot(decodeSnapshot(bytes).snapshot);
};
