/**
 * Generates the Alexa interaction model (skill-package/interactionModels/custom/<locale>.json) from the language
 * model. Pure: the same input always gives the same object, and an input Alexa would reject throws here first,
 * with every problem listed.
 */
import { FOLLOWING_WORDS_SLOT, FOLLOWING_WORDS_TYPE } from './carrierIntents';
import { plainestOfEachFrame } from './phrasing';
import type { IntentDef, SlotTypeValue } from './languageModel';
import { LANGUAGE_MODEL, type LanguageModelSource } from './languageModels';

export { LANGUAGE_MODEL, type LanguageModelSource };

export interface AlexaSlot {
  name: string;
  type: string;
}

export interface AlexaIntent {
  name: string;
  slots?: AlexaSlot[];
  samples: string[];
}

export interface AlexaSlotTypeValue {
  id: string;
  name: { value: string; synonyms: string[] };
}

export interface AlexaSlotType {
  name: string;
  values: AlexaSlotTypeValue[];
}

export interface AlexaInteractionModel {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: AlexaIntent[];
      types: AlexaSlotType[];
      modelConfiguration?: { fallbackIntentSensitivity: { level: 'LOW' | 'MEDIUM' | 'HIGH' } };
    };
  };
}

/**
 * How readily Alexa sends a line to AMAZON.FallbackIntent. Low: a line sent there reaches the skill without its
 * words, while a line placed in a carrier intent reaches it in words, which the skill reads with its own rules and
 * knows to be off-topic when it is (a driver asking about the road); the cost of a low setting is borne by the
 * skill's reading, not by the driver.
 */
export const FALLBACK_INTENT_SENSITIVITY = 'LOW';

/**
 * Alexa's rules for AMAZON.SearchQuery, and this project's: each sample has carrier words and no other slot, and at most
 * ALEXA_LIMITS.searchQueryIntents intents carry one.
 */
const searchQueryProblems = (intents: readonly AlexaIntent[]): string[] => {
  const problems: string[] = [];
  const carrying = intents.filter((intent) => intent.slots?.some((slot) => slot.type === FOLLOWING_WORDS_TYPE));
  if (carrying.length > ALEXA_LIMITS.searchQueryIntents) problems.push(`${carrying.length} intents carry AMAZON.SearchQuery; at most ${ALEXA_LIMITS.searchQueryIntents}`);
  for (const intent of carrying) {
    const queries = new Set(intent.slots?.filter((slot) => slot.type === FOLLOWING_WORDS_TYPE).map((slot) => slot.name));
    for (const sample of intent.samples) {
      const refs = slotReferences(sample);
      if (!refs.some((ref) => queries.has(ref))) continue;
      if (refs.length > 1) problems.push(`${intent.name} sample "${sample}": a search-query slot takes no other slot beside it`);
      if (sample.replace(/\{[^{}]*\}/g, '').trim() === '') problems.push(`${intent.name} sample "${sample}": a search-query slot needs carrier words`);
    }
  }
  return problems;
};

/**
 * Every intent of the Alexa model: the language model's, then Alexa's own. A sample one of Alexa's own intents says
 * ("a {weight} pounder", a weight in pounds) is that intent's alone.
 */
export const alexaIntents = (model: LanguageModelSource = LANGUAGE_MODEL): readonly IntentDef[] => {
  const own = model.alexaOnlyIntents ?? [];
  const taken = new Set(own.flatMap((intent) => intent.samples.map(sampleKey)));
  const theirs = model.intents.map((intent) => {
    const samples = intent.samples.filter((sample) => !taken.has(sampleKey(sample)));
    return samples.length === intent.samples.length ? intent : { ...intent, samples };
  });
  return [...theirs, ...own];
};

/**
 * Budgets the generator holds the model to. Alexa rejects a model with more than 250 intents and slot values
 * longer than 140 characters; the other figures are budgets this project sets itself, to keep the model quick to
 * build and possible to review, not limits Alexa is known to enforce.
 */
export const ALEXA_LIMITS = {
  intents: 250,
  /** Intents kept free for new features and locales. */
  freeIntents: 40,
  /** At most this many intents carry an AMAZON.SearchQuery slot: free words are read less well than listed ones. */
  searchQueryIntents: 40,
  samplesPerIntent: 5000,
  sampleCharacters: 200,
  totalSampleCharacters: 2_000_000,
  slotValuesAndSynonyms: 50_000,
  slotValueCharacters: 140,
} as const;

export class InvalidLanguageModelError extends Error {
  constructor(readonly problems: string[]) {
    super(`The language model breaks Alexa's rules:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'InvalidLanguageModelError';
  }
}

const BUILT_IN_PREFIX = 'AMAZON.';

export const isBuiltInIntent = (name: string): boolean => name.startsWith(BUILT_IN_PREFIX);

/** `{slot}` references in a sample, in order of appearance. */
export function slotReferences(sample: string): string[] {
  return [...sample.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '');
}

/** Words Alexa does not allow in an invocation name: wake words, launch phrases (English and Spanish), "skill" and "app". */
const FORBIDDEN_INVOCATION_WORDS = new Set([
  'alexa', 'amazon', 'echo', 'computer', 'skill', 'app', 'launch', 'ask', 'tell', 'load', 'begin', 'enable',
  'abre', 'abrir', 'pide', 'pregunta', 'dile', 'inicia', 'iniciar', 'empieza', 'lanza', 'activa', 'habilita',
]);

/** Words a two-word invocation name must not contain: articles and prepositions (English and Spanish). */
const FILLER_WORDS = new Set([
  'the', 'a', 'an', 'for', 'to', 'of', 'about', 'up', 'by', 'at', 'off', 'with',
  'el', 'la', 'los', 'las', 'un', 'una', 'de', 'del', 'al', 'para', 'por', 'con', 'en',
]);

/**
 * Problems with an invocation name: lowercase letters, spaces between words, possessive apostrophes and periods
 * in abbreviations only; two words or more (no article or preposition in a two-word name); no wake word or
 * launch phrase.
 */
export function invocationNameProblems(name: string): string[] {
  const problems: string[] = [];
  const words = name.split(' ');
  if (!/^[a-z][a-z'.]*( [a-z][a-z'.]*)*$/.test(name)) {
    problems.push(`invocation name "${name}": only lowercase letters, single spaces, apostrophes and abbreviation periods`);
  }
  if (words.length < 2) {
    problems.push(`invocation name "${name}": must be two or more words`);
  }
  if (words.length === 2 && words.some((word) => FILLER_WORDS.has(word))) {
    problems.push(`invocation name "${name}": a two-word name cannot contain an article or a preposition`);
  }
  for (const word of words) {
    if (FORBIDDEN_INVOCATION_WORDS.has(word)) {
      problems.push(`invocation name "${name}": must not contain "${word}"`);
    }
  }
  return problems;
}

/**
 * Problems with one piece of spoken text (a sample without its slot references, or a slot value): words made
 * of letters, separated by single spaces; an apostrophe only inside a word or after a plural s ("driver's",
 * "drivers'"); a period only after a single letter of an abbreviation ("a. m."); a hyphen only between letters;
 * numbers spelled out.
 */
function spokenTextProblems(text: string): string[] {
  const problems: string[] = [];
  if (text !== text.trim() || /\s{2,}/.test(text) || /[^\S ]/.test(text)) {
    problems.push('use single spaces between words and none at either end');
  }
  if (/\d/.test(text)) problems.push('spell numbers out');
  if (/[’‘`´]/.test(text)) problems.push("use a straight apostrophe (')");
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (/[^\p{L}'.-]/u.test(word.replace(/[’‘`´\d]/g, ''))) {
      problems.push(`"${word}": only letters, apostrophes, hyphens and abbreviation periods`);
      continue;
    }
    if (word.includes("'") && !/^\p{L}+('\p{L}+)*'?$/u.test(word)) problems.push(`"${word}": misplaced apostrophe`);
    if (word.includes('.') && !/^(\p{L}\.)+$/u.test(word)) problems.push(`"${word}": a period is only for abbreviations`);
    if (word.includes('-') && !/^\p{L}+(-\p{L}+)+$/u.test(word)) problems.push(`"${word}": a hyphen only joins words`);
  }
  return problems;
}

const SLOT_NAME = /^[A-Za-z][A-Za-z_]*$/;
const CUSTOM_INTENT_NAME = /^[A-Za-z][A-Za-z_]*$/;
const BUILT_IN_INTENT_NAME = /^AMAZON\.[A-Za-z]+$/;
const SLOT_TYPE_NAME = /^[A-Za-z][A-Za-z_]*$/;

/** The key Alexa uses to detect duplicate samples: case and spacing do not make two samples different. */
const sampleKey = (sample: string): string => sample.trim().replace(/\s+/g, ' ').toLowerCase();

/** A sample with each slot reference replaced by its slot type: "make it {AMAZON.NUMBER}". */
const samplePattern = (intent: IntentDef, sample: string): string =>
  sampleKey(sample.replace(/\{([^{}]*)\}/g, (whole, name: string) => `{${intent.slots.find((slot) => slot.name === name)?.type ?? whole}}`));

function sampleProblems(intent: IntentDef, sample: string): string[] {
  const where = `${intent.name} sample "${sample}"`;
  const problems: string[] = [];
  const declared = new Set(intent.slots.map((s) => s.name));
  const refs = slotReferences(sample);
  if (sample.trim() === '') problems.push(`${intent.name}: empty sample`);
  if (sample.length > ALEXA_LIMITS.sampleCharacters) problems.push(`${where}: longer than ${ALEXA_LIMITS.sampleCharacters} characters`);
  if (/[{}]/.test(sample.replace(/\{[^{}]*\}/g, ''))) problems.push(`${where}: unbalanced braces`);
  for (const ref of refs) {
    if (!declared.has(ref)) problems.push(`${where}: {${ref}} is not one of the intent's slots`);
  }
  for (const ref of new Set(refs)) {
    if (refs.filter((r) => r === ref).length > 1) problems.push(`${where}: {${ref}} appears more than once`);
  }
  if (/\}\{|\S\{|\}\S/.test(sample)) problems.push(`${where}: a slot reference must be a word of its own`);
  // Replace each reference by a plain word so the text rules apply to the words around it.
  const words = sample.replace(/\{[^{}]*\}/g, 'slot');
  for (const problem of spokenTextProblems(words)) problems.push(`${where}: ${problem}`);
  return problems;
}

function intentProblems(intent: IntentDef, slotTypes: LanguageModelSource['slotTypes']): string[] {
  const problems: string[] = [];
  const builtIn = isBuiltInIntent(intent.name);
  if (builtIn ? !BUILT_IN_INTENT_NAME.test(intent.name) : !CUSTOM_INTENT_NAME.test(intent.name)) {
    problems.push(`intent name "${intent.name}": letters and underscores only (built-ins: AMAZON.Name)`);
  }
  if (builtIn && intent.slots.length > 0) problems.push(`${intent.name}: a built-in intent takes no custom slots`);
  if (intent.samples.length > ALEXA_LIMITS.samplesPerIntent) {
    problems.push(`${intent.name}: ${intent.samples.length} samples, more than ${ALEXA_LIMITS.samplesPerIntent}`);
  }
  if (!builtIn && intent.samples.length === 0) problems.push(`${intent.name}: a custom intent needs at least one sample`);

  const slotNames = new Set<string>();
  for (const slot of intent.slots) {
    if (!SLOT_NAME.test(slot.name)) problems.push(`${intent.name} slot "${slot.name}": letters and underscores only`);
    if (slotNames.has(slot.name)) problems.push(`${intent.name}: slot "${slot.name}" is declared twice`);
    slotNames.add(slot.name);
    if (!slot.type.startsWith(BUILT_IN_PREFIX) && !Object.hasOwn(slotTypes, slot.type)) {
      problems.push(`${intent.name} slot "${slot.name}": unknown slot type ${slot.type}`);
    }
    if (!intent.samples.some((sample) => slotReferences(sample).includes(slot.name))) {
      problems.push(`${intent.name}: slot "${slot.name}" is not used by any sample`);
    }
  }
  for (const sample of intent.samples) problems.push(...sampleProblems(intent, sample));
  return problems;
}

function slotTypeProblems(name: string, values: readonly SlotTypeValue[]): string[] {
  const problems: string[] = [];
  if (!SLOT_TYPE_NAME.test(name)) problems.push(`slot type "${name}": letters and underscores only`);
  if (values.length === 0) problems.push(`slot type ${name}: has no values`);
  const ids = new Set<string>();
  const seen = new Map<string, string>();
  for (const value of values) {
    if (value.id.trim() === '') problems.push(`slot type ${name}: a value has an empty id`);
    if (ids.has(value.id)) problems.push(`slot type ${name}: id "${value.id}" is used twice`);
    ids.add(value.id);
    // The first wording is the value; Alexa's model API wants at least one synonym beside it.
    if (value.synonyms.length < 2) problems.push(`slot type ${name} value ${value.id}: needs a second wording, a synonym of its value`);
    for (const synonym of value.synonyms) {
      if (synonym.length > ALEXA_LIMITS.slotValueCharacters) problems.push(`slot type ${name} value ${value.id}: "${synonym}" is too long`);
      for (const problem of spokenTextProblems(synonym)) {
        problems.push(`slot type ${name} value ${value.id} "${synonym}": ${problem}`);
      }
      const key = sampleKey(synonym);
      const owner = seen.get(key);
      if (owner !== undefined) {
        problems.push(`slot type ${name}: "${synonym}" is listed under both ${owner} and ${value.id}`);
      }
      seen.set(key, value.id);
    }
  }
  return problems;
}

/** Every problem Alexa (or the other NLUs fed from the same source) would have with the language model. */
export function languageModelProblems(model: LanguageModelSource = LANGUAGE_MODEL): string[] {
  const problems = invocationNameProblems(model.invocationName);
  const intents = alexaIntents(model);
  if (intents.length > ALEXA_LIMITS.intents) problems.push(`${intents.length} intents: Alexa allows ${ALEXA_LIMITS.intents}`);
  const characters = intents.reduce((sum, intent) => sum + intent.samples.reduce((n, sample) => n + sample.length, 0), 0);
  if (characters > ALEXA_LIMITS.totalSampleCharacters) {
    problems.push(`${characters} characters of samples, more than ${ALEXA_LIMITS.totalSampleCharacters}`);
  }
  const slotValues = Object.values(model.slotTypes).reduce((sum, values) => sum + values.reduce((n, value) => n + value.synonyms.length, 0), 0);
  if (slotValues > ALEXA_LIMITS.slotValuesAndSynonyms) problems.push(`${slotValues} slot values and synonyms, more than ${ALEXA_LIMITS.slotValuesAndSynonyms}`);

  const intentNames = new Set<string>();
  const sampleOwner = new Map<string, string>();
  const patternOwner = new Map<string, string>();
  for (const intent of intents) {
    if (intentNames.has(intent.name)) problems.push(`intent ${intent.name} is declared twice`);
    intentNames.add(intent.name);
    problems.push(...intentProblems(intent, model.slotTypes));
    for (const sample of intent.samples) {
      const key = sampleKey(sample);
      const owner = sampleOwner.get(key);
      if (owner === intent.name) {
        problems.push(`${intent.name}: sample "${sample}" is listed twice`);
      } else if (owner !== undefined) {
        problems.push(`sample "${sample}" belongs to both ${owner} and ${intent.name}; Alexa rejects duplicates`);
      } else {
        sampleOwner.set(key, intent.name);
      }
      // The same words with the same kinds of slot in two intents leave Alexa to guess ("make it {weight}" and
      // "make it {count}"). A spelled-out intent shares its original's event, so it may share its patterns.
      const pattern = samplePattern(intent, sample);
      const patternIntent = patternOwner.get(pattern);
      const family = (name: string): string => intents.find((i) => i.name === name)?.variantOf ?? name;
      if (patternIntent !== undefined && family(patternIntent) !== family(intent.name)) {
        problems.push(`"${sample}" in ${intent.name} reads like a sample of ${patternIntent}: the same words around the same slot types`);
      } else if (patternIntent === undefined) {
        patternOwner.set(pattern, intent.name);
      }
    }
  }

  // The slot types of Alexa's own listed intents (a count's comment, an amount) go to Alexa's model API too.
  const slotTypes = { ...model.slotTypes, ...(model.alexaListed?.().slotTypes ?? {}) };
  for (const [name, values] of Object.entries(slotTypes)) problems.push(...slotTypeProblems(name, values));
  return problems;
}

/**
 * Samples each intent sends to Alexa: the head of its list, its plainest phrasings, then the plainest of each way of
 * saying it in turn (see plainestOfEachFrame). Alexa's own NLU generalises from samples, and the skill package must stay well under the
 * 1,000,000 characters Alexa's model API has refused beyond (a test holds the generated file to 800,000), so the full
 * generated lists serve the exact matchers of the other NLUs and tests, and Alexa gets the plainest whole phrasings.
 * What the samples miss, the carrier-phrase intents (./carrierIntents.ts) hand to the skill in words.
 */
export const ALEXA_SAMPLES_PER_INTENT = 400;

/**
 * Intents whose share differs. Pain is a safety rule: its plain phrasings and its body part with a complaint ("my
 * {part} is {complaint}") go in first. What is asked seldom (a weight with its unit spelled out, "why one side",
 * cancel, next, the posture break asked for outright) gives up what pain takes.
 */
const ALEXA_SAMPLES_FOR: Readonly<Record<string, number>> = {
  PainIntent: 2100,
  WeightInKilogramsIntent: 250,
  WeightInPoundsIntent: 350,
  WhyOneSideIntent: 400,
  SwitchWeakSideIntent: 500,
  StartTestIntent: 500,
  'AMAZON.CancelIntent': 400,
  'AMAZON.NextIntent': 420,
  // One request said a few ways ("give me a posture break"), most of them the same few words.
  PostureBreakIntent: 60,
};

/** How many of an intent's samples the Alexa model carries. */
export const alexaSampleBudget = (intentName: string): number => ALEXA_SAMPLES_FOR[intentName] ?? ALEXA_SAMPLES_PER_INTENT;

/** Pain, a safety rule, takes every phrasing of up to five words (a filler word counting three) first; the others up to three. */
const PLAIN_COST_FOR: Readonly<Record<string, number>> = { PainIntent: 5 };

/**
 * The least share of an intent's Alexa samples that say one of its slots, where it has that many: Alexa fills a slot
 * only where it has seen one, so "ten, but my form broke" needs lost form's samples with a count as much as the plain
 * "I lost form" ones, which are shorter and would otherwise take the whole budget.
 */
const SLOTTED_SHARE = 0.25;

const saysASlot = (sample: string): boolean => /\{\w+\}/.test(sample);

/** The samples the Alexa model carries of an intent (see plainestOfEachFrame), a share of them with its slots. */
export const alexaSamplesOf = (intent: IntentDef): string[] => {
  const budget = alexaSampleBudget(intent.name);
  const plainCost = PLAIN_COST_FOR[intent.name] ?? 3;
  const chosen = plainestOfEachFrame(intent.samples, budget, plainCost);
  const slotted = intent.samples.filter(saysASlot);
  const wanted = Math.min(slotted.length, Math.ceil(budget * SLOTTED_SHARE));
  const have = chosen.filter(saysASlot).length;
  if (have >= wanted) return chosen;
  const taken = new Set(chosen);
  const more = plainestOfEachFrame(slotted.filter((sample) => !taken.has(sample)), wanted - have, plainCost, 0);
  // The plain phrasings chosen last, the longest, make room.
  let plainToDrop = chosen.length + more.length - budget;
  const kept = [...chosen].reverse().filter((sample) => saysASlot(sample) || plainToDrop-- <= 0).reverse();
  return [...kept, ...more];
};

function toAlexaIntent(intent: IntentDef): AlexaIntent {
  const samples = alexaSamplesOf(intent);
  // A built-in intent keeps Alexa's own samples and adds the model's; Alexa matches those added samples only when
  // said exactly, which is why the model lists carrier words and all.
  if (isBuiltInIntent(intent.name)) return { name: intent.name, samples };
  return {
    name: intent.name,
    slots: intent.slots.map((slot) => ({ name: slot.name, type: slot.type })),
    samples,
  };
}

function toAlexaSlotType(name: string, values: readonly SlotTypeValue[]): AlexaSlotType {
  return {
    name,
    values: values.map((value) => {
      const [first = '', ...rest] = value.synonyms;
      return { id: value.id, name: { value: first, synonyms: rest.filter((s) => s !== first) } };
    }),
  };
}

/** The intents of carrier phrases and free words (see ./carrierIntents.ts): last, so exact matchers prefer the others. */
const carrierAlexaIntents = (model: LanguageModelSource): AlexaIntent[] =>
  model.carrierIntents.map(({ name, carriers }) => ({ name, slots: [{ name: FOLLOWING_WORDS_SLOT, type: FOLLOWING_WORDS_TYPE }], samples: [...carriers] }));

/** The Alexa interaction model for a language's model. Throws InvalidLanguageModelError listing every problem. */
export function buildAlexaInteractionModel(model: LanguageModelSource = LANGUAGE_MODEL): AlexaInteractionModel {
  const listed = model.alexaListed?.() ?? { intents: [], slotTypes: {} };
  const intents = [...alexaIntents(model).map(toAlexaIntent), ...listed.intents, ...carrierAlexaIntents(model)];
  const problems = [...languageModelProblems(model), ...searchQueryProblems(intents)];
  if (intents.length > ALEXA_LIMITS.intents - ALEXA_LIMITS.freeIntents) {
    problems.push(`${intents.length} intents: keep at least ${ALEXA_LIMITS.freeIntents} of Alexa's ${ALEXA_LIMITS.intents} free for new features`);
  }
  if (problems.length > 0) throw new InvalidLanguageModelError(problems);
  return {
    interactionModel: {
      languageModel: {
        invocationName: model.invocationName,
        intents,
        types: Object.entries({ ...model.slotTypes, ...listed.slotTypes }).map(([name, values]) => toAlexaSlotType(name, values)),
        modelConfiguration: { fallbackIntentSensitivity: { level: FALLBACK_INTENT_SENSITIVITY } },
      },
    },
  };
}
