/**
 * The local NLU: an nlp.js model trained from the language model, one per language the coach understands, so a typed
 * or spoken line is understood the way Alexa would understand the same words said aloud (intent name + slots). It
 * serves the browser console, the terminal console, the other hosts' second reading and the tests.
 */
import type { Nlp, NlpEntity } from '@nlpjs/nlp';
import type { IntentDef } from '../model/languageModel';
import { INTENT_SHAPES, type IntentShape, type SlotTypeName } from '../model/intents';
import { WELCOME_INTENT } from '../model/intentEvents';
import type { Language } from '../languages/locales';
import { spreadOf } from '../model/phrasing';
import { verbForms } from '../core/reading/inflections';
import { compactClassifier, type CompactClassifier } from './compactClassifier';
import { compactReader, stemTable, type LineClassifier } from './compactReader';
import { ENGLISH_LINES, LINE_LANGUAGES, type LineLanguage } from './lineLanguages';
import { trainingData, WELCOME, type CustomSlotTypes, type TrainingData } from './trainingData';

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';
export { WELCOME_INTENT };

/**
 * Below this classifier score a line is not understood (Alexa would route it to the fallback intent).
 * Tuned on test/console/nluCases.ts: at 0.5 "the weather is nice today" passes as stop (0.54); from 0.6 to
 * 0.7 the results are the same.
 */
export const MIN_SCORE = 0.6;

/**
 * How many of an intent's samples train the classifier. The samples list every combination of carrier words for
 * Alexa's exact matching, and every one of them is still known as an exact phrase (below); the classifier learns
 * from an even spread of them, which keeps training around a second. With 50, which samples the spread picked
 * swayed lines between close intents ("I think it's my left one that's weaker" went from the side to switching sides
 * as other intents' lists grew); 80 holds them, and 120 took 2.5 s to train for no more on the held-out DEV split.
 */
const CLASSIFIER_SAMPLES_PER_INTENT = 80;

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
  /** Most of the line's words are words the coach never uses: it is about something else (see offTopic). */
  aboutSomethingElse?: boolean;
  /** The line as read: its shortenings and clipped words written out ("nvm, I'm workin" → "never mind, I'm working"). */
  said?: string;
}

export interface Nlu {
  /** What a line in the language means (English when none is given). */
  understand(text: string, language?: Language): Promise<Understanding>;
  /** How long training took, in milliseconds. */
  readonly trainingMs: number;
}

/** The nlp.js entity that finds each slot type; training phrases carry `@entity` where a slot is. */
const ENTITY_OF_TYPE: Record<SlotTypeName, string> = {
  'AMAZON.NUMBER': 'number',
  UnitType: 'unit',
  SideType: 'side',
  DurationType: 'duration',
  DriveLengthType: 'driveLength',
  TimeOfDayType: 'timeOfDay',
  BodyPartType: 'bodyPart',
  ComplaintType: 'complaint',
  TimeZoneType: 'timeZone',
};

/** Slot types whose values are spelled out in training phrases; numbers and lengths of time stay placeholders. */
const SPELLED_TYPES: ReadonlySet<SlotTypeName> = new Set(['UnitType', 'SideType', 'BodyPartType', 'ComplaintType', 'TimeZoneType']);

const slotType = (intent: IntentDef, sample: string, slotName: string): SlotTypeName => {
  const slot = intent.slots.find((s) => s.name === slotName);
  if (!slot) throw new Error(`${intent.name}: sample "${sample}" names unknown slot {${slotName}}`);
  return slot.type;
};

/** The sample with each slot as its entity placeholder: "I got {count}" → "I got @number". */
const placeholdersOf = (intent: IntentDef, sample: string): string =>
  sample.replace(/\{(\w+)\}/g, (_, name: string) => `@${ENTITY_OF_TYPE[slotType(intent, sample, name)]}`);

/** A sample as the exact lookup knows it: its intent and its slot names in the order the sample says them. */
export interface ExactSample {
  intent: string;
  slots: string[];
}

/** What a line was taken for; an exact sample match also says which values fill which slots. */
interface Classified {
  intent: string;
  score: number;
  values?: NlpEntity[];
  slotOrder?: string[];
}

/**
 * The phrases one sample teaches. Every slot becomes its entity placeholder ("I got @number"), so "I got
 * twelve" and "I got 12" read the same. Units and sides are also spelled out ("my left side"), so a bare
 * "left" or "right" is known to belong to the side intents and not only to "pick up where I left off" or
 * "that's right": a sample that is little more than the slot with every synonym, a longer one with one synonym,
 * taken in turn (`turn`) so that together the samples name them all. Numbers and lengths of time stay
 * placeholders: hundreds of spellings would drown the other phrases.
 */
const trainingUtterances = (slotTypes: CustomSlotTypes, intent: IntentDef, sample: string, turn: number): string[] => {
  const placeholders = placeholdersOf(intent, sample);
  const short = sample.replace(/\{\w+\}/g, '').trim().split(/\s+/).filter(Boolean).length <= 1;
  const spelled = (text: string): string[] => {
    const marker = /\{(\w+)\}/.exec(text);
    if (!marker?.[1]) return [text];
    const type = slotType(intent, sample, marker[1]);
    if (!SPELLED_TYPES.has(type) || type === 'AMAZON.NUMBER') return spelled(text.replace(marker[0], `@${ENTITY_OF_TYPE[type]}`));
    const synonyms = slotTypes[type].flatMap((v) => v.synonyms);
    const fillers = short ? synonyms : [synonyms[turn % synonyms.length] ?? ''];
    return fillers.flatMap((filler) => spelled(text.replace(marker[0], filler)));
  };
  return [...new Set([placeholders, ...spelled(sample)])];
};

const addEntities = (nlp: Nlp, language: Language, { numbers, slotTypes }: TrainingData): void => {
  for (const { value, texts } of numbers) {
    nlp.addNerRuleOptionTexts(language, ENTITY_OF_TYPE['AMAZON.NUMBER'], value, [...texts]);
  }
  for (const type of Object.keys(slotTypes) as (keyof CustomSlotTypes)[]) {
    for (const { id, synonyms } of slotTypes[type]) {
      nlp.addNerRuleOptionTexts(language, ENTITY_OF_TYPE[type], id, synonyms);
    }
  }
};

/** A slot's value as the platforms give it: digits for numbers; the words said and the canonical id for the others. */
const slotValue = (type: SlotTypeName, entity: NlpEntity): SlotValue | null => {
  if (entity.option === undefined) return null;
  return type === 'AMAZON.NUMBER'
    ? { value: entity.option }
    : { value: (entity.utteranceText ?? entity.sourceText ?? entity.option).toLowerCase(), id: entity.option };
};

/** The slots of an exact sample match: the values read as placeholders, in the sample's slot order. */
const alignedSlots = (intent: IntentShape, values: readonly NlpEntity[], order: readonly string[]): Record<string, SlotValue> => {
  const slots: Record<string, SlotValue> = {};
  for (const [i, name] of order.entries()) {
    const slot = intent.slots.find((s) => s.name === name);
    const entity = values[i];
    const value = slot && entity ? slotValue(slot.type, entity) : null;
    if (slot && value) slots[name] = value;
  }
  return slots;
};

/** The intent's slots from the values found, in the order said; values the intent has no slot for are left out. */
const slotsFor = (intent: IntentShape, entities: readonly NlpEntity[]): Record<string, SlotValue> => {
  const slots: Record<string, SlotValue> = {};
  const used = new Set<NlpEntity>();
  for (const slot of intent.slots) {
    const entity = entities.find((e) => e.entity === ENTITY_OF_TYPE[slot.type] && !used.has(e));
    const value = entity ? slotValue(slot.type, entity) : null;
    if (!entity || !value) continue;
    used.add(entity);
    slots[slot.name] = value;
  }
  return slots;
};

/**
 * The answer in a line: without the sounds and markers it starts with or the words to the coach it ends with ("hmm
 * make that eleven" → "make that eleven", "time to work out buddy" → "time to work out").
 */
const plainAnswer = (utterance: string, lines: LineLanguage): string => {
  const words = utterance.split(/\s+/);
  let first = 0;
  while (first < words.length && lines.openingMarkers.has(lines.normalize(words[first] ?? ''))) first++;
  let last = words.length;
  for (;;) {
    const said = (n: number): string => lines.normalize(words.slice(last - n, last).join(' '));
    if (last > first + 1 && lines.addressWords.has(said(1))) last -= 1;
    else if (last > first + 2 && lines.tagQuestions.has(said(2))) last -= 2;
    else break;
  }
  return words.slice(first, last).join(' ');
};

/**
 * nlp.js looks words up in plain objects, where "constructor" finds Object's own and its value extraction fails. Such
 * a word means nothing to the coach, so it is read as a word nlp.js does not know.
 */
const withoutObjectKeys = (utterance: string): string =>
  utterance.replace(/\S+/g, (word) => (word.toLowerCase() in Object.prototype ? `${word}s` : word));

const onlyHesitation = (utterance: string, lines: LineLanguage): boolean => {
  const words = lines.normalize(utterance).replace(lines.thinking, ' ').split(' ').filter(Boolean);
  return words.every((word) => lines.hesitations.has(word));
};

/**
 * The values found, where they are in the line, in the order said, without any that overlaps an earlier one. nlp.js
 * counts its positions in its own normalized text ("that's" is not four letters there), so each value's words are
 * found in the line itself.
 */
const inOrder = (utterance: string, entities: readonly NlpEntity[]): NlpEntity[] => {
  const lower = utterance.toLowerCase();
  const ordered: NlpEntity[] = [];
  for (const entity of [...entities].sort((a, b) => a.start - b.start || b.len - a.len)) {
    const words = (entity.utteranceText ?? entity.sourceText ?? '').toLowerCase();
    const previous = ordered[ordered.length - 1];
    const from = previous ? previous.end + 1 : 0;
    const start = words ? lower.indexOf(words, from) : -1;
    if (start === -1) continue;
    ordered.push({ ...entity, start, end: start + words.length - 1 });
  }
  return ordered;
};

/** The line with the given values replaced by their placeholders: "make it 35 pounds" → "make it @number @unit". */
const withPlaceholders = (utterance: string, located: readonly NlpEntity[]): string => {
  let result = '';
  let index = 0;
  for (const entity of located) {
    result += `${utterance.slice(index, entity.start)}@${entity.entity}`;
    index = entity.end + 1;
  }
  return result + utterance.slice(index);
};

/** Most values a line is read with in every way (each value as a slot or as the words said). */
const MAX_READINGS_VALUES = 5;

/**
 * Every reading of a line with some of its values as placeholders and the others as said, fewest placeholders first:
 * "12 on the left" reads as "12 on the left", "@number on the left", "12 on the @side", "@number on the @side". A
 * sample may say a value in its own words ("{count} on the left", "the {side} one"), so each reading is looked up,
 * and a sample that says every word as said wins, as on Alexa ("hold on a minute" pauses; it is not "hold on
 * {duration}").
 */
const readings = (utterance: string, entities: readonly NlpEntity[]): { text: string; slots: NlpEntity[] }[] => {
  const values = inOrder(utterance, entities).slice(0, MAX_READINGS_VALUES);
  const subsets = Array.from({ length: 2 ** values.length }, (_, mask) => values.filter((_, i) => (mask & (1 << i)) !== 0));
  subsets.sort((a, b) => a.length - b.length);
  return subsets.map((slots) => ({ text: withPlaceholders(utterance, slots), slots }));
};

const NONE = 'None';

/** Every word the coach uses: its language model's samples, slot values and number words, and its own prompts. */
const knownWords = ({ intents, prompts, slotTypes, numbers }: TrainingData, lines: LineLanguage): Set<string> => {
  const words = new Set<string>();
  const add = (text: string): void => {
    for (const word of lines.knownForms(text.replace(/\{\w+\}/g, ' '))) words.add(word);
  };
  for (const intent of intents) intent.samples.forEach(add);
  for (const values of Object.values(slotTypes)) for (const value of values) value.synonyms.forEach(add);
  for (const { texts } of numbers) texts.forEach(add);
  // What the coach itself says: a driver asks about it in its own words ("which arm goes first").
  for (const prompt of prompts) (typeof prompt === 'string' ? [prompt] : prompt).forEach(add);
  return words;
};

/** The longest question whose one unknown word says it is about something else. */
const SHORT_QUESTION_WORDS = 10;

/** A word the coach uses, or a form of one its language makes ("things", "arm's", "wanting"). */
const isKnown = (word: string, known: ReadonlySet<string>, lines: LineLanguage): boolean => known.has(word) || lines.baseForms(word).some((form) => known.has(form));

/**
 * A line in which two or more words, a third or more of the words that say something (not "the", "of", "is"), are
 * words the coach never uses is about something else ("order me a pizza", "bunch of deer on the shoulder up ahead");
 * so is a short question that asks about a thing the coach never names ("where is the next rest area", "what's the
 * weather in Denver"), since what a question asks about is in its few words. The classifier would still pick the
 * intent nearest to the familiar words, so such a line is not understood, as Alexa sends it to its fallback intent.
 */
const offTopic = (utterance: string, known: ReadonlySet<string>, lines: LineLanguage): boolean => {
  const words = lines.wordsOf(utterance).filter((word) => !/^\d+(\.\d+)?$/.test(word));
  const saying = words.filter((word) => !lines.functionWords.has(word));
  const unknown = saying.filter((word) => !isKnown(word, known, lines)).length;
  const asks = lines.questionOpenings.includes(words[0] ?? '') && words.length <= SHORT_QUESTION_WORDS;
  return (unknown >= 2 && unknown * 3 >= saying.length) || (asks && unknown >= 1);
};

/**
 * The line in the coach's words: a word the coach does not know, written out when typing shortened it ("nvm",
 * "prob"), or as the "-ing" word the coach knows when it was clipped of its "g" ("workin", "mornin", "pinchin").
 */
const spelledOut = (line: string, known: ReadonlySet<string>, lines: LineLanguage): string =>
  line.replace(/[A-Za-z']+/g, (word) => {
    const lower = word.toLowerCase();
    if (isKnown(lower, known, lines)) return word;
    const written = lines.spelledOutWord(lower, known);
    return written === lower ? word : written;
  });

/** The exact samples by their text: a Map when trained, a table read in place when loaded (./snapshotFormat.ts). */
export interface ExactSampleTable {
  get(text: string): ExactSample | null | undefined;
  entries(): Iterable<[string, ExactSample | null]>;
}

/**
 * Everything the NLU learns from the language model, as data: what a trained NLU is made from, so a host that must
 * start fast (the Lambda) loads one trained at build time instead of training.
 */
export interface NluSnapshot {
  /** nlp.js's trained classifier and its value rules, in the compact form the NLU reads with (./compactClassifier.ts). */
  classifier: CompactClassifier;
  /** Each sample with placeholders, normalized, and what it says: its intent and slot names in order; null when two intents share it. */
  exactSamples: ExactSampleTable;
  /** Every word the language model uses. */
  knownWords: string[];
}

/** What training gives: the snapshot's parts, with nlp.js's own export of its classifier. */
export interface Trained {
  /** `Nlp.export`: what the compact classifier is made from. */
  nlpExport: string;
  exactSamples: ExactSampleTable;
  knownWords: string[];
}

/** Trains nlp.js on a language's training data (about a second for English). */
export const trainClassifier = async (language: Language = 'en'): Promise<Trained> => {
  const data = trainingData(language);
  const { intents, offTopic, slotTypes } = data;
  const lines = LINE_LANGUAGES[language];
  // Required here, as the training data is: a bundle that only reads lines (the Lambda) leaves nlp.js out.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { newNlp } = require('./nlpjsModel') as typeof import('./nlpjsModel');
  const nlp = newNlp(language);
  addEntities(nlp, language, data);

  /** Samples with placeholders → their intent and slot names in order; null when two intents share a phrase. */
  const samples = new Map<string, ExactSample | null>();
  for (const intent of intents) {
    const taught = new Set(spreadOf(intent.samples, CLASSIFIER_SAMPLES_PER_INTENT));
    for (const [turn, sample] of intent.samples.entries()) {
      if (taught.has(sample)) {
        for (const utterance of trainingUtterances(slotTypes, intent, sample, turn)) nlp.addDocument(language, utterance, intent.name);
      }
      const key = lines.normalize(placeholdersOf(intent, sample));
      const slots = [...sample.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
      const owner = samples.get(key);
      samples.set(key, owner === undefined || owner?.intent === intent.name ? { intent: intent.name, slots } : null);
    }
  }
  for (const phrase of offTopic) nlp.addDocument(language, phrase, NONE);
  await nlp.train();
  return { nlpExport: nlp.export(true), exactSamples: samples, knownWords: [...knownWords(data, lines)] };
};

/**
 * The words whose stems the snapshot lists, so a line of them is stemmed without loading the stemmer: the words the
 * coach uses and, in English, each one's forms as a verb ("want": "wants", "wanted", "wanting"), as drivers say them;
 * and the placeholders a line is read with ("@number").
 */
const stemmedAtBuild = (language: Language, words: readonly string[]): string[] => [
  ...new Set([
    ...(language === 'en' ? words.flatMap((word) => (/^[a-z]+$/.test(word) ? verbForms(word) : [word])) : words),
    ...Object.values(ENTITY_OF_TYPE).map((entity) => `@${entity}`),
  ]),
];

/** Trains the NLU of a language, its classifier in the compact form the NLU reads with. */
export const trainNlu = async (language: Language = 'en'): Promise<NluSnapshot> => {
  const { nlpExport, exactSamples, knownWords } = await trainClassifier(language);
  return { classifier: compactClassifier(nlpExport, stemTable(language, stemmedAtBuild(language, knownWords))), exactSamples, knownWords };
};

/** The NLU a snapshot describes, ready at once: it reads lines in the snapshot's language. */
export const nluFromSnapshot = (snapshot: NluSnapshot, trainingMs = 0): Nlu =>
  nluReadingWith(compactReader(snapshot.classifier), snapshot, trainingMs, LINE_LANGUAGES[snapshot.classifier.locale]);

/**
 * The NLU reading lines of one language with the classifier given (the snapshot's own; nlp.js's in the tests that
 * compare the two). It reads every line as that language, whatever language it is asked for.
 */
export const nluReadingWith = (nlp: LineClassifier, snapshot: Omit<NluSnapshot, 'classifier'>, trainingMs = 0, lines: LineLanguage = ENGLISH_LINES): Nlu => {
  const normalize = (text: string): string => lines.normalize(text);
  const samples = snapshot.exactSamples;
  const known = new Set(snapshot.knownWords);
  const byName = new Map<string, IntentShape>([...INTENT_SHAPES, WELCOME].map((i) => [i.name, i]));

  /**
   * A line said exactly as a sample is that sample's intent (as Alexa treats exact sample matches).
   * Otherwise the classifier reads the line as typed and with its values replaced by placeholders; the
   * placeholder reading wins ties, since "thirty kilos" names a weight even though "kilos" alone is a unit.
   */
  const classify = async (utterance: string, entities: readonly NlpEntity[]): Promise<Classified> => {
    for (const reading of readings(utterance, entities)) {
      const exact = samples.get(normalize(reading.text));
      if (exact) return { intent: exact.intent, score: 1, values: reading.slots, slotOrder: exact.slots };
    }
    const generic = entities.length ? withPlaceholders(utterance, inOrder(utterance, entities)) : utterance;
    if (offTopic(utterance, known, lines)) return { intent: NONE, score: 0 };
    const raw = await nlp.classify(utterance);
    if (generic === utterance) return raw;
    const placeholder = await nlp.classify(generic);
    return placeholder.intent !== NONE && (placeholder.score >= raw.score || raw.intent === NONE) ? placeholder : raw;
  };

  /** What a line means, and whether it was a sample said exactly. */
  const read = async (utterance: string): Promise<{ understanding: Understanding; exact: boolean }> => {
    const entities = lines.numbersMeant(utterance, (await nlp.extractEntities(utterance)).entities, ENTITY_OF_TYPE['AMAZON.NUMBER']);
    const { intent: name, score, values, slotOrder } = await classify(utterance, entities);
    const intent = byName.get(name);
    const exact = values !== undefined && slotOrder !== undefined;
    if (!intent || score < MIN_SCORE) return { understanding: { intent: FALLBACK_INTENT, slots: {}, score }, exact };
    const slots = exact ? alignedSlots(intent, values, slotOrder) : slotsFor(intent, entities);
    return { understanding: { intent: intent.name, slots, score }, exact };
  };

  return {
    trainingMs,
    async understand(text: string): Promise<Understanding> {
      const said = spelledOut(text.trim(), known, lines);
      const utterance = withoutObjectKeys(lines.typedAsSpoken(said));
      if (!utterance || onlyHesitation(utterance, lines)) return { intent: FALLBACK_INTENT, slots: {}, score: 0, said };
      const heard = await read(utterance);
      // "hmm, make that eleven, buddy": the answer is read alone. A sample said exactly keeps every word ("uh huh" is yes).
      const answer = plainAnswer(utterance, lines);
      const aboutSomethingElse = !heard.exact && offTopic(answer || utterance, known, lines);
      if (heard.exact || answer === utterance || answer === '') return { ...heard.understanding, aboutSomethingElse, said };
      return { ...(await read(answer)).understanding, aboutSomethingElse, said };
    },
  };
};

/** The NLU of a language, trained now. */
export const createNlu = async (language: Language = 'en'): Promise<Nlu> => {
  const started = performance.now();
  const snapshot = await trainNlu(language);
  return nluFromSnapshot(snapshot, performance.now() - started);
};
