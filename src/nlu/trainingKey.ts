/**
 * The key of what the local NLU of a language is trained from: a hash of its training data (the phrases, the slot
 * values, the number words, the coach's prompts), the code that turns them into training and reads a line (src/nlu),
 * and the version of nlp.js. A snapshot learned from the same key is the same NLU, so a build or a start with
 * unchanged phrases loads it rather than training again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../languages/locales';
import { trainingData } from './trainingData';

/** Files read as text into the key: how training is done, beside what it is done from. */
const TRAINING_CODE = [
  'src/nlu/nlu.ts',
  'src/nlu/nlpjsModel.ts',
  'src/nlu/compactClassifier.ts',
  'src/nlu/compactReader.ts',
  'src/nlu/lineLanguages.ts',
  'src/nlu/trainingData.ts',
  'src/core/reading/lineWords.ts',
  'src/core/reading/inflections.ts',
  'src/model/phrasing.ts',
  'src/languages/phrasing.ts',
  'node_modules/@nlpjs/nlp/package.json',
  'node_modules/@nlpjs/nlu/package.json',
  'node_modules/@nlpjs/neural/package.json',
  'node_modules/@nlpjs/lang-en-min/package.json',
  'node_modules/@nlpjs/lang-es/package.json',
];

/** The repository this code runs from (src/nlu under tsx, dist/ when bundled), or null where there is none (Lambda). */
export const repositoryRoot = (from: string = __dirname): string | null => {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'src', 'nlu', 'nlu.ts'))) return dir;
    if (path.dirname(dir) === dir) return null;
  }
};

export const trainingKey = (root: string | null = repositoryRoot(), language: Language = 'en'): string => {
  const hash = createHash('sha256');
  const add = (label: string, value: unknown): void => {
    hash.update(`${label}\0${JSON.stringify(value)}\0`);
  };
  const data = trainingData(language);
  add('language', language);
  add('intents', data.intents.map(({ name, slots, samples }) => [name, slots, samples]));
  add('off topic', data.offTopic);
  add('prompts', data.prompts);
  add('slot types', data.slotTypes);
  add('numbers', data.numbers);
  for (const file of TRAINING_CODE) {
    const at = root ? path.join(root, file) : null;
    add(file, at && existsSync(at) ? readFileSync(at, 'utf8') : null);
  }
  return hash.digest('hex').slice(0, 32);
};
