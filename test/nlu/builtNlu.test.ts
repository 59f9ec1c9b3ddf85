/**
 * The local NLU as the build saves it and the hosts load it: a snapshot in a temp dir, written by loadBuiltNlu and read
 * back, reads every line as the NLU trained in this process; one learned from other training data, or damaged, is
 * trained again and rewritten; a file that is not a snapshot is refused by name. Spanish's snapshot, beside English's,
 * is loaded (or trained and written) only when a Spanish line is read.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBuiltLanguage, loadBuiltNlu as loadWithTrainer, snapshotPathOf, type Trainer } from '../../src/nlu/builtNlu';
import type { Language } from '../../src/languages/locales';
import { createNlu, trainNlu, type Nlu, type NluSnapshot } from '../../src/nlu/nlu';
import { decodeSnapshot, SnapshotFormatError } from '../../src/nlu/snapshotFormat';
import { trainingKey } from '../../src/nlu/trainingKey';
import { DEV_LINES } from './heldOut/devLines';
import { paraphrases, table } from './nluCases';

jest.setTimeout(300_000);

/**
 * Each language trained once for the loads below: a test of when the loader trains again (a missing, stale or damaged
 * snapshot) is about its choice and what it writes, and training gives the same snapshot every time (the NLU trained
 * in this process, by itself, is compared with the one loaded).
 */
const learned = new Map<Language, Promise<NluSnapshot>>();
const trainOnce: Trainer = (language) => {
  const snapshot = learned.get(language) ?? trainNlu(language);
  learned.set(language, snapshot);
  return snapshot;
};
const loadBuiltNlu = (options: { file: string }): ReturnType<typeof loadWithTrainer> => loadWithTrainer({ ...options, train: trainOnce });

let dir: string;
let file: string;
let trained: Nlu;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'backcoach-nlu-snapshot-'));
  file = path.join(dir, 'understanding.nlu');
  trained = await createNlu();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const firstLine = (): string => readFileSync(file, 'utf8').split('\n', 1)[0] ?? '';

test('a missing snapshot is trained and written under the key of the training data; the next load reads it without training', async () => {
  rmSync(file, { force: true });
  const first = await loadBuiltNlu({ file });
  expect(first.trained).toBe(true);
  expect(firstLine()).toMatch(new RegExp(`^backcoach-nlu 5 ${trainingKey()} \\d+ \\d+ \\d+$`));
  const again = await loadBuiltNlu({ file });
  expect(again.trained).toBe(false);
});

test('the loaded snapshot reads every line as the NLU trained in this process', async () => {
  const { nlu, trained: retrained } = await loadBuiltNlu({ file });
  expect(retrained).toBe(false);
  const lines = [...table, ...paraphrases].map((c) => c.text).concat(DEV_LINES.map((l) => l.text), ['', 'uh', 'constructor', 'what is the weather in denver']);
  const differences: string[] = [];
  for (const line of lines) {
    const [expected, loaded] = [await trained.understand(line), await nlu.understand(line)];
    if (JSON.stringify(expected) !== JSON.stringify(loaded)) differences.push(`${line}: ${JSON.stringify(expected)} vs ${JSON.stringify(loaded)}`);
  }
  expect(differences).toEqual([]);
  expect(lines.length).toBeGreaterThan(200);
});

test('a snapshot learned from other training data, or damaged, is trained again and rewritten', async () => {
  // The classifier's weights are bytes, not text: the file is handled as bytes.
  const bytes = readFileSync(file);
  const firstEnd = bytes.indexOf('\n');
  const [magic, format, , classifierLength, ...otherLengths] = bytes.toString('utf8', 0, firstEnd).split(' ');
  const lengths = [classifierLength, ...otherLengths].join(' ');
  writeFileSync(file, Buffer.concat([Buffer.from(`${magic} ${format} 0123456789abcdef ${lengths}`), bytes.subarray(firstEnd)]));
  const stale = await loadBuiltNlu({ file });
  expect(stale.trained).toBe(true);
  expect(firstLine()).toMatch(new RegExp(`^backcoach-nlu 5 ${trainingKey()} \\d+ \\d+ \\d+$`));
  expect((await stale.nlu.understand('I got twelve')).slots.count?.value).toBe('12');

  writeFileSync(file, `backcoach-nlu 5 ${trainingKey()} ${lengths}\nnot the rest of a snapshot`);
  const damaged = await loadBuiltNlu({ file });
  expect(damaged.trained).toBe(true);
  expect(readFileSync(file).equals(bytes)).toBe(true);

  // The classifier's part cut in half: its JSON says more bytes than are left before the words.
  const classifierStart = firstEnd + 1;
  const half = Math.floor(Number(classifierLength) / 2);
  writeFileSync(file, Buffer.concat([bytes.subarray(0, classifierStart + half), bytes.subarray(classifierStart + Number(classifierLength))]));
  const cut = await loadBuiltNlu({ file });
  expect(cut.trained).toBe(true);
  expect(readFileSync(file).equals(bytes)).toBe(true);

  // The samples, read a block at a time, cut short at the end.
  writeFileSync(file, bytes.subarray(0, bytes.length - 100));
  const shortened = await loadBuiltNlu({ file });
  expect(shortened.trained).toBe(true);
  expect(readFileSync(file).equals(bytes)).toBe(true);
});

test('a file that is not a snapshot is refused, saying what it starts with', () => {
  expect(() => decodeSnapshot('{"classifier": "..."}')).toThrow(SnapshotFormatError);
  expect(() => decodeSnapshot('backcoach-nlu 9 abc\n{}\n\n\n')).toThrow(/not a backcoach-nlu 5 snapshot: it starts "backcoach-nlu 9 abc/);
});

test('the Spanish snapshot is made beside English\'s with the first Spanish line, and read from there by the next start', async () => {
  const spanishFile = snapshotPathOf(file, 'es');
  expect(path.basename(spanishFile)).toBe('understanding-es.nlu');
  rmSync(spanishFile, { force: true });
  const { nlu } = await loadBuiltNlu({ file });
  await nlu.understand('I got twelve');
  expect(existsSync(spanishFile)).toBe(false);

  const heard = await nlu.understand('hice doce', 'es');
  expect(heard).toMatchObject({ intent: 'CountIntent', slots: { count: { value: '12' } } });
  expect(readFileSync(spanishFile, 'utf8').split('\n', 1)[0]).toMatch(new RegExp(`^backcoach-nlu 5 ${trainingKey(path.resolve(__dirname, '../..'), 'es')} \\d+ \\d+ \\d+$`));

  const next = await loadBuiltLanguage({ file: spanishFile, language: 'es', train: trainOnce });
  expect(next.trained).toBe(false);
  expect(await next.nlu.understand('hice doce')).toEqual(heard);
});
