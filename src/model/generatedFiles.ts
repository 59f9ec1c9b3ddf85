/**
 * Every file generated from the language model, as path + content. The build script writes them and a test
 * fails when one on disk differs, so the list here is the one place to register a new generator: the Alexa
 * interaction model of each published locale, and the Dialogflow ES agent export under models/.
 */
import { buildAlexaInteractionModel } from './alexaModel';
import { DIALOGFLOW_AGENT_DIR, dialogflowAgentDocuments } from './dialogflowAgent';
import { interactionModelPath, SKILL_LOCALES } from './skillLocales';

export interface GeneratedFile {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  content: string;
}

interface Generator {
  path: string;
  produce: () => string;
}

/** 2-space JSON with a trailing newline, the way the generated files are committed. */
export const toJsonFileContent = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The Alexa interaction model of every published locale: built once, the same samples in each. */
const alexaModelFile = (() => {
  let content: string | null = null;
  return (): string => (content ??= toJsonFileContent(buildAlexaInteractionModel()));
})();

const GENERATORS: readonly Generator[] = SKILL_LOCALES.map((locale) => ({ path: interactionModelPath(locale), produce: alexaModelFile }));

/**
 * Folders that hold generated files only: a file there that no generator produces (an intent since removed from
 * the language model) is stale too, and the build script deletes it.
 */
export const GENERATED_DIRECTORIES: readonly string[] = [DIALOGFLOW_AGENT_DIR];

/** The Dialogflow ES agent export (models/agent.json, package.json, intents/, entities/). */
export function dialogflowAgentFiles(): GeneratedFile[] {
  return dialogflowAgentDocuments().map(({ path, document }) => ({ path, content: toJsonFileContent(document) }));
}

export function generatedModelFiles(): GeneratedFile[] {
  return [
    ...GENERATORS.map((generator) => ({ path: generator.path, content: generator.produce() })),
    ...dialogflowAgentFiles(),
  ];
}
