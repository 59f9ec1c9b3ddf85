/**
 * The generated platform models as the statistical stand-in (./platformStandIn.ts) reads them: the Alexa interaction
 * model file, and the Dialogflow agent export (intents with their training phrases, entities with their entries).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../../src/languages/locales';
import type { StandInModel, StandInSlotValue } from './platformStandIn';

interface AlexaFile {
  interactionModel: {
    languageModel: {
      intents: { name: string; slots?: { name: string; type: string }[]; samples: string[] }[];
      types: { name: string; values: { id?: string; name: { value: string; synonyms?: string[] } }[] }[];
    };
  };
}

/**
 * Below this probability Alexa's stand-in sends a line to AMAZON.FallbackIntent: Dialogflow's default classification
 * threshold, as Alexa publishes none. Chosen once, with the classifier, before its lines were scored; not tuned.
 */
export const ALEXA_STAND_IN_THRESHOLD = 0.3;

/** An interaction model file of a locale speaking `language`. */
export const alexaStandInModel = (file: string, language: Language = 'en'): StandInModel => {
  const model = (JSON.parse(fs.readFileSync(file, 'utf8')) as AlexaFile).interactionModel.languageModel;
  const values: Record<string, StandInSlotValue[]> = {};
  for (const type of model.types) {
    values[type.name] = type.values.map((v) => ({ id: v.id ?? v.name.value, synonyms: [v.name.value, ...(v.name.synonyms ?? [])] }));
  }
  return {
    intents: model.intents.map((intent) => ({
      name: intent.name,
      slots: Object.fromEntries((intent.slots ?? []).map((slot) => [slot.name, slot.type])),
      samples: intent.samples,
    })),
    values,
    fallbackIntent: 'AMAZON.FallbackIntent',
    threshold: ALEXA_STAND_IN_THRESHOLD,
    language,
  };
};

interface UsersaysPart {
  text: string;
  meta?: string;
  alias?: string;
}

const SYSTEM_TYPES: Readonly<Record<string, string>> = { '@sys.number': 'AMAZON.NUMBER', '@sys.any': 'AMAZON.SearchQuery' };

export const DIALOGFLOW_FALLBACK = 'Default Fallback Intent';

/**
 * The agent in one of its languages (its `_usersays_<language>` and `_entries_<language>` files), at the agent's own
 * "ML classification threshold" (agent.json `mlMinConfidence`).
 */
export const dialogflowStandInModel = (agentDir: string, language: Language = 'en'): StandInModel => {
  const usersays = `_usersays_${language}.json`;
  const entriesFile = `_entries_${language}.json`;
  const agent = JSON.parse(fs.readFileSync(path.join(agentDir, 'agent.json'), 'utf8')) as { mlMinConfidence?: number };
  const intentFiles = fs.readdirSync(path.join(agentDir, 'intents')).filter((f) => f.endsWith(usersays));
  const intents = intentFiles.map((file) => {
    const name = file.slice(0, -usersays.length);
    const phrases = JSON.parse(fs.readFileSync(path.join(agentDir, 'intents', file), 'utf8')) as { data: UsersaysPart[] }[];
    const slots: Record<string, string> = {};
    const samples = phrases.map((phrase) =>
      phrase.data
        .map((part) => {
          if (!part.meta || !part.alias) return part.text;
          slots[part.alias] = SYSTEM_TYPES[part.meta] ?? part.meta.replace(/^@/, '');
          return ` {${part.alias}} `;
        })
        .join('')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    return { name, slots, samples };
  });
  const values: Record<string, StandInSlotValue[]> = {};
  for (const file of fs.readdirSync(path.join(agentDir, 'entities')).filter((f) => f.endsWith(entriesFile))) {
    const entries = JSON.parse(fs.readFileSync(path.join(agentDir, 'entities', file), 'utf8')) as { value: string; synonyms: string[] }[];
    values[file.slice(0, -entriesFile.length)] = entries.map((entry) => ({ id: entry.value, synonyms: entry.synonyms }));
  }
  return { intents, values, fallbackIntent: DIALOGFLOW_FALLBACK, threshold: agent.mlMinConfidence ?? 0.3, language };
};
