/**
 * What the local NLU learned, as one compact text file: written by `npm run build` and loaded by the server, the
 * terminal console and the Lambda. The file keeps only what reading a line uses: nlp.js's classifier in the compact
 * form the NLU reads it in (./compactClassifier.ts: no training sentences, a line of JSON then its large parts as they
 * are, the weights as the bytes of a Float32Array), and the exact samples one to a line, sorted, looked up in place by bisection of the file's bytes: loading tens of
 * thousands of samples costs nothing, not a parse of megabytes into as many objects. This module imports nothing of the
 * language model, so the Lambda's NLU file does not carry it.
 *
 *   backcoach-nlu <format> <key> <bytes>  the key of the training data it was learned from (see ./trainingKey.ts), and
 *                                          the length of the classifier's bytes
 *   <classifier bytes>                     the compact classifier (./compactClassifier.ts), then a line break
 *   <known words, space separated>
 *   <intent names, space separated>        the intents the exact samples name, by position
 *   <sample>\t<intent position>[\t<slot>,<slot>]   or <sample>\t- when two intents share it; one a line, in UTF-8 byte order
 */
import { decodeCompact, encodeCompact, type CompactClassifier } from './compactClassifier';
import type { ExactSample, ExactSampleTable, NluSnapshot } from './nlu';

const MAGIC = 'backcoach-nlu';
const FORMAT = '4';

export interface KeyedSnapshot {
  /** The key of the training data the snapshot was learned from. */
  key: string;
  snapshot: NluSnapshot;
}

export class SnapshotFormatError extends Error {}

const SAMPLE_LINE = /[\t\n]/;

const LINE_END = 0x0a;
const TAB = 0x09;

/**
 * The sorted sample lines of a snapshot, read where they are, as bytes: each lookup bisects the file's bytes, finding
 * the line around a middle position, so loading costs nothing (no text made of megabytes, no scan for line starts).
 */
class SampleLines implements ExactSampleTable {
  constructor(
    private readonly bytes: Buffer,
    private readonly intents: readonly string[],
  ) {}

  private lineEnd(start: number): number {
    const end = this.bytes.indexOf(LINE_END, start);
    return end === -1 ? this.bytes.length : end;
  }

  private sampleOf(start: number, end: number): [string, ExactSample | null] {
    const line = this.bytes.toString('utf8', start, end);
    const [sample = '', at = '', slots] = line.split('\t');
    if (at === '-') return [sample, null];
    const intent = this.intents[Number(at)];
    if (intent === undefined) throw new SnapshotFormatError(`a sample names no intent: ${JSON.stringify(line)}`);
    return [sample, { intent, slots: slots ? slots.split(',') : [] }];
  }

  get(text: string): ExactSample | null | undefined {
    const wanted = Buffer.from(text, 'utf8');
    // [low, high): the bytes still searched, from a line's start to just past a line's end.
    let low = 0;
    let high = this.bytes.length === 0 ? 0 : this.bytes.length + 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = middle === 0 ? 0 : this.bytes.lastIndexOf(LINE_END, middle - 1) + 1;
      const end = this.lineEnd(start);
      const tab = this.bytes.indexOf(TAB, start);
      const order = Buffer.compare(this.bytes.subarray(start, tab === -1 || tab > end ? end : tab), wanted);
      if (order === 0) return this.sampleOf(start, end)[1];
      if (order < 0) low = end + 1;
      else high = start;
    }
    return undefined;
  }

  *entries(): Iterable<[string, ExactSample | null]> {
    for (let start = 0; start < this.bytes.length; ) {
      const end = this.lineEnd(start);
      yield this.sampleOf(start, end);
      start = end + 1;
    }
  }
}

/** Byte order of the texts' UTF-8, the order a lookup bisects in. */
const byteOrder = (a: string, b: string): number => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

export const encodeSnapshot = ({ key, snapshot }: KeyedSnapshot): Buffer => {
  const entries = [...snapshot.exactSamples.entries()].sort(([a], [b]) => byteOrder(a, b));
  const intents = [...new Set(entries.flatMap(([, sample]) => (sample ? [sample.intent] : [])))];
  const position = new Map(intents.map((name, i) => [name, i]));
  const samples = entries.map(([text, sample]) => {
    if (SAMPLE_LINE.test(text)) throw new SnapshotFormatError(`a sample has a tab or a line break: ${JSON.stringify(text)}`);
    if (!sample) return `${text}\t-`;
    return sample.slots.length ? `${text}\t${position.get(sample.intent)}\t${sample.slots.join(',')}` : `${text}\t${position.get(sample.intent)}`;
  });
  const classifier = encodeCompact(snapshot.classifier);
  const rest = [snapshot.knownWords.join(' '), intents.join(' '), ...samples].join('\n');
  return Buffer.concat([Buffer.from(`${MAGIC} ${FORMAT} ${key} ${classifier.length}\n`, 'utf8'), classifier, Buffer.from(`\n${rest}`, 'utf8')]);
};

/**
 * The snapshot in a file (its bytes); a SnapshotFormatError when it is not one. Only the first line and the words'
 * lines become text: the classifier's large parts are read as they are, and the sample lines stay bytes, bisected
 * where they are.
 */
export const decodeSnapshot = (file: Buffer | string): KeyedSnapshot => {
  const bytes = typeof file === 'string' ? Buffer.from(file, 'utf8') : file;
  const firstEnd = bytes.indexOf(LINE_END);
  const first = bytes.toString('utf8', 0, firstEnd === -1 ? Math.min(bytes.length, 80) : firstEnd);
  const key = keyOf(first);
  const classifierLength = Number(first.split(' ')[3]);
  if (key === null || !Number.isSafeInteger(classifierLength)) {
    throw new SnapshotFormatError(`not a ${MAGIC} ${FORMAT} snapshot: it starts ${JSON.stringify(bytes.toString('utf8', 0, 40))}`);
  }
  let from = firstEnd + 1 + classifierLength;
  if (from >= bytes.length || bytes[from] !== LINE_END) throw new SnapshotFormatError(`the snapshot's classifier is cut short`);
  const classifier = classifierIn(bytes.subarray(firstEnd + 1, from));
  from += 1;
  const words: string[] = [];
  while (words.length < 2) {
    const end = bytes.indexOf(LINE_END, from);
    if (end === -1) throw new SnapshotFormatError(`not a ${MAGIC} ${FORMAT} snapshot: it ends before its ${words.length === 0 ? 'known words' : 'intents'}`);
    words.push(bytes.toString('utf8', from, end));
    from = end + 1;
  }
  const [known = '', intents = ''] = words;
  return { key, snapshot: { classifier, knownWords: known.split(' '), exactSamples: new SampleLines(bytes.subarray(from), intents.split(' ')) } };
};

/** The compact classifier of the snapshot; a SnapshotFormatError when it is damaged. */
const classifierIn = (part: Buffer): CompactClassifier => {
  try {
    return decodeCompact(part);
  } catch (error) {
    throw new SnapshotFormatError(`the snapshot's classifier is damaged: ${(error as Error).message}`);
  }
};

/** The key in a snapshot's first line, without reading the rest. */
export const keyOf = (firstLine: string): string | null => {
  const [magic, format, key] = firstLine.split(' ');
  return magic === MAGIC && format === FORMAT && key ? key : null;
};
