/**
 * The reader of the compact classifier (./compactClassifier.ts): the same intents with the same scores, the same
 * values at the same places as nlp.js gives with the model the classifier was made from, without loading nlp.js.
 *
 * It follows nlp.js v4's code path for the settings ./nlpjsModel.ts gives it (one domain, the stem dictionary, the none
 * feature, exact value matches), and uses nlp.js's own English tokenizer and stemmer and its rule for overlapping
 * values, loaded file by file rather than through the package. It keeps the same plain objects where nlp.js's results
 * depend on their key order (a token of digits comes first), and the same sums in the same order, so the scores are
 * equal to the last bit; test/nlu/compactClassifier.test.ts reads every held-out line through both.
 */
import type { NlpEntity } from '@nlpjs/nlp';
import TokenizerEn from '@nlpjs/lang-en-min/src/tokenizer-en';
import reduceEdges from '@nlpjs/ner/src/reduce-edges';
import type { Language } from '../languages/locales';
import { normalized, UNIT_SEPARATOR, type CompactClassifier } from './compactClassifier';

export interface Classification {
  intent: string;
  score: number;
}

/** A line classified and its values found, as nlp.js's `classify` and `extractEntities` give them. */
export interface LineClassifier {
  classify(utterance: string): Promise<Classification>;
  extractEntities(utterance: string): Promise<{ entities: NlpEntity[] }>;
}

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


/** nlp.js's `cmn` script test of ExtractorEnum (a character of Chinese is a word of its own); ASCII never is. */
const isChineseCharacter = (character: string): boolean => {
  if (character.charCodeAt(0) < 0x80) return false;
  // Loaded only for such a character: most lines are ASCII.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./characterScript') as typeof import('./characterScript')).topScriptOf(character) === 'cmn';
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

interface Tokenizer {
  innerTokenize(text: string): string[];
}
interface Stemmer {
  stem(tokens: string[]): string[];
}

/**
 * nlp.js's tokenizer and stemmer of a language, the stemmer made when first needed. Spanish's are required only for a
 * Spanish classifier (./spanishTools.ts, a file of its own on the Lambda), and English's stemmer only for a word the
 * table of stems does not list (./englishStemmer.ts, likewise), so reading English never compiles Spanish's tools, nor
 * the stemmer when the line's words are the coach's own.
 */
const toolsOf = (locale: Language): { tokenizer: Tokenizer; stemmer: () => Stemmer } => {
  if (locale === 'en') {
    let stemmer: Stemmer | undefined;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return { tokenizer: new TokenizerEn(), stemmer: () => (stemmer ??= (require('./englishStemmer') as typeof import('./englishStemmer')).englishStemmer()) };
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { tokenizer, stemmer } = (require('./spanishTools') as typeof import('./spanishTools')).spanishTools();
  return { tokenizer, stemmer: () => stemmer };
};

/** A token's stem as nlp.js's stemmer gives it for the token alone: none, for a token it stems to nothing. */
const stemOfToken = (stemmer: Stemmer, token: string): string | undefined => {
  const stems = stemmer.stem([token]);
  return stems.length === 1 ? stems[0] : undefined;
};

/**
 * The table of stems of a classifier (CompactClassifier.stems): each token of the words given, normalized and tokenized
 * as a line is, with the stem nlp.js's stemmer gives it; sorted, as SortedLines looks it up.
 */
export const stemTable = (locale: Language, words: readonly string[]): string => {
  const { tokenizer, stemmer } = toolsOf(locale);
  const stems = new Map<string, string>();
  for (const word of words) {
    for (const token of tokenizer.innerTokenize(normalized(word)).filter((x) => x)) {
      const stem = stemOfToken(stemmer(), token);
      if (stem !== undefined && !/[\t\n]/.test(token + stem)) stems.set(token, stem);
    }
  }
  return [...stems].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([token, stem]) => `${token}\t${stem}`).join('\n');
};

/** The reader of a compact classifier. */
export const compactReader = (classifier: CompactClassifier): LineClassifier => {
  const { tokenizer, stemmer } = toolsOf(classifier.locale);
  // Maps and sets where nlp.js has objects: the same answers for every stem but Object's own property names (which
  // src/nlu/nlu.ts never hands over), and made in a fraction of the time an object of hundreds of keys takes.
  const featureIndex = new Map(classifier.features.map((feature, i) => [feature, i]));
  const known = new Set(classifier.knownStems);
  const intentStems = new Map(Object.entries(classifier.intentStems).map(([intent, stems]) => [intent, new Set(stems)]));
  const stemIntents = new SortedLines(classifier.stemIntents);
  const stemsOfTokens = new SortedLines(classifier.stems);
  const values = new SortedLines(classifier.values);
  const outputs = classifier.trainedIntents.includes('None') ? classifier.trainedIntents : [...classifier.trainedIntents, 'None'];
  const width = classifier.features.length;

  /** The Nlu's prepare: normalized, tokenized, stemmed, as an object of stems (its key order is nlp.js's). */
  const stemsOf = (text: string): Record<string, number> => {
    const tokens = tokenizer.innerTokenize(normalized(text)).filter((x) => x);
    const stems: Record<string, number> = {};
    // Token by token, as nlp.js's stemmer stems a line: from the table, else by the stemmer.
    for (const token of tokens) {
      const stem = stemsOfTokens.get(token) ?? stemOfToken(stemmer(), token);
      if (stem !== undefined) stems[stem] = 1;
    }
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

  /** ExtractorEnum.extract, with ./nlpjsModel.ts's hook that drops a value inside a longer one, then the other extractors' passes. */
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
