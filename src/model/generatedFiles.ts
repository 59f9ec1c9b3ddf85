/**
 * Every file generated from the language model, as path + content. The build script writes them and a test
 * fails when one on disk differs, so the list here is the one place to register a new generator (the Dialogflow
 * agent under models/ goes next to the Alexa model).
 */
import { buildAlexaInteractionModel } from './alexaModel';

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

const GENERATORS: readonly Generator[] = [
  {
    path: 'skill-package/interactionModels/custom/en-US.json',
    produce: () => toJsonFileContent(buildAlexaInteractionModel()),
  },
];

export function generatedModelFiles(): GeneratedFile[] {
  return GENERATORS.map((generator) => ({ path: generator.path, content: generator.produce() }));
}
