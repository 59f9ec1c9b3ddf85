/**
 * Every file generated from the language model, as path + content: build output, written by `npm run build:models`
 * (and so by `npm run build`, `npm run deploy` and `npm run package:dialogflow`) into git-ignored paths where ask-cli
 * and the Dialogflow zip find them. The list here is the one place to register a new generator: the Alexa
 * interaction model of each language, generated once and written once per published locale of that language, and the
 * Dialogflow ES agent export under models/, with every language's training phrases and entity entries.
 */
import { localeDefaults, type Language } from '../languages/locales';
import { buildAlexaInteractionModel } from './alexaModel';
import { DIALOGFLOW_AGENT_DIR, dialogflowAgentDocuments } from './dialogflowAgent';
import { languageModelOf } from './languageModels';
import { interactionModelPath, INTERACTION_MODELS_DIR, SKILL_LOCALES, type SkillLocale } from './skillLocales';

export interface GeneratedFile {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  content: string;
}

/** 2-space JSON with a trailing newline. */
export const toJsonFileContent = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The language a locale's drivers speak: "en" for en-US and en-GB alike, "es" for es-US and es-MX. */
export const languageOf = (locale: SkillLocale): Language => localeDefaults(locale).language;

/** One Alexa interaction model: generated once for its language, and the published locales that share it. */
export interface AlexaLanguageModel {
  language: Language;
  locales: SkillLocale[];
  content: string;
}

/** The Alexa interaction model of each language the skill is published in, generated once each. */
export function alexaLanguageModels(): AlexaLanguageModel[] {
  const languages = [...new Set(SKILL_LOCALES.map(languageOf))];
  return languages.map((language) => ({
    language,
    locales: SKILL_LOCALES.filter((locale) => languageOf(locale) === language),
    content: toJsonFileContent(buildAlexaInteractionModel(languageModelOf(language))),
  }));
}

/**
 * Folders that hold generated files only: a file there that no generator produces (an intent since removed from the
 * language model, a locale no longer published) is stale, and the build script deletes it.
 */
export const GENERATED_DIRECTORIES: readonly string[] = [INTERACTION_MODELS_DIR, DIALOGFLOW_AGENT_DIR];

/** The Dialogflow ES agent export (models/agent.json, package.json, intents/, entities/), in every language. */
export function dialogflowAgentFiles(): GeneratedFile[] {
  return dialogflowAgentDocuments().map(({ path, document }) => ({ path, content: toJsonFileContent(document) }));
}

/** The Alexa models as files: each language's one model under the name of each of its locales. */
export const alexaModelFiles = (models: readonly AlexaLanguageModel[] = alexaLanguageModels()): GeneratedFile[] =>
  models.flatMap(({ locales, content }) => locales.map((locale) => ({ path: interactionModelPath(locale), content })));

export function generatedModelFiles(): GeneratedFile[] {
  return [...alexaModelFiles(), ...dialogflowAgentFiles()];
}
