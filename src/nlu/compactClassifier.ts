/**
 * What nlp.js learned, in a compact form: made at build from nlp.js's export (`compactClassifier`), written into the
 * snapshot (./snapshotFormat.ts) as one line, and read by ./compactReader.ts, which does with it what nlp.js does when
 * it reads a line. Loading it costs a few milliseconds where nlp.js's own import took tens (its JSON export parsed
 * into objects, its containers and pipelines set up, its value rules made into dictionaries on the first line), so the
 * Lambda's first line read by the local NLU stays cheap.
 *
 * The network's weights are a Float32Array (what nlp.js keeps them in), written as its bytes; the stem dictionary and
 * the value rules are sorted lines, already the dictionaries nlp.js builds from them, looked up where they are.
 */
import type { Language } from '../languages/locales';

export interface CompactClassifier {
  /** The language it was trained in: its lines are tokenized and stemmed as nlp.js does that language's. */
  locale: Language;
  /** The network's inputs (word stems, and `nonefeature`) and outputs (intents), in nlp.js's order. */
  features: string[];
  intents: string[];
  /** One row of weights per intent, `features.length` long. */
  weights: Float32Array;
  biases: Float64Array;
  /** The slope of the network's leaky output (nlp.js's `alpha`). */
  alpha: number;
  /** The stems nlp.js's NLU knows and the intents it trained, in its order (the none feature's weight is their ratio). */
  knownStems: string[];
  trainedIntents: string[];
  /** Each intent's stems: an intent none of whose stems the line has scores nothing. */
  intentStems: Record<string, string[]>;
  /** Whether unknown words add to the none feature, and by how much. */
  useNoneFeature: boolean;
  noneFeatureValue: number;
  noneDeltaMultiplier: number;
  /**
   * The training lines' sorted stems and their intents, one a line: `<stems>\t<position in stemDictionaryIntents>`. A
   * line with the same stems is that intent (score 1). Sorted text rather than an object, looked up where it is (see
   * SortedLines): loading makes none of its thousands of keys.
   */
  stemIntents: string;
  /**
   * The stems of the tokens of the words the coach knows, `<token>\t<stem>` one a line, sorted, looked up where it is:
   * the stem nlp.js's stemmer gives the token, made at build, so a line of the coach's own words is stemmed without the
   * stemmer (./compactReader.ts stems any other token with it).
   */
  stems: string;
  /** Every intent of the stem dictionary, in nlp.js's order (the others score 0 beside an exact one). */
  stemDictionaryIntents: string[];
  /** The entities of the value rules, in nlp.js's order. */
  entities: string[];
  /**
   * The value rules, one text a line, sorted, looked up where it is: `<text as nlp.js normalizes it>` then, for each
   * entity that lists it, a tab and `<entity position>\x1f<the text as written, when it differs>\x1f<option>[\x1f…]`,
   * the options of every rule that lists the text, in rule order. One table for every entity: a span of a line is
   * looked up once, not once an entity.
   */
  values: string;
  /** The longest text of the value rules: a longer span of a line is no value. */
  longestValue: number;
}

// The parts of nlp.js's export that reading uses (see @nlpjs/nlp, @nlpjs/nlu, @nlpjs/neural and @nlpjs/ner).
interface NlpExport {
  nluManager: {
    domainManagers: Record<
      string,
      {
        settings: { useStemDict?: boolean; trainByDomain?: boolean };
        stemDict: Record<string, { intent: string; domain: string }>;
        intentDict: Record<string, string>;
        domains: Record<
          string,
          {
            settings: { useNoneFeature?: boolean; nonefeatureValue?: number; nonedeltaMultiplier?: number; nonedeltaValue?: number; spellCheck?: boolean; keepStopwords?: boolean; filterZeros?: boolean };
            features: Record<string, number>;
            intents: Record<string, number>;
            intentFeatures: Record<string, Record<string, number>>;
            neuralNetwork: { settings: { alpha?: number }; features: string[]; intents: string[]; perceptrons: number[][] };
          }
        >;
      }
    >;
    settings: { useNoneFeature?: boolean };
  };
  ner: { settings: { threshold?: number }; rules: Record<string, Record<string, { type: string; name: string; rules: { option: string; texts: string[] }[] }>> };
}

/** Between the fields of one entity's entry on a line of the value table (no value rule's text has it). */
export const UNIT_SEPARATOR = '\x1f';
const DOMAIN = 'master_domain';
/** nlp.js's default slope (@nlpjs/neural). */
const DEFAULT_ALPHA = 0.07;

/** nlp.js's normalization of a text (NormalizerEn, and ExtractorEnum's own). */
export const normalized = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const keyOfLine = (line: string): string => line.slice(0, line.indexOf('\t'));

/** In the order ./compactReader.ts's SortedLines bisects in: by key, UTF-16 code unit by code unit. */
const byKey = (a: string, b: string): number => {
  const [first, second] = [keyOfLine(a), keyOfLine(b)];
  return first < second ? -1 : first > second ? 1 : 0;
};


const isLanguage = (locale: string | undefined): locale is Language => locale === 'en' || locale === 'es';

/**
 * The compact form of nlp.js's export, at build, with the table of stems given (./compactReader.ts's stemTable). Throws
 * when the export was trained with settings the reader does not follow.
 */
export const compactClassifier = (exported: string, stems = ''): CompactClassifier => {
  const json = JSON.parse(exported) as NlpExport;
  const locales = Object.keys(json.nluManager.domainManagers);
  const locale = locales[0];
  if (locales.length !== 1 || !isLanguage(locale)) throw new Error(`the classifier is not of one language the coach reads (${locales.join(', ')})`);
  const manager = json.nluManager.domainManagers[locale];
  const domain = manager?.domains[DOMAIN];
  if (!manager || !domain || Object.keys(manager.domains).length !== 1) throw new Error(`the classifier is not one domain (${DOMAIN})`);
  const { settings } = domain;
  if (manager.settings.trainByDomain || manager.settings.useStemDict === false || settings.spellCheck || settings.keepStopwords === false || settings.filterZeros === false || settings.nonedeltaValue !== undefined) {
    throw new Error('the classifier was trained with settings the compact reader does not follow');
  }
  if ((json.ner.settings.threshold ?? 0.8) < 1) throw new Error('the value rules are not exact matches (threshold 1)');
  const network = domain.neuralNetwork;
  const width = network.features.length;
  const weights = new Float32Array(network.intents.length * width);
  const biases = new Float64Array(network.intents.length);
  network.perceptrons.forEach((row, i) => {
    weights.set(row.slice(0, width), i * width);
    biases[i] = row[width] ?? 0;
  });
  const stemDictionaryIntents = Object.keys(manager.intentDict);
  const stemIntents = Object.entries(manager.stemDict).map(([key, { intent }]) => {
    const position = stemDictionaryIntents.indexOf(intent);
    if (position === -1 || /[\t\n]/.test(key)) throw new Error(`the stem dictionary's line ${JSON.stringify(key)} cannot be kept`);
    return `${key}\t${position}`;
  }).sort(byKey);
  // As nlp.js's ExtractorEnum.buildRuleDict, entity by entity: every rule with a text under each normalized key, the
  // last text as written.
  const rules = Object.values(json.ner.rules[locale] ?? {});
  const values = new Map<string, string[]>();
  rules.forEach((rule, position) => {
    if (rule.type !== 'enum') throw new Error(`the value rule ${rule.name} is not a list of values`);
    const ofRule = new Map<string, { source: string; options: string[] }>();
    for (const current of rule.rules) {
      for (const source of current.texts) {
        const key = normalized(source);
        if ([key, source, current.option].some((text) => /[\t\n]/.test(text) || text.includes(UNIT_SEPARATOR))) throw new Error(`the value ${JSON.stringify(source)} cannot be kept`);
        const value = ofRule.get(key) ?? { source, options: [] };
        value.source = source;
        value.options.push(current.option);
        ofRule.set(key, value);
      }
    }
    for (const [key, { source, options }] of ofRule) {
      values.set(key, [...(values.get(key) ?? []), [String(position), source === key ? '' : source, ...options].join(UNIT_SEPARATOR)]);
    }
  });
  return {
    locale,
    features: network.features,
    intents: network.intents,
    weights,
    biases,
    alpha: network.settings.alpha ?? DEFAULT_ALPHA,
    knownStems: Object.keys(domain.features),
    trainedIntents: Object.keys(domain.intents),
    intentStems: Object.fromEntries(Object.entries(domain.intentFeatures).map(([intent, stems]) => [intent, Object.keys(stems)])),
    // nlp.js reads the none feature from the settings it is called with, which carry the NLU manager's.
    useNoneFeature: json.nluManager.settings.useNoneFeature === true,
    noneFeatureValue: settings.nonefeatureValue ?? 1,
    noneDeltaMultiplier: settings.nonedeltaMultiplier ?? 1.2,
    stemIntents: stemIntents.join('\n'),
    stems,
    stemDictionaryIntents,
    entities: rules.map((rule) => rule.name),
    values: [...values].map(([key, entries]) => [key, ...entries].join('\t')).sort(byKey).join('\n'),
    longestValue: Math.max(0, ...[...values.keys()].map((key) => key.length)),
  };
};

/** The large parts of the classifier, written as they are after its line of JSON: nothing to unescape or decode from base64 when loaded. */
const SECTIONS = ['stemIntents', 'stems', 'values', 'weights', 'biases'] as const;
type Section = (typeof SECTIONS)[number];
type SmallParts = Omit<CompactClassifier, Section> & { sections: Record<Section, number> };

const LINE_END = 0x0a;

const bytesOfSection = (classifier: CompactClassifier, section: Section): Buffer => {
  const value = classifier[section];
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
};

/** A copy, so the typed array starts on its own aligned buffer. */
const arrayBufferOf = (bytes: Buffer): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/**
 * The classifier as bytes: one line of JSON with its small parts and the byte length of each large one, then the large
 * ones as they are: the stem dictionary and the value rules as UTF-8 text, the weights and biases as the bytes of their
 * typed arrays. Loading parses a few kilobytes of JSON instead of hundreds, and copies the weights instead of decoding
 * base64.
 */
export const encodeCompact = (classifier: CompactClassifier): Buffer => {
  const sections = SECTIONS.map((section) => bytesOfSection(classifier, section));
  const small: Record<string, unknown> = { ...classifier, sections: Object.fromEntries(SECTIONS.map((section, i) => [section, sections[i]?.length ?? 0])) };
  for (const section of SECTIONS) delete small[section];
  return Buffer.concat([Buffer.from(`${JSON.stringify(small)}\n`, 'utf8'), ...sections]);
};

/** The classifier of encodeCompact's bytes; throws when they are not one. */
export const decodeCompact = (bytes: Buffer): CompactClassifier => {
  const lineEnd = bytes.indexOf(LINE_END);
  if (lineEnd === -1) throw new Error('the classifier has no line of JSON');
  const { sections, ...small } = JSON.parse(bytes.toString('utf8', 0, lineEnd)) as SmallParts;
  const at = {} as Record<Section, Buffer>;
  let from = lineEnd + 1;
  for (const section of SECTIONS) {
    const length = sections?.[section];
    if (typeof length !== 'number' || from + length > bytes.length) throw new Error(`the classifier's ${section} is missing or cut short`);
    at[section] = bytes.subarray(from, from + length);
    from += length;
  }
  if (from !== bytes.length) throw new Error('the classifier has bytes after its parts');
  const classifier: CompactClassifier = {
    ...small,
    stemIntents: at.stemIntents.toString('utf8'),
    stems: at.stems.toString('utf8'),
    values: at.values.toString('utf8'),
    weights: new Float32Array(arrayBufferOf(at.weights)),
    biases: new Float64Array(arrayBufferOf(at.biases)),
  };
  if (at.weights.length % 4 !== 0 || at.biases.length % 8 !== 0 || classifier.weights.length !== classifier.features.length * classifier.intents.length || classifier.biases.length !== classifier.intents.length) {
    throw new Error('the classifier weights do not match its features and intents');
  }
  return classifier;
};
