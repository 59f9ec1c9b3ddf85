/**
 * The local NLU on Lambda, for the lines Alexa's model places by a carrier phrase only (src/alexa/heardIntent.ts).
 * It is bundled apart, as lambda/dist/understanding.js, and loaded on the first such line: the main bundle stays
 * small and its cold start unchanged. `npm run build` copies beside it the snapshots it trained (understanding.nlu,
 * English's, and understanding-es.nlu, Spanish's; see src/nlu/snapshotFormat.ts), and the NLU is loaded from them:
 * English's with the first such line, Spanish's with the first such line in Spanish. Nothing here trains, so the file
 * carries neither the language model nor the training code nor nlp.js itself (the snapshot's classifier is read by
 * src/nlu/compactClassifier.ts): less to compile on the first line. Without a snapshot a line is answered as not
 * understood and the error logged.
 */
import type { Language } from '../src/languages/locales';
import { nluOfLanguages } from '../src/nlu/languageNlus';
import { nluFromSnapshot, type Nlu } from '../src/nlu/nlu';
import { decodeSnapshot } from '../src/nlu/snapshotFormat';
import { readUnderstandingSnapshot, snapshotFileOf } from './understandingSnapshot';

type SnapshotOf = (language: Language) => Promise<Buffer | null>;

const nluOfBytes = async (bytes: Promise<Buffer | null>, language: Language): Promise<Nlu> => {
  const read = await bytes;
  if (!read) throw new Error(`${snapshotFileOf(language)} is missing beside the Lambda's NLU: \`npm run build\` writes it`);
  return nluFromSnapshot(decodeSnapshot(read).snapshot);
};

/** The NLU from English's snapshot bytes (being read, see ./understandingSnapshot.ts); another language's read when first needed. */
export const loadNlu = async (
  snapshot: Promise<Buffer | null> = readUnderstandingSnapshot(),
  snapshotOf: SnapshotOf = (language) => readUnderstandingSnapshot(__dirname, language),
): Promise<Nlu> => nluOfLanguages(await nluOfBytes(snapshot, 'en'), (language) => nluOfBytes(snapshotOf(language), language));
