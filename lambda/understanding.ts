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
import { snapshotInFile } from './snapshotFile';
import { openUnderstandingSnapshot, snapshotFileOf } from './understandingSnapshot';

type SnapshotOf = (language: Language) => Promise<number | null>;

const nluOfFile = async (file: Promise<number | null>, language: Language): Promise<Nlu> => {
  const fd = await file;
  if (fd === null) throw new Error(`${snapshotFileOf(language)} is missing beside the Lambda's NLU: \`npm run build\` writes it`);
  return nluFromSnapshot(snapshotInFile(fd).snapshot);
};

/** The NLU from English's snapshot (its file being opened, see ./understandingSnapshot.ts); another language's opened when first needed. */
export const loadNlu = async (
  snapshot: Promise<number | null> = openUnderstandingSnapshot(),
  snapshotOf: SnapshotOf = (language) => openUnderstandingSnapshot(__dirname, language),
): Promise<Nlu> => nluOfLanguages(await nluOfFile(snapshot, 'en'), (language) => nluOfFile(snapshotOf(language), language));
