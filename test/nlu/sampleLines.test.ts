/**
 * The exact samples as a snapshot keeps them, in blocks read one at a time (src/nlu/sampleLines.ts): every sample is
 * found with what it says, and only those, whether the snapshot's bytes are in memory (the server) or read block by
 * block from its file (the Lambda, lambda/snapshotFile.ts); a lookup reads one block. That a loaded snapshot reads lines
 * as the NLU trained in the process does is test/nlu/builtNlu.test.ts's.
 */
import { openSync, readFileSync } from 'node:fs';
import { snapshotInFile } from '../../lambda/snapshotFile';
import type { Language } from '../../src/languages/locales';
import { defaultSnapshotPath, snapshotPathOf } from '../../src/nlu/builtNlu';
import type { ExactSample, ExactSampleTable } from '../../src/nlu/nlu';
import { encodeSamples, SAMPLE_BLOCK_BYTES, SampleBlocks } from '../../src/nlu/sampleLines';
import { decodeSnapshot } from '../../src/nlu/snapshotFormat';


/** Texts near the samples that are none: each cut short, or with a letter after it. */
const nearMisses = (texts: string[]): string[] => texts.flatMap((text) => [text.slice(0, -1), `${text}s`, `${text} `]).filter((text) => !texts.includes(text));

const expectSameSamples = (read: ExactSampleTable, trained: ReadonlyMap<string, ExactSample | null>): void => {
  const differences: string[] = [];
  for (const [text, sample] of trained) {
    if (JSON.stringify(read.get(text)) !== JSON.stringify(sample)) differences.push(`${text}: ${JSON.stringify(read.get(text))} vs ${JSON.stringify(sample)}`);
  }
  for (const text of nearMisses([...trained.keys()].slice(0, 3000))) {
    if (read.get(text) !== undefined && !trained.has(text)) differences.push(`${text}: found, though no sample`);
  }
  expect(differences).toEqual([]);
  const listed = (entries: Iterable<[string, ExactSample | null]>): string[] => [...entries].map((entry) => JSON.stringify(entry)).sort();
  expect(listed(read.entries())).toEqual(listed(trained));
};

test.each<Language>(['en', 'es'])('every sample of the built %s snapshot is found with its intent and slots, in memory and read block by block from its file', (language) => {
  const file = snapshotPathOf(defaultSnapshotPath(), language);
  const inMemory = decodeSnapshot(readFileSync(file));
  const samples = new Map(inMemory.snapshot.exactSamples.entries());
  expect(samples.size).toBeGreaterThan(10_000);
  expectSameSamples(inMemory.snapshot.exactSamples, samples);
  const fromFile = snapshotInFile(openSync(file, 'r'));
  expect(fromFile.key).toBe(inMemory.key);
  expectSameSamples(fromFile.snapshot.exactSamples, samples);
});

test('a lookup reads the one block the index names, a few kilobytes, and a sample first in its block is found too', () => {
  // Written out of order, some with letters of two, three and four bytes: the blocks hold them in the order of their bytes.
  const texts = Array.from({ length: 2000 }, (_, i) => `sample ${['', 'ñ ', 'é ', '€ ', '💪 '][i % 5]}number ${String((i * 7919) % 2000).padStart(5, '0')}`);
  const trained = new Map(texts.map((text, i) => [text, i % 7 === 0 ? null : { intent: `Intent${i % 3}`, slots: i % 2 ? ['count'] : [] }]));
  const { index, blocks, intents } = encodeSamples(trained);
  const reads: number[] = [];
  const samples = new SampleBlocks(Buffer.from(index), blocks.length, intents, (offset, length) => {
    reads.push(length);
    return blocks.subarray(offset, offset + length);
  });
  const firstOfABlock = index.split('\n')[3]?.split('\t')[0] ?? '';
  for (const text of [texts[1234] ?? '', firstOfABlock]) {
    reads.length = 0;
    expect(samples.get(text)).toEqual(trained.get(text));
    expect(reads).toHaveLength(1);
    expect(reads[0]).toBeLessThan(2 * SAMPLE_BLOCK_BYTES);
  }
  expect(index.split('\n').length).toBeGreaterThan(10);
  expectSameSamples(samples, trained);
});
