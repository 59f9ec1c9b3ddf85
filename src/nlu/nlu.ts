/**
 * The local NLU: an nlp.js model trained in memory from the language model, so a typed or spoken line is
 * understood the way Alexa would understand the same words said aloud (intent name + slots). It serves the
 * browser console, the terminal console and the tests.
 */
import { containerBootstrap, type Container } from '@nlpjs/core';
import { Nlp, type NlpEntity } from '@nlpjs/nlp';
import { LangEn } from '@nlpjs/lang-en-min';
import { CUSTOM_SLOT_TYPES, INTENTS, WELCOME_PHRASES, type IntentDef, type SlotTypeName } from '../model/languageModel';
import { numberTable } from '../core/numberWords';

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';
/** What the NLU calls the language model's welcome phrases ("open back coach", "hi"): opening the coach. */
export const WELCOME_INTENT = 'Welcome';

/** The welcome phrases, as an intent of their own for training. */
const WELCOME: IntentDef = { name: WELCOME_INTENT, event: 'launch', slots: [], samples: [...WELCOME_PHRASES] };
const TRAINED_INTENTS: readonly IntentDef[] = [...INTENTS, WELCOME];

/**
 * Below this classifier score a line is not understood (Alexa would route it to the fallback intent).
 * Tuned on test/console/nluCases.ts: at 0.5 "the weather is nice today" passes as stop (0.54); from 0.6 to
 * 0.7 the results are the same.
 */
export const MIN_SCORE = 0.6;

export interface SlotValue {
  /** What Alexa puts in `slot.value`: digits for numbers, the words said for custom types. */
  value: string;
  /** The canonical id of a custom slot value (Alexa sends it in the slot's resolutions). */
  id?: string;
}

export interface Understanding {
  intent: string;
  slots: Record<string, SlotValue>;
  score: number;
}

export interface Nlu {
  understand(text: string): Promise<Understanding>;
  /** How long training took, in milliseconds. */
  readonly trainingMs: number;
}

const LOCALE = 'en';

/** The nlp.js entity that finds each slot type; training phrases carry `@entity` where a slot is. */
const ENTITY_OF_TYPE: Record<SlotTypeName, string> = {
  'AMAZON.NUMBER': 'number',
  UnitType: 'unit',
  SideType: 'side',
};

const slotType = (intent: IntentDef, sample: string, slotName: string): SlotTypeName => {
  const slot = intent.slots.find((s) => s.name === slotName);
  if (!slot) throw new Error(`${intent.name}: sample "${sample}" names unknown slot {${slotName}}`);
  return slot.type;
};

/**
 * The phrases one sample teaches. Every slot becomes its entity placeholder ("I got @number"), so "I got
 * twelve" and "I got 12" read the same. Custom slots are also spelled out with each synonym ("my left
 * side"), so a bare "left" or "right" is known to belong to the side intents and not only to "pick up
 * where I left off" or "that's right". Numbers stay placeholders: hundreds of spellings would drown the
 * other phrases.
 */
const trainingUtterances = (intent: IntentDef, sample: string): string[] => {
  const placeholders = sample.replace(/\{(\w+)\}/g, (_, name: string) => `@${ENTITY_OF_TYPE[slotType(intent, sample, name)]}`);
  const spelled = (text: string): string[] => {
    const marker = /\{(\w+)\}/.exec(text);
    if (!marker?.[1]) return [text];
    const type = slotType(intent, sample, marker[1]);
    const fillers =
      type === 'AMAZON.NUMBER' ? [`@${ENTITY_OF_TYPE[type]}`] : CUSTOM_SLOT_TYPES[type].flatMap((v) => v.synonyms);
    return fillers.flatMap((filler) => spelled(text.replace(marker[0], filler)));
  };
  return [...new Set([placeholders, ...spelled(sample)])];
};

interface EnumInput {
  edges?: NlpEntity[];
}

interface EnumExtractor {
  extract(input: EnumInput): Promise<EnumInput>;
}

const covers = (outer: NlpEntity, inner: NlpEntity): boolean =>
  outer !== inner && outer.start <= inner.start && outer.end >= inner.end && outer.len > inner.len;

/**
 * nlp.js keeps both "twenty" and "twenty one" when both are listed; a match inside a longer match is not a
 * value of its own. Registered as the English enum extractor, the hook nlp.js offers per locale.
 */
const preferLongestMatches = (container: Container): void => {
  const base = container.get('extract-enum') as EnumExtractor;
  container.register(`extract-enum-${LOCALE}`, {
    async extract(input: EnumInput): Promise<EnumInput> {
      const output = await base.extract(input);
      const edges = output.edges ?? [];
      output.edges = edges.filter((edge) => !edges.some((other) => covers(other, edge)));
      return output;
    },
  });
};

/**
 * nlp.js leaves its "none feature" off unless asked: without it, words the model never saw are ignored and
 * "the weather is nice today" passes as "stop" on the strength of "today". With it, unknown words pull a
 * line towards None, which becomes AMAZON.FallbackIntent. Registered before the Nlp is built.
 */
const enableNoneFeature = (container: Container): void => {
  container.registerConfiguration('nlu-manager', { useNoneFeature: true });
};

const addEntities = (nlp: Nlp): void => {
  for (const { value, texts } of numberTable()) {
    nlp.addNerRuleOptionTexts(LOCALE, ENTITY_OF_TYPE['AMAZON.NUMBER'], value, texts);
  }
  for (const type of Object.keys(CUSTOM_SLOT_TYPES) as (keyof typeof CUSTOM_SLOT_TYPES)[]) {
    for (const { id, synonyms } of CUSTOM_SLOT_TYPES[type]) {
      nlp.addNerRuleOptionTexts(LOCALE, ENTITY_OF_TYPE[type], id, synonyms);
    }
  }
};

/** The intent's slots from the values found, in the order said; values the intent has no slot for are left out. */
const slotsFor = (intent: IntentDef, entities: readonly NlpEntity[]): Record<string, SlotValue> => {
  const slots: Record<string, SlotValue> = {};
  const used = new Set<NlpEntity>();
  for (const slot of intent.slots) {
    const entity = entities.find((e) => e.entity === ENTITY_OF_TYPE[slot.type] && !used.has(e));
    if (!entity || entity.option === undefined) continue;
    used.add(entity);
    slots[slot.name] =
      slot.type === 'AMAZON.NUMBER'
        ? { value: entity.option }
        : { value: (entity.utteranceText ?? entity.sourceText ?? entity.option).toLowerCase(), id: entity.option };
  }
  return slots;
};

/** Text as compared with the samples: lower case, words only, single spaces. */
const normalize = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9'@ -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The line with each value found replaced by its placeholder: "make it 35 pounds" → "make it @number @unit". */
const withPlaceholders = (utterance: string, entities: readonly NlpEntity[]): string => {
  let result = '';
  let index = 0;
  for (const entity of [...entities].sort((a, b) => a.start - b.start)) {
    if (entity.start < index) continue;
    result += `${utterance.slice(index, entity.start)}@${entity.entity}`;
    index = entity.end + 1;
  }
  return result + utterance.slice(index);
};

const NONE = 'None';

export const createNlu = async (): Promise<Nlu> => {
  const started = performance.now();
  const container = containerBootstrap();
  container.use(LangEn);
  enableNoneFeature(container);
  const nlp = new Nlp({
    container,
    languages: [LOCALE],
    autoSave: false,
    autoLoad: false,
    forceNER: true,
    calculateSentiment: false,
    // The score cut is applied below, so the classifier's own best guess stays visible.
    threshold: 0,
    nlu: { log: false },
    // Exact matches only: fuzzy matching reads "rounds" as "pounds" and "might" as "right".
    ner: { threshold: 1 },
  });
  preferLongestMatches(container);
  addEntities(nlp);

  /** Sample phrases (with placeholders) → intent; null when two intents share a phrase. */
  const samples = new Map<string, string | null>();
  for (const intent of TRAINED_INTENTS) {
    for (const sample of intent.samples) {
      for (const utterance of trainingUtterances(intent, sample)) {
        nlp.addDocument(LOCALE, utterance, intent.name);
        const key = normalize(utterance);
        samples.set(key, samples.has(key) && samples.get(key) !== intent.name ? null : intent.name);
      }
    }
  }
  await nlp.train();
  const trainingMs = performance.now() - started;

  const byName = new Map(TRAINED_INTENTS.map((i) => [i.name, i]));

  /**
   * A line said exactly as a sample is that sample's intent (as Alexa treats exact sample matches).
   * Otherwise the classifier reads the line as typed and with its values replaced by placeholders; the
   * placeholder reading wins ties, since "thirty kilos" names a weight even though "kilos" alone is a unit.
   */
  const classify = async (utterance: string, entities: readonly NlpEntity[]): Promise<{ intent: string; score: number }> => {
    const generic = entities.length ? withPlaceholders(utterance, entities) : utterance;
    for (const key of [normalize(utterance), normalize(generic)]) {
      const intent = samples.get(key);
      if (intent) return { intent, score: 1 };
    }
    const raw = await nlp.classify(LOCALE, utterance);
    if (generic === utterance) return raw;
    const placeholder = await nlp.classify(LOCALE, generic);
    return placeholder.intent !== NONE && (placeholder.score >= raw.score || raw.intent === NONE) ? placeholder : raw;
  };

  return {
    trainingMs,
    async understand(text: string): Promise<Understanding> {
      const utterance = text.trim();
      if (!utterance) return { intent: FALLBACK_INTENT, slots: {}, score: 0 };
      const { entities } = await nlp.extractEntities(LOCALE, utterance);
      const { intent: name, score } = await classify(utterance, entities);
      const intent = byName.get(name);
      if (!intent || score < MIN_SCORE) return { intent: FALLBACK_INTENT, slots: {}, score };
      return { intent: intent.name, slots: slotsFor(intent, entities), score };
    },
  };
};
