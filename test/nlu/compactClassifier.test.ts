/**
 * The compact classifier the hosts read with gives what nlp.js itself gives with the same training: for every held-out
 * line (test/nlu/heldOut/), and each part of it and its placeholder reading, the same intent with the same score, the
 * same values at the same places, and the same understanding once the NLU has read the line its whole way. The compact
 * form is taken through the snapshot file's encoding first, as the hosts load it.
 */
import { compactClassifier, decodeCompact, encodeCompact } from '../../src/nlu/compactClassifier';
import { compactReader, stemTable, type LineClassifier } from '../../src/nlu/compactReader';
import { englishStemmer } from '../../src/nlu/englishStemmer';
import { nlpjsClassifier } from '../../src/nlu/nlpjsModel';
import { SPANISH_LINES } from '../../src/nlu/lineLanguages';
import { nluFromSnapshot, nluReadingWith, trainClassifier, type Nlu, type Trained } from '../../src/nlu/nlu';
import { heldOutSets } from './heldOut/measure';
import { SPANISH_DEV_LINES } from './heldOut/spanishLines';

jest.setTimeout(600_000);

let trained: Trained;
let nlpjs: LineClassifier;
let compact: LineClassifier;
let lines: string[];

beforeAll(async () => {
  trained = await trainClassifier();
  nlpjs = nlpjsClassifier(trained.nlpExport);
  compact = compactReader(decodeCompact(encodeCompact(compactClassifier(trained.nlpExport, stemTable('en', trained.knownWords)))));
  const sets = await heldOutSets(true);
  // And lines of other scripts, which nlp.js splits into words by its own rules (a character of Chinese is a word).
  const otherScripts = ['ñandú', 'I did twelve on the izquierdo, señor', '北京 twelve', '十二 reps on the left', '😀 twelve', 'café at nine a.m.'];
  lines = [...new Set([...sets.flatMap(([, set]) => set.map((line) => line.text)), ...otherScripts])];
});

/** The line and the shorter lines the NLU also classifies: its parts, and the line without its first and last words. */
const variantsOf = (line: string): string[] => {
  const words = line.split(/\s+/);
  return [line, line.toLowerCase(), ...line.split(/[,;.!?]+/).map((part) => part.trim()), words.slice(1).join(' '), words.slice(0, -1).join(' ')].filter(Boolean);
};

test('there are hundreds of held-out lines to compare', () => {
  expect(lines.length).toBeGreaterThan(500);
});

test('every held-out line is classified with the same intent and score as nlp.js gives it', async () => {
  const differences: string[] = [];
  for (const line of lines) {
    for (const text of variantsOf(line)) {
      const [expected, actual] = [await nlpjs.classify(text), await compact.classify(text)];
      if (expected.intent !== actual.intent || expected.score !== actual.score) differences.push(`${JSON.stringify(text)}: nlp.js ${JSON.stringify(expected)}, compact ${JSON.stringify(actual)}`);
    }
  }
  expect(differences).toEqual([]);
});

test("every held-out line's values are found as nlp.js finds them", async () => {
  const differences: string[] = [];
  for (const line of lines) {
    for (const text of variantsOf(line)) {
      const [expected, actual] = [(await nlpjs.extractEntities(text)).entities, (await compact.extractEntities(text)).entities];
      if (JSON.stringify(expected) !== JSON.stringify(actual)) differences.push(`${JSON.stringify(text)}: nlp.js ${JSON.stringify(expected)}, compact ${JSON.stringify(actual)}`);
    }
  }
  expect(differences).toEqual([]);
});

test("the table of stems lists each token of the coach's words with the stem nlp.js's stemmer gives it", () => {
  const rows = stemTable('en', trained.knownWords).split('\n').map((row) => row.split('\t'));
  expect(rows.length).toBeGreaterThan(1000);
  const stemmer = englishStemmer();
  expect(rows.filter(([token = '', stem]) => JSON.stringify(stemmer.stem([token])) !== JSON.stringify([stem]))).toEqual([]);
});

test('the NLU reading with the compact classifier understands every held-out line as the NLU reading with nlp.js', async () => {
  const snapshot = { classifier: compactClassifier(trained.nlpExport, stemTable('en', trained.knownWords)), exactSamples: trained.exactSamples, knownWords: trained.knownWords };
  const withCompact: Nlu = nluFromSnapshot(snapshot);
  const withNlpjs: Nlu = nluReadingWith(nlpjs, snapshot);
  const differences: string[] = [];
  for (const line of lines) {
    const [expected, actual] = [await withNlpjs.understand(line), await withCompact.understand(line)];
    if (JSON.stringify(expected) !== JSON.stringify(actual)) differences.push(`${JSON.stringify(line)}: nlp.js ${JSON.stringify(expected)}, compact ${JSON.stringify(actual)}`);
  }
  expect(differences).toEqual([]);
});

describe('in Spanish, with nlp.js\'s Spanish tokenizer and stemmer', () => {
  let spanish: Trained;
  let spanishNlpjs: LineClassifier;
  let spanishCompact: LineClassifier;
  // The DEV part of the held-out Spanish set, and lines as a thumb writes them (no accents, no "ñ", digits).
  const spanishLines = [...SPANISH_DEV_LINES.map((line) => line.text), 'me duele la espalda', 'hice 12', 'dieciseis', 'ya, en kilos porfa', 'senor, el izquierdo', '¿qué sigue?'];

  beforeAll(async () => {
    spanish = await trainClassifier('es');
    spanishNlpjs = nlpjsClassifier(spanish.nlpExport, 'es');
    spanishCompact = compactReader(decodeCompact(encodeCompact(compactClassifier(spanish.nlpExport, stemTable('es', spanish.knownWords)))));
  });

  test('the compact classifier is Spanish', () => {
    expect(compactClassifier(spanish.nlpExport, stemTable('es', spanish.knownWords)).locale).toBe('es');
  });

  test('every line is classified, and its values found, as nlp.js does', async () => {
    const differences: string[] = [];
    for (const line of spanishLines) {
      for (const text of variantsOf(line)) {
        const [expected, actual] = [await spanishNlpjs.classify(text), await spanishCompact.classify(text)];
        if (expected.intent !== actual.intent || expected.score !== actual.score) differences.push(`${JSON.stringify(text)}: nlp.js ${JSON.stringify(expected)}, compact ${JSON.stringify(actual)}`);
        const [values, found] = [(await spanishNlpjs.extractEntities(text)).entities, (await spanishCompact.extractEntities(text)).entities];
        if (JSON.stringify(values) !== JSON.stringify(found)) differences.push(`${JSON.stringify(text)}: nlp.js ${JSON.stringify(values)}, compact ${JSON.stringify(found)}`);
      }
    }
    expect(differences).toEqual([]);
  });

  test('the NLU reading with the compact classifier understands every line as the NLU reading with nlp.js', async () => {
    const snapshot = { classifier: compactClassifier(spanish.nlpExport, stemTable('es', spanish.knownWords)), exactSamples: spanish.exactSamples, knownWords: spanish.knownWords };
    const withCompact = nluFromSnapshot(snapshot);
    const withNlpjs = nluReadingWith(spanishNlpjs, snapshot, 0, SPANISH_LINES);
    const differences: string[] = [];
    for (const line of spanishLines) {
      const [expected, actual] = [await withNlpjs.understand(line), await withCompact.understand(line)];
      if (JSON.stringify(expected) !== JSON.stringify(actual)) differences.push(`${JSON.stringify(line)}: nlp.js ${JSON.stringify(expected)}, compact ${JSON.stringify(actual)}`);
    }
    expect(differences).toEqual([]);
  });
});
