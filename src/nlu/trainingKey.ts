/**
 * The key of what the local NLU is trained from: a hash of the language model's phrases and values, the number words,
 * the code that turns them into training (src/nlu/nlu.ts, and the words of a line and the coach's prompts that make
 * its known words) and the version of nlp.js. A snapshot learned from the same
 * key is the same NLU, so a build or a start with unchanged phrases loads it rather than training again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { numberTable } from '../core/numberWords';
import { CUSTOM_SLOT_TYPES, INTENTS, OFF_TOPIC_PHRASES, WELCOME_PHRASES } from '../model/languageModel';

/** Files read as text into the key: how training is done, beside what it is done from. */
const TRAINING_CODE = ['src/nlu/nlu.ts', 'src/nlu/nlpjsModel.ts', 'src/nlu/compactClassifier.ts', 'src/core/reading/lineWords.ts', 'src/languages/en/prompts.ts', 'src/model/phrasing.ts', 'src/languages/phrasing.ts', 'node_modules/@nlpjs/nlp/package.json', 'node_modules/@nlpjs/nlu/package.json', 'node_modules/@nlpjs/neural/package.json'];

/** The repository this code runs from (src/nlu under tsx, dist/ when bundled), or null where there is none (Lambda). */
export const repositoryRoot = (from: string = __dirname): string | null => {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'src', 'nlu', 'nlu.ts'))) return dir;
    if (path.dirname(dir) === dir) return null;
  }
};

export const trainingKey = (root: string | null = repositoryRoot()): string => {
  const hash = createHash('sha256');
  const add = (label: string, value: unknown): void => {
    hash.update(`${label}\0${JSON.stringify(value)}\0`);
  };
  add('intents', INTENTS.map(({ name, slots, samples }) => [name, slots, samples]));
  add('welcome', WELCOME_PHRASES);
  add('off topic', OFF_TOPIC_PHRASES);
  add('slot types', CUSTOM_SLOT_TYPES);
  add('numbers', numberTable());
  for (const file of TRAINING_CODE) {
    const at = root ? path.join(root, file) : null;
    add(file, at && existsSync(at) ? readFileSync(at, 'utf8') : null);
  }
  return hash.digest('hex').slice(0, 32);
};
