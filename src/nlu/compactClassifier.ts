/**
 * What nlp.js learned, in a compact form, and a reader that does with it what nlp.js does when it reads a line: the
 * same intents with the same scores, the same values at the same places. Loading it costs a few milliseconds where
 * nlp.js's own import took tens (its JSON export parsed into objects, its containers and pipelines set up, its value
 * rules made into dictionaries on the first line), so the Lambda's first line read by the local NLU stays cheap.
 *
 * The form is made at build from nlp.js's export (`compactClassifier`). The network's weights are a Float32Array (what
 * nlp.js keeps them in) written as base64; the value rules are already the dictionaries nlp.js builds from them. The
 * reader follows nlp.js v4's code path for the settings src/nlu/training.ts gives it (one domain, the stem
 * dictionary, the none feature, exact value matches), and uses nlp.js's own English tokenizer and stemmer and its rule
 * for overlapping values, loaded file by file rather than through the package. It keeps the same plain objects where
 * nlp.js's results depend on their key order (a token of digits comes first), and the same sums in the same order, so
 * the scores are equal to the last bit; test/nlu/compactClassifier.test.ts reads every held-out line through both.
 */
import type { NlpEntity } from '@nlpjs/nlp';
import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en';
import TokenizerEn from '@nlpjs/lang-en-min/src/tokenizer-en';
import reduceEdges from '@nlpjs/ner/src/reduce-edges';

export interface CompactClassifier {
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

export interface Classification {
  intent: string;
  score: number;
}

/** A line classified and its values found, as nlp.js's `classify` and `extractEntities` give them. */
export interface LineClassifier {
  classify(utterance: string): Promise<Classification>;
  extractEntities(utterance: string): Promise<{ entities: NlpEntity[] }>;
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

const LOCALE = 'en';
/** Between the fields of one entity's entry on a line of the value table (no value rule's text has it). */
const UNIT_SEPARATOR = '\x1f';
const DOMAIN = 'master_domain';
/** nlp.js's default slope (@nlpjs/neural). */
const DEFAULT_ALPHA = 0.07;

/** nlp.js's normalization of a text (NormalizerEn, and ExtractorEnum's own). */
const normalized = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const keyOfLine = (line: string): string => line.slice(0, line.indexOf('\t'));

/** In the order SortedLines bisects in: by key, UTF-16 code unit by code unit. */
const byKey = (a: string, b: string): number => {
  const [first, second] = [keyOfLine(a), keyOfLine(b)];
  return first < second ? -1 : first > second ? 1 : 0;
};

/**
 * Lines sorted by their first field, looked up by bisection of the text where it is: nothing is made when loaded (a
 * map of the value rules and the stem dictionary took longer to make than the rest of loading).
 */
class SortedLines {
  constructor(private readonly text: string) {}

  /** What follows the key's tab on the line whose first field is the key. */
  get(key: string): string | undefined {
    const { text } = this;
    // [low, high): the text still searched, from a line's start to just past a line's end.
    let low = 0;
    let high = text.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = middle === 0 ? 0 : text.lastIndexOf('\n', middle - 1) + 1;
      const lineEnd = text.indexOf('\n', start);
      const end = lineEnd === -1 ? text.length : lineEnd;
      const tab = text.indexOf('\t', start);
      const keyEnd = tab === -1 || tab > end ? end : tab;
      const lineKey = text.slice(start, keyEnd);
      if (lineKey === key) return keyEnd === end ? '' : text.slice(keyEnd + 1, end);
      if (lineKey < key) low = end + 1;
      else high = start;
    }
    return undefined;
  }
}

/** The compact form of nlp.js's export, at build. Throws when the export was trained with settings the reader does not follow. */
export const compactClassifier = (exported: string): CompactClassifier => {
  const json = JSON.parse(exported) as NlpExport;
  const manager = json.nluManager.domainManagers[LOCALE];
  const domain = manager?.domains[DOMAIN];
  if (!manager || !domain || Object.keys(manager.domains).length !== 1) throw new Error(`the classifier is not one English domain (${DOMAIN})`);
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
  const rules = Object.values(json.ner.rules[LOCALE] ?? {});
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
    stemDictionaryIntents,
    entities: rules.map((rule) => rule.name),
    values: [...values].map(([key, entries]) => [key, ...entries].join('\t')).sort(byKey).join('\n'),
    longestValue: Math.max(0, ...[...values.keys()].map((key) => key.length)),
  };
};

const base64Of = (array: Float32Array | Float64Array): string => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');

/** A copy, so the typed array starts on its own aligned buffer. */
const bytesOf = (text: string): ArrayBuffer => {
  const bytes = Buffer.from(text, 'base64');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};

/** One line of JSON, the weights in base64. */
export const encodeCompact = (classifier: CompactClassifier): string =>
  JSON.stringify({ ...classifier, weights: base64Of(classifier.weights), biases: base64Of(classifier.biases) });

export const decodeCompact = (line: string): CompactClassifier => {
  const json = JSON.parse(line) as Omit<CompactClassifier, 'weights' | 'biases'> & { weights: string; biases: string };
  const classifier = { ...json, weights: new Float32Array(bytesOf(json.weights)), biases: new Float64Array(bytesOf(json.biases)) };
  if (classifier.weights.length !== classifier.features.length * classifier.intents.length || classifier.biases.length !== classifier.intents.length) {
    throw new Error('the classifier weights do not match its features and intents');
  }
  return classifier;
};

/** nlp.js's `cmn` script test of ExtractorEnum (a character of Chinese is a word of its own); ASCII never is. */
const isChineseCharacter = (character: string): boolean => {
  if (character.charCodeAt(0) < 0x80) return false;
  // Loaded only for such a character: most lines are ASCII.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const language = require('@nlpjs/language-min/src/language') as typeof import('@nlpjs/language-min/src/language').default;
  return language.getTopScript(character)[0] === 'cmn';
};

interface WordPosition {
  start: number;
  end: number;
  len: number;
}

/** ExtractorEnum.getWordPositions. */
const wordPositionsOf = (text: string): WordPosition[] => {
  const alphanumeric = (c: string): boolean => /[\u00C0-\u1FFF\u2C00-\uD7FF\w]/.test(c) && c !== '_';
  let atWhiteSpace = true;
  let lastIndex = 0;
  let index = 0;
  const result: WordPosition[] = [];
  for (; index < text.length; index += 1) {
    const character = text.charAt(index);
    if (alphanumeric(character)) {
      if (atWhiteSpace) {
        if (isChineseCharacter(character)) {
          result.push({ start: index, end: index, len: 1 });
        } else {
          atWhiteSpace = false;
        }
        lastIndex = index;
      }
    } else if (!atWhiteSpace) {
      result.push({ start: lastIndex, end: index - 1, len: index - lastIndex });
      atWhiteSpace = true;
    }
  }
  if (!atWhiteSpace) result.push({ start: lastIndex, end: index - 1, len: index - lastIndex });
  return result;
};

const covers = (outer: NlpEntity, inner: NlpEntity): boolean => outer !== inner && outer.start <= inner.start && outer.end >= inner.end && outer.len > inner.len;

const byStart = (a: NlpEntity, b: NlpEntity): number => a.start - b.start;

/** The reader of a compact classifier. */
export const compactReader = (classifier: CompactClassifier): LineClassifier => {
  const tokenizer = new TokenizerEn();
  const stemmer = new StemmerEn();
  // Maps and sets where nlp.js has objects: the same answers for every stem but Object's own property names (which
  // src/nlu/nlu.ts never hands over), and made in a fraction of the time an object of hundreds of keys takes.
  const featureIndex = new Map(classifier.features.map((feature, i) => [feature, i]));
  const known = new Set(classifier.knownStems);
  const intentStems = new Map(Object.entries(classifier.intentStems).map(([intent, stems]) => [intent, new Set(stems)]));
  const stemIntents = new SortedLines(classifier.stemIntents);
  const values = new SortedLines(classifier.values);
  const outputs = classifier.trainedIntents.includes('None') ? classifier.trainedIntents : [...classifier.trainedIntents, 'None'];
  const width = classifier.features.length;

  /** The Nlu's prepare: normalized, tokenized, stemmed, as an object of stems (its key order is nlp.js's). */
  const stemsOf = (text: string): Record<string, number> => {
    const tokens = tokenizer.innerTokenize(normalized(text)).filter((x) => x);
    const stems: Record<string, number> = {};
    for (const stem of stemmer.stem(tokens)) stems[stem] = 1;
    return stems;
  };

  /** Nlu.textToFeatures. */
  const featuresOf = (stems: Record<string, number>): Record<string, number> => {
    let unknown = 0;
    const features: Record<string, number> = {};
    for (const stem of Object.keys(stems)) {
      if (stem === 'nonefeature') stems[stem] = classifier.noneFeatureValue;
      else if (!known.has(stem)) unknown += 1;
      else features[stem] = stems[stem] ?? 0;
    }
    let delta = classifier.trainedIntents.length / classifier.knownStems.length;
    let none = 0;
    for (let i = 0; i < unknown; i += 1) {
      none += delta;
      delta *= classifier.noneDeltaMultiplier;
    }
    if (classifier.useNoneFeature && none) features.nonefeature = none;
    return features;
  };

  /** NeuralNetwork.run: each intent's leaky sum, in the network's order of inputs. */
  const networkOutputs = (features: Record<string, number>): Record<string, number> => {
    const keys: number[] = [];
    const data: Record<number, number> = {};
    for (const feature of Object.keys(features)) {
      const index = featureIndex.get(feature);
      if (index !== undefined) {
        keys.push(index);
        data[index] = features[feature] ?? 0;
      }
    }
    const result: Record<string, number> = {};
    classifier.intents.forEach((intent, row) => {
      const sum = keys.reduce((previous, key) => previous + (data[key] ?? 0) * (classifier.weights[row * width + key] ?? 0), classifier.biases[row] ?? 0);
      result[intent] = sum <= 0 ? 0 : classifier.alpha * sum;
    });
    return result;
  };

  /** The NLU's classifications of a line that is no training line: nonzero outputs, intents the line has no stem of at 0, squared and normalized. */
  const neuralClassifications = (stems: Record<string, number>): Classification[] => {
    const features = featuresOf(stems);
    const scores = networkOutputs(features);
    let classifications: Classification[] = [];
    for (const intent of outputs) {
      const score = scores[intent];
      if (score !== undefined && score > 0) classifications.push({ intent, score });
    }
    if (!classifications.length) classifications.push({ intent: 'None', score: 1 });
    classifications = classifications.sort((a, b) => b.score - a.score);
    let modified = false;
    for (const classification of classifications) {
      const own = intentStems.get(classification.intent);
      if (classification.intent !== 'None' && !(own && Object.keys(features).some((feature) => own.has(feature)))) {
        classification.score = 0;
        modified = true;
      }
    }
    if (modified) classifications.sort((a, b) => b.score - a.score);
    let total = 0;
    for (const classification of classifications) {
      classification.score **= 2;
      total += classification.score;
    }
    if (total > 0) for (const classification of classifications) classification.score /= total;
    return classifications;
  };

  const classifications = (utterance: string): Classification[] => {
    const stems = stemsOf(utterance);
    const key = Object.keys(stems).sort().join();
    const position = stemIntents.get(key);
    const exact = position === undefined ? undefined : classifier.stemDictionaryIntents[Number(position)];
    if (exact === undefined) return neuralClassifications(stems);
    return [{ intent: exact, score: 1 }, ...classifier.stemDictionaryIntents.filter((intent) => intent !== exact).map((intent) => ({ intent, score: 0 }))];
  };

  /** ExtractorEnum.extract, with src/nlu/training.ts's hook that drops a value inside a longer one, then the other extractors' passes. */
  const valuesOf = (utterance: string): NlpEntity[] => {
    const tokens = tokenizer.innerTokenize(utterance).filter((x) => x);
    const text = tokens.join(' ');
    const positions: number[] = [];
    if (text !== utterance) {
      let from = 0;
      let at = 0;
      for (const token of tokens) {
        const found = utterance.indexOf(token, from);
        for (let i = 0; i < token.length; i += 1) positions[at + i] = found + i;
        from += token.length;
        at += token.length + 1;
      }
    }
    const words = wordPositionsOf(text);
    const lower = normalized(text);
    // Each entity's values in the order nlp.js finds them: entity by entity, and by span within an entity.
    const found: NlpEntity[][] = classifier.entities.map(() => []);
    for (let i = 0; i < words.length; i += 1) {
      for (let j = i; j < words.length; j += 1) {
        const first = words[i] as WordPosition;
        const last = words[j] as WordPosition;
        const said = lower.substring(first.start, last.end + 1);
        if (said.length > classifier.longestValue) break;
        const value = values.get(said);
        if (value === undefined) continue;
        for (const entry of value.split('\t')) {
          const [position = '', written = '', ...options] = entry.split(UNIT_SEPARATOR);
          for (const option of options) {
            found[Number(position)]?.push({
              accuracy: 1,
              start: first.start,
              end: last.end,
              len: last.end - first.start + 1,
              levenshtein: 0,
              entity: classifier.entities[Number(position)] ?? '',
              type: 'enum',
              option,
              sourceText: written || said,
              utteranceText: text.substring(first.start, last.end + 1),
            } as NlpEntity);
          }
        }
      }
    }
    let edges = found.flat();
    if (positions.length > 0) {
      for (const edge of edges) {
        edge.start = positions[edge.start] as number;
        edge.end = positions[edge.end] as number;
      }
    }
    edges.sort(byStart);
    edges = reduceEdges(edges, false, []);
    edges = edges.filter((edge) => !edges.some((other) => covers(other, edge)));
    // The regular expression, trim and built-in extractors have no rules; each still sorts and reduces.
    edges.sort(byStart);
    edges = reduceEdges(edges, false);
    edges.sort(byStart);
    edges = reduceEdges(edges, false);
    return reduceEdges(edges, false);
  };

  /** NluManager: the best classification, or None when there is none or the best two tie. */
  const classify = (utterance: string): Classification => {
    const found = classifications(utterance).sort((a, b) => b.score - a.score);
    if (found.length === 0) found.push({ intent: 'None', score: 1 });
    const [first, second] = found as [Classification, Classification | undefined];
    if (found.length > 1 && (first.score === 0 || first.score === second?.score)) return { intent: 'None', score: 1 };
    return { intent: first.intent, score: first.score };
  };

  return {
    classify: (utterance) => Promise.resolve(classify(utterance)),
    extractEntities: (utterance) => Promise.resolve({ entities: valuesOf(utterance) }),
  };
};
