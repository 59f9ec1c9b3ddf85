/**
 * A fingerprint (SHA-256) of each generated model: the Alexa interaction model of each language, the Dialogflow
 * agent, and the agent's phrases and entries in each language. The models are build output, not committed; test/model/fingerprints.test.ts compares these with the ones
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

/** The language of a Dialogflow file of training phrases or entity entries ("CountIntent_usersays_es.json"); null for the others. */
const languageOfAgentFile = (path: string): string | null => /_(?:usersays|entries)_([a-z]{2}(?:-[a-z]{2})?)\.json$/i.exec(path)?.[1] ?? null;

/**
 * Model name to its fingerprint: "Alexa interaction model (en)" for each language, "Dialogflow agent" for the agent's
 * settings and its intents' and entity types' definitions, and "Dialogflow phrases and entries (es)" for each
 * language's training phrases and entity entries, so a change to one language's phrasing shows as that language's.
 */
export function modelFingerprints(): Record<string, string> {
  const fingerprints: Record<string, string> = {};
  for (const { language, content } of alexaLanguageModels()) fingerprints[`Alexa interaction model (${language})`] = sha256(content);
  const agent = dialogflowAgentFiles();
  fingerprints['Dialogflow agent'] = fingerprintOfFiles(agent.filter((file) => languageOfAgentFile(file.path) === null));
  const languages = [...new Set(agent.map((file) => languageOfAgentFile(file.path)).filter((language) => language !== null))];
  for (const language of languages) fingerprints[`Dialogflow phrases and entries (${language})`] = fingerprintOfFiles(agent.filter((file) => languageOfAgentFile(file.path) === language));
  return fingerprints;
}
