/**
 * A fingerprint (SHA-256) of each generated model: the Alexa interaction model of each language and the Dialogflow
 * agent. The models are build output, not committed; test/model/fingerprints.test.ts compares these with the ones
 * recorded in test/model/modelFingerprints.json, so a change to what the generators produce is a deliberate update of
 * that file, seen in review.
 */
import { createHash } from 'node:crypto';
import { alexaLanguageModels, dialogflowAgentFiles, type GeneratedFile } from './generatedFiles';

export const FINGERPRINTS_FILE = 'test/model/modelFingerprints.json';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Every file's path and content, in path order: renaming, adding or removing a file changes it too. */
const fingerprintOfFiles = (files: readonly GeneratedFile[]): string =>
  sha256([...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((file) => `${file.path}\0${file.content}\0`).join(''));

/** Model name ("Alexa interaction model (en)", "Dialogflow agent") to its fingerprint. */
export function modelFingerprints(): Record<string, string> {
  const fingerprints: Record<string, string> = {};
  for (const { language, content } of alexaLanguageModels()) fingerprints[`Alexa interaction model (${language})`] = sha256(content);
  fingerprints['Dialogflow agent'] = fingerprintOfFiles(dialogflowAgentFiles());
  return fingerprints;
}
