/**
 * Generates the Dialogflow ES agent export (models/: agent.json, package.json, intents/, entities/) from the
 * language models, English the agent's default language and every other one a supported language (Spanish: each
 * intent's `_usersays_es.json` and each entity's `_entries_es.json`), in the layout that the ES console's "Restore" and "Import" and the API's RestoreAgent read.
 * Pure and deterministic: ids are name-based UUIDs (version 5), so every build is byte-identical. An input that
 * Dialogflow would reject, or that would confuse its intent matching, throws here first with every problem listed.
 */
import { createHash } from 'node:crypto';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { slotReferences } from './alexaModel';
import { spreadOf } from './phrasing';
import type { IntentDef, SlotDef, SlotTypeValue } from './languageModel';
import { LANGUAGE_MODEL, languageModelOf, MODEL_LANGUAGES, type LanguageModelSource } from './languageModels';
import { DIALOGFLOW_FALLBACK_INTENT, DIALOGFLOW_WELCOME_INTENT, dialogflowIntentName } from './platformNames';

/** Where the export lives in the repository; the zip holds the same files with this prefix removed. */
export const DIALOGFLOW_AGENT_DIR = 'models';

/** The agent's own settings, shared with the deploy script (which creates the agent when there is none). */
export const DIALOGFLOW_AGENT_SETTINGS = {
  displayName: 'Back Coach',
  description: 'A hands-free voice coach for a one-sided back workout, for truck drivers.',
  language: 'en',
  timeZone: 'America/Chicago',
} as const;

/** The event that starts a conversation (Dialogflow Messenger's `intent="WELCOME"`, telephony call start). */
export const DIALOGFLOW_WELCOME_EVENT = 'WELCOME';

/** What the welcome intent hears in English: the language model's welcome phrases. */
export const DIALOGFLOW_WELCOME_SAMPLES: readonly string[] = LANGUAGE_MODEL.welcomePhrases;

/**
 * Said when the webhook does not answer (not configured yet, down, or over Dialogflow's 5 second limit), in English;
 * each language has its own. A webhook reply replaces it.
 */
export const DIALOGFLOW_UNREACHABLE_REPLY = LANGUAGE_MODEL.unreachableReply;

/** The languages the agent supports beside its default one (the API's supportedLanguageCodes). */
export const DIALOGFLOW_SUPPORTED_LANGUAGES: readonly string[] = MODEL_LANGUAGES.filter((language) => language !== LANGUAGE_MODEL.language);

/** The agent's languages other than English, each a supported language of the agent. */
export const otherLanguageModels = (): LanguageModelSource[] => MODEL_LANGUAGES.filter((language) => language !== LANGUAGE_MODEL.language).map(languageModelOf);

/**
 * How many of an intent's samples become its training phrases. The language model lists every combination of
 * carrier words because Alexa matches its built-in intents' samples only when said exactly (and virtual-alexa matches
 * every intent that way); Dialogflow's model learns from variety, so it gets the hand-written samples that open
 * each intent's list and an even spread of the rest, which also keeps the export small.
 */
export const DIALOGFLOW_PHRASES_PER_INTENT = 400;

/** The samples an intent trains Dialogflow with. */
export const dialogflowSamples = (samples: readonly string[]): string[] => spreadOf(samples, DIALOGFLOW_PHRASES_PER_INTENT);

/** Dialogflow ES fixed limits, as the quotas page (cloud.google.com/dialogflow/quotas, "Limits") lists them. */
const MAX_INTENTS = 2000;
const MAX_ENTITY_TYPES = 250;
const MAX_TRAINING_PHRASES_PER_INTENT = 2000;
const MAX_TRAINING_PHRASE_CHARS = 768;
const MAX_ENTITY_SYNONYM_CHARS = 512;

export type DialogflowDataType = '@sys.number' | `@${string}`;

export interface DialogflowParameter {
  id: string;
  name: string;
  required: boolean;
  dataType: DialogflowDataType;
  value: string;
  defaultValue: string;
  isList: boolean;
  prompts: never[];
  promptMessages: never[];
  noMatchPromptMessages: never[];
  noInputPromptMessages: never[];
  outputDialogContexts: never[];
}

export interface DialogflowMessage {
  type: '0';
  title: string;
  textToSpeech: string;
  lang: string;
  speech: string[];
  condition: string;
}

export interface DialogflowIntent {
  id: string;
  name: string;
  auto: boolean;
  contexts: never[];
  responses: {
    resetContexts: boolean;
    action: string;
    affectedContexts: never[];
    parameters: DialogflowParameter[];
    messages: DialogflowMessage[];
    speech: never[];
  }[];
  priority: number;
  webhookUsed: boolean;
  webhookForSlotFilling: boolean;
  fallbackIntent: boolean;
  events: { name: string }[];
  conditionalResponses: never[];
  condition: string;
  conditionalFollowupEvents: never[];
}

export type DialogflowPhrasePart =
  | { text: string; userDefined: false }
  | { text: string; meta: DialogflowDataType; alias: string; userDefined: true };

export interface DialogflowUserSays {
  id: string;
  data: DialogflowPhrasePart[];
  isTemplate: boolean;
  count: number;
  lang: string;
  updated: number;
}

export interface DialogflowEntityType {
  id: string;
  name: string;
  isOverridable: boolean;
  isEnum: boolean;
  isRegexp: boolean;
  automatedExpansion: boolean;
  allowFuzzyExtraction: boolean;
}

export interface DialogflowEntityEntry {
  value: string;
  synonyms: string[];
}

export interface DialogflowAgentExport {
  agent: Record<string, unknown>;
  packageJson: { version: string };
  /** Each intent, its default language's training phrases, and those of each other language by its code. */
  intents: { intent: DialogflowIntent; userSays: DialogflowUserSays[] | null; userSaysIn: Record<string, DialogflowUserSays[]> }[];
  entities: { entityType: DialogflowEntityType; entries: DialogflowEntityEntry[]; entriesIn: Record<string, DialogflowEntityEntry[]> }[];
}

export class InvalidDialogflowAgentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The language model breaks Dialogflow's rules:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'InvalidDialogflowAgentError';
  }
}

// RFC 4122 URL namespace: ids are version-5 UUIDs of names such as "backcoach:dialogflow:intent:CountIntent".
const UUID_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/** A version-5 (SHA-1, name-based) UUID: the same name always gives the same id. */
export function nameBasedUuid(name: string): string {
  const hash = createHash('sha1').update(UUID_NAMESPACE).update(`backcoach:dialogflow:${name}`, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The Dialogflow entity type for a language-model slot type, or null when Dialogflow has none. */
export function dialogflowDataType(slotType: string): DialogflowDataType | null {
  if (slotType === 'AMAZON.NUMBER') return '@sys.number';
  if (slotType.startsWith('AMAZON.')) return null;
  return `@${slotType}`;
}

/** An intent as the agent holds it: the language model's, plus Dialogflow's welcome intent. */
interface AgentIntentSource {
  displayName: string;
  action: string;
  slots: readonly SlotDef[];
  samples: readonly string[];
  events: string[];
  fallback: boolean;
}

function agentIntentSources(model: LanguageModelSource): AgentIntentSource[] {
  const welcome: AgentIntentSource = {
    displayName: DIALOGFLOW_WELCOME_INTENT,
    action: 'launch',
    slots: [],
    samples: model.welcomePhrases,
    events: [DIALOGFLOW_WELCOME_EVENT],
    fallback: false,
  };
  const fromModel = model.intents.map((intent: IntentDef): AgentIntentSource => {
    const displayName = dialogflowIntentName(intent);
    return {
      displayName,
      action: intent.event,
      slots: intent.slots,
      samples: dialogflowSamples(intent.samples),
      events: [],
      fallback: displayName === DIALOGFLOW_FALLBACK_INTENT,
    };
  });
  return [welcome, ...fromModel];
}

/** How many of each entry's first synonyms serve as examples: the language model lists the natural ones first. */
const EXAMPLE_SYNONYMS_PER_ENTRY = 3;

/** Example values for an entity: each entry's first synonyms, in turn across entries (pounds, kilograms, ...). */
function entityExamples(values: readonly SlotTypeValue[]): string[] {
  const lists = values.map((value) => value.synonyms.slice(0, EXAMPLE_SYNONYMS_PER_ENTRY));
  const longest = Math.max(0, ...lists.map((list) => list.length));
  const out: string[] = [];
  for (let i = 0; i < longest; i += 1) {
    for (const list of lists) {
      const synonym = list[i];
      if (synonym !== undefined) out.push(synonym);
    }
  }
  return out;
}

/**
 * The entry's synonyms: its canonical id first, then the language model's synonyms and the ways it is typed ("7 pm",
 * for Dialogflow's chat), without repeats.
 */
function entitySynonyms(value: SlotTypeValue): string[] {
  return [...new Set([value.id, ...value.synonyms, ...(value.written ?? [])])];
}

/**
 * Splits an intent's samples into training phrase parts, filling each slot with the next example value of its
 * type in the model's language (one renderer per intent, so each intent's examples start from the first value).
 */
class PhraseRenderer {
  private readonly next = new Map<string, number>();

  constructor(private readonly model: Pick<LanguageModelSource, 'slotTypes' | 'numberExamples'>) {}

  private example(slotType: string): string {
    const pool = slotType === 'AMAZON.NUMBER' ? this.model.numberExamples : entityExamples(this.model.slotTypes[slotType] ?? []);
    const index = this.next.get(slotType) ?? 0;
    this.next.set(slotType, index + 1);
    return pool.length === 0 ? '' : (pool[index % pool.length] ?? '');
  }

  parts(sample: string, slots: readonly SlotDef[]): DialogflowPhrasePart[] {
    const parts: DialogflowPhrasePart[] = [];
    const pattern = /\{([^{}]*)\}/g;
    let last = 0;
    for (const match of sample.matchAll(pattern)) {
      const at = match.index ?? 0;
      if (at > last) parts.push({ text: sample.slice(last, at), userDefined: false });
      const slot = slots.find((s) => s.name === match[1]);
      const meta = slot ? dialogflowDataType(slot.type) : null;
      if (slot && meta) {
        parts.push({ text: this.example(slot.type), meta, alias: slot.name, userDefined: true });
      } else {
        parts.push({ text: match[0], userDefined: false });
      }
      last = at + match[0].length;
    }
    if (last < sample.length) parts.push({ text: sample.slice(last), userDefined: false });
    return parts;
  }
}

export const phraseText = (parts: readonly DialogflowPhrasePart[]): string => parts.map((p) => p.text).join('');

/**
 * An intent's training phrases: its samples with each slot filled by an example value. A sample that fills to a phrase
 * the intent already has ("my {part} doesn't feel right" filled as "my back doesn't feel right", also a sample of its
 * own) is left out: Dialogflow refuses a phrase listed twice.
 */
function renderedPhrases(source: Pick<AgentIntentSource, 'samples' | 'slots'>, model: Pick<LanguageModelSource, 'slotTypes' | 'numberExamples'>): { sample: string; parts: DialogflowPhrasePart[] }[] {
  const renderer = new PhraseRenderer(model);
  const seen = new Set<string>();
  return source.samples.flatMap((sample) => {
    const parts = renderer.parts(sample, source.slots);
    const key = phraseKey(phraseText(parts));
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ sample, parts }];
  });
}

/** Stricter than Dialogflow needs: an intent's display name is also its file name in the export and the zip. */
const INTENT_DISPLAY_NAME = /^[A-Za-z0-9][A-Za-z0-9 _.-]*$/;
/** Dialogflow's rule for entity type names; parameter names are held to the same. */
const ENTITY_TYPE_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;
const PARAMETER_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** Control characters, and characters with a meaning in Dialogflow's phrase templates (@entity, {slot}). */
const hasRejectedCharacter = (text: string): boolean =>
  /[@{}]/.test(text) || [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

const phraseKey = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Every problem Dialogflow ES would have with the agent built from the model. */
export function dialogflowAgentProblems(model: LanguageModelSource = LANGUAGE_MODEL): string[] {
  const problems: string[] = [];
  const sources = agentIntentSources(model);

  if (sources.length > MAX_INTENTS) problems.push(`${sources.length} intents: Dialogflow allows ${MAX_INTENTS}`);
  const slotTypeNames = Object.keys(model.slotTypes);
  if (slotTypeNames.length > MAX_ENTITY_TYPES) {
    problems.push(`${slotTypeNames.length} entity types: Dialogflow allows ${MAX_ENTITY_TYPES}`);
  }
  if (!sources.some((s) => s.fallback)) {
    problems.push(`no intent becomes "${DIALOGFLOW_FALLBACK_INTENT}": the language model needs AMAZON.FallbackIntent`);
  }

  const names = new Set<string>();
  const phraseOwner = new Map<string, string>();
  for (const source of sources) {
    const name = source.displayName;
    if (!INTENT_DISPLAY_NAME.test(name) || name.length > 100) {
      problems.push(`intent "${name}": letters, digits, spaces, underscores, hyphens and periods, 100 at most`);
    }
    if (names.has(name)) problems.push(`two intents are named "${name}" on Dialogflow`);
    names.add(name);
    if (source.samples.length > MAX_TRAINING_PHRASES_PER_INTENT) {
      problems.push(`${name}: ${source.samples.length} training phrases, Dialogflow allows ${MAX_TRAINING_PHRASES_PER_INTENT}`);
    }
    for (const slot of source.slots) {
      if (!PARAMETER_NAME.test(slot.name)) problems.push(`${name} parameter "${slot.name}": letters, digits, _ and -`);
      if (dialogflowDataType(slot.type) === null) {
        problems.push(`${name} parameter "${slot.name}": no Dialogflow entity type for ${slot.type}`);
      }
    }
    for (const { sample, parts } of renderedPhrases(source, model)) {
      const text = phraseText(parts);
      const where = `${name} training phrase "${text}"`;
      if (text.trim() === '') problems.push(`${name}: empty training phrase`);
      if (text.length > MAX_TRAINING_PHRASE_CHARS) {
        problems.push(`${where}: longer than ${MAX_TRAINING_PHRASE_CHARS} characters`);
      }
      if (hasRejectedCharacter(text)) {
        problems.push(`${where}: no control characters, @, { or } (unknown slot references stay unfilled)`);
      }
      for (const ref of slotReferences(sample)) {
        if (!source.slots.some((slot) => slot.name === ref)) problems.push(`${where}: {${ref}} is not a parameter`);
      }
      const key = phraseKey(text);
      const owner = phraseOwner.get(key);
      if (owner !== undefined && owner !== name) {
        problems.push(`training phrase "${text}" belongs to both ${owner} and ${name}`);
      } else if (owner === name) {
        problems.push(`${name}: training phrase "${text}" is listed twice`);
      }
      phraseOwner.set(key, name);
    }
  }

  for (const [typeName, values] of Object.entries(model.slotTypes)) {
    if (!ENTITY_TYPE_NAME.test(typeName)) {
      problems.push(`entity type "${typeName}": starts with a letter; letters, digits, _ and - only`);
    }
    if (values.length === 0) problems.push(`entity type ${typeName}: has no entries`);
    for (const value of values) {
      for (const synonym of entitySynonyms(value)) {
        if (synonym.trim() === '' || synonym.length > MAX_ENTITY_SYNONYM_CHARS) {
          problems.push(`entity type ${typeName} value ${value.id}: synonym "${synonym}" is empty or too long`);
        }
      }
    }
  }
  return problems;
}

function toParameter(intentName: string, slot: SlotDef): DialogflowParameter {
  return {
    id: nameBasedUuid(`parameter:${intentName}:${slot.name}`),
    name: slot.name,
    required: false,
    dataType: dialogflowDataType(slot.type) ?? '@sys.any',
    value: `$${slot.name}`,
    defaultValue: '',
    isList: false,
    prompts: [],
    promptMessages: [],
    noMatchPromptMessages: [],
    noInputPromptMessages: [],
    outputDialogContexts: [],
  };
}

/** The reply of each language when the webhook does not answer, the agent's default language first. */
const unreachableMessages = (models: readonly LanguageModelSource[]): DialogflowMessage[] =>
  models.map((model) => ({ type: '0', title: '', textToSpeech: '', lang: model.language, speech: [model.unreachableReply], condition: '' }));

function toIntent(source: AgentIntentSource, models: readonly LanguageModelSource[]): DialogflowIntent {
  return {
    id: nameBasedUuid(`intent:${source.displayName}`),
    name: source.displayName,
    auto: true,
    contexts: [],
    responses: [
      {
        resetContexts: false,
        action: source.action,
        affectedContexts: [],
        parameters: source.slots.map((slot) => toParameter(source.displayName, slot)),
        messages: unreachableMessages(models),
        speech: [],
      },
    ],
    priority: 500000,
    webhookUsed: true,
    webhookForSlotFilling: false,
    fallbackIntent: source.fallback,
    events: source.events.map((name) => ({ name })),
    conditionalResponses: [],
    condition: '',
    conditionalFollowupEvents: [],
  };
}

function toUserSays(source: AgentIntentSource, model: LanguageModelSource): DialogflowUserSays[] {
  // The default language's ids name no language, as before there were others; another language's name it.
  const idOf = (text: string): string =>
    nameBasedUuid(model.language === DIALOGFLOW_AGENT_SETTINGS.language ? `usersays:${source.displayName}:${text}` : `usersays:${model.language}:${source.displayName}:${text}`);
  return renderedPhrases(source, model).map(({ parts: data }) => {
    return {
      id: idOf(phraseText(data)),
      data,
      isTemplate: false,
      count: 0,
      lang: model.language,
      updated: 0,
    };
  });
}

/**
 * An intent without phrases has no user-says file. The fallback intent's phrases are its negative examples: lines about
 * something else (the road, the radio) that the agent learns to match to no intent of the coach's.
 */
const hasPhrases = (source: AgentIntentSource): boolean => source.samples.length > 0;

const entityEntries = (values: readonly SlotTypeValue[]): DialogflowEntityEntry[] => values.map((value) => ({ value: value.id, synonyms: entitySynonyms(value) }));

function agentSettings(others: readonly LanguageModelSource[]): Record<string, unknown> {
  return {
    description: DIALOGFLOW_AGENT_SETTINGS.description,
    language: DIALOGFLOW_AGENT_SETTINGS.language,
    shortDescription: '',
    examples: '',
    linkToDocs: '',
    displayName: DIALOGFLOW_AGENT_SETTINGS.displayName,
    disableInteractionLogs: false,
    disableStackdriverLogs: true,
    googleAssistant: {
      googleAssistantCompatible: false,
      project: '',
      welcomeIntentSignInRequired: false,
      startIntents: [],
      systemIntents: [],
      endIntentIds: [],
      oAuthLinking: {
        required: false,
        providerId: '',
        authorizationUrl: '',
        tokenUrl: '',
        scopes: '',
        privacyPolicyUrl: '',
        grantType: 'AUTH_CODE_GRANT',
      },
      voiceType: 'MALE_1',
      capabilities: [],
      env: '',
      protocolVersion: 'V2',
      autoPreviewEnabled: false,
      isDeviceAgent: false,
    },
    defaultTimezone: DIALOGFLOW_AGENT_SETTINGS.timeZone,
    // The webhook's address and credentials belong to a deployment, not to the model: they are set on the
    // console's Fulfillment page or by `npm run dialogflow:deploy` with DIALOGFLOW_WEBHOOK_URL. Until then the
    // webhook stays off and every intent answers DIALOGFLOW_UNREACHABLE_REPLY.
    webhook: {
      url: '',
      username: '',
      headers: {},
      available: false,
      useForDomains: false,
      cloudFunctionsEnabled: false,
      cloudFunctionsInitialized: false,
    },
    isPrivate: true,
    mlMinConfidence: 0.3,
    // The languages beside the default one (the API's supportedLanguageCodes).
    supportedLanguages: others.map((model) => model.language),
    enableOnePlatformApi: true,
    onePlatformApiVersion: 'v2',
    analyzeQueryTextSentiment: false,
    enabledKnowledgeBaseNames: [],
    knowledgeServiceConfidenceAdjustment: 0,
    dialogBuilderMode: false,
    baseActionPackagesUrl: '',
    enableSpellCorrection: false,
  };
}

/**
 * Problems of a language beside the default: its intents and slot types must be the default language's, since the
 * agent's intents and entity types are one set with phrases and entries in each language.
 */
function otherLanguageProblems(model: LanguageModelSource, other: LanguageModelSource): string[] {
  const problems = dialogflowAgentProblems(other).map((problem) => `(${other.language}) ${problem}`);
  const names = (source: LanguageModelSource): string => agentIntentSources(source).map((s) => s.displayName).join(',');
  if (names(other) !== names(model)) problems.push(`(${other.language}) the intents differ from the ${model.language} model's`);
  if (Object.keys(other.slotTypes).join(',') !== Object.keys(model.slotTypes).join(',')) problems.push(`(${other.language}) the entity types differ from the ${model.language} model's`);
  return problems;
}

/**
 * The agent export: the default language's model (English) and the others as its supported languages. Throws
 * InvalidDialogflowAgentError listing every problem.
 */
export function buildDialogflowAgent(model: LanguageModelSource = LANGUAGE_MODEL, others: readonly LanguageModelSource[] = otherLanguageModels()): DialogflowAgentExport {
  const problems = [...dialogflowAgentProblems(model), ...others.flatMap((other) => otherLanguageProblems(model, other))];
  if (problems.length > 0) throw new InvalidDialogflowAgentError(problems);
  const otherSources = others.map((other) => ({ model: other, sources: agentIntentSources(other) }));
  return {
    agent: agentSettings(others),
    packageJson: { version: '1.0.0' },
    intents: agentIntentSources(model).map((source, i) => ({
      intent: toIntent(source, [model, ...others]),
      userSays: hasPhrases(source) ? toUserSays(source, model) : null,
      userSaysIn: Object.fromEntries(
        otherSources.flatMap(({ model: other, sources }) => {
          const theirs = sources[i];
          return theirs && hasPhrases(theirs) ? [[other.language, toUserSays(theirs, other)]] : [];
        }),
      ),
    })),
    entities: Object.entries(model.slotTypes).map(([name, values]) => ({
      entityType: {
        id: nameBasedUuid(`entity:${name}`),
        name,
        isOverridable: true,
        isEnum: false,
        isRegexp: false,
        automatedExpansion: false,
        allowFuzzyExtraction: false,
      },
      entries: entityEntries(values),
      entriesIn: Object.fromEntries(others.map((other) => [other.language, entityEntries(other.slotTypes[name] ?? [])])),
    })),
  };
}

/** The export's documents by path (relative to the repository root), in a stable order. */
export function dialogflowAgentDocuments(model: LanguageModelSource = LANGUAGE_MODEL, others: readonly LanguageModelSource[] = otherLanguageModels()): { path: string; document: unknown }[] {
  const agent = buildDialogflowAgent(model, others);
  const dir = DIALOGFLOW_AGENT_DIR;
  const lang = DIALOGFLOW_AGENT_SETTINGS.language;
  const documents: { path: string; document: unknown }[] = [
    { path: `${dir}/agent.json`, document: agent.agent },
    { path: `${dir}/package.json`, document: agent.packageJson },
  ];
  for (const { entityType, entries, entriesIn } of agent.entities) {
    documents.push({ path: `${dir}/entities/${entityType.name}.json`, document: entityType });
    documents.push({ path: `${dir}/entities/${entityType.name}_entries_${lang}.json`, document: entries });
    for (const [language, theirs] of Object.entries(entriesIn)) documents.push({ path: `${dir}/entities/${entityType.name}_entries_${language}.json`, document: theirs });
  }
  for (const { intent, userSays, userSaysIn } of agent.intents) {
    documents.push({ path: `${dir}/intents/${intent.name}.json`, document: intent });
    if (userSays) documents.push({ path: `${dir}/intents/${intent.name}_usersays_${lang}.json`, document: userSays });
    for (const [language, theirs] of Object.entries(userSaysIn)) documents.push({ path: `${dir}/intents/${intent.name}_usersays_${language}.json`, document: theirs });
  }
  return documents;
}

/** A fixed modification time (local noon, so no zone or daylight-saving change moves it): same files, same zip. */
const ZIP_MTIME = new Date(2024, 0, 1, 12, 0, 0);

/**
 * The zip that Restore/Import reads: agent.json and package.json at its root, intents/ and entities/ beside them.
 * Takes the generated files under models/ (others are ignored) and is byte-identical for identical files.
 */
export function zipDialogflowAgent(files: readonly { path: string; content: string }[]): Uint8Array {
  const prefix = `${DIALOGFLOW_AGENT_DIR}/`;
  const root: Zippable = {};
  const entries = files
    .filter((file) => file.path.startsWith(prefix))
    .map((file) => ({ path: file.path.slice(prefix.length), content: file.content }));
  // Root files first, then each folder: the order Dialogflow's own export uses.
  entries.sort((a, b) => {
    const depth = a.path.split('/').length - b.path.split('/').length;
    if (depth !== 0) return depth;
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  });
  for (const entry of entries) {
    const segments = entry.path.split('/');
    const fileName = segments.pop() ?? '';
    let folder = root;
    for (const segment of segments) {
      const existing = folder[segment];
      if (existing === undefined) folder[segment] = {};
      folder = folder[segment] as Zippable;
    }
    folder[fileName] = strToU8(entry.content);
  }
  return zipSync(root, { level: 6, mtime: ZIP_MTIME });
}
