/**
 * What the local NLU learned, as one compact file: written by `npm run build` and loaded by the server, the terminal
 * console and the Lambda. The file keeps only what reading a line uses: nlp.js's classifier in the compact form the NLU
 * reads it in (./compactClassifier.ts: no training sentences, a line of JSON then its large parts as they are, the
 * weights as the bytes of a Float32Array), and the exact samples one to a line, sorted, in blocks looked up one at a
 * time (./sampleLines.ts): loading reads the head (the classifier, the words and the blocks' index, a sixth of the file)
 * and none of the samples' megabytes. This module imports nothing of the language model, so the Lambda's NLU file does
 * not carry it.
 *
 *   backcoach-nlu <format> <key> <classifier bytes> <samples bytes> <head bytes>
 *                                          the key of the training data it was learned from (see ./trainingKey.ts), the
 *                                          lengths of the classifier, of the samples, and of the head: everything
 *                                          before the samples, this line included
 *   <classifier bytes>                     the compact classifier (./compactClassifier.ts), then a line break
 *   <known words, space separated>
 *   <intent names, space separated>        the intents the exact samples name, by position
 *   <first sample of a block>\t<its offset in the samples>   one a block, then a line break
 *   <sample>\t<intent position>[\t<slot>,<slot>]   or <sample>\t- when two intents share it; one a line, in UTF-8 byte order
 */
import { decodeCompact, encodeCompact, type CompactClassifier } from './compactClassifier';
import type { NluSnapshot } from './nlu';
import { encodeSamples, SampleBlocks, SnapshotFormatError, type ReadSamples } from './sampleLines';

export { SnapshotFormatError };

const MAGIC = 'backcoach-nlu';
const FORMAT = '5';

export interface KeyedSnapshot {
  /** The key of the training data the snapshot was learned from. */
  key: string;
  snapshot: NluSnapshot;
}

const LINE_END = 0x0a;

export const encodeSnapshot = ({ key, snapshot }: KeyedSnapshot): Buffer => {
  const { index, blocks, intents } = encodeSamples(snapshot.exactSamples);
  const classifier = encodeCompact(snapshot.classifier);
  const rest = Buffer.from(`\n${[snapshot.knownWords.join(' '), intents.join(' '), index].join('\n')}\n`, 'utf8');
  const lengths = `${classifier.length} ${blocks.length}`;
  // The head's length counts its own digits: the first line is written with the length it makes.
  let headBytes = 0;
  for (let previous = -1; headBytes !== previous; ) {
    previous = headBytes;
    headBytes = Buffer.byteLength(`${MAGIC} ${FORMAT} ${key} ${lengths} ${previous}\n`) + classifier.length + rest.length;
  }
  return Buffer.concat([Buffer.from(`${MAGIC} ${FORMAT} ${key} ${lengths} ${headBytes}\n`, 'utf8'), classifier, rest, blocks]);
};

/** What the first line of a snapshot says; null when it is not a snapshot of this format. */
const firstLineOf = (line: string): { key: string; classifierBytes: number; samplesBytes: number; headBytes: number } | null => {
  const [magic, format, key, ...lengths] = line.split(' ');
  const [classifierBytes, samplesBytes, headBytes] = lengths.map(Number);
  if (magic !== MAGIC || format !== FORMAT || !key || lengths.length !== 3) return null;
  if (![classifierBytes, samplesBytes, headBytes].every((n) => Number.isSafeInteger(n) && (n as number) >= 0)) return null;
  return { key, classifierBytes: classifierBytes as number, samplesBytes: samplesBytes as number, headBytes: headBytes as number };
};

/**
 * How many bytes from the start of a snapshot file its head takes (./sampleLines.ts reads the rest block by block), from
 * the file's first bytes; null when they do not start a snapshot of this format.
 */
export const headBytesOf = (firstBytes: Buffer): number | null => {
  const end = firstBytes.indexOf(LINE_END);
  return end === -1 ? null : (firstLineOf(firstBytes.toString('utf8', 0, end))?.headBytes ?? null);
};

/**
 * The snapshot whose head is `head` (the file's first bytes, the head's length as its first line says, or more), its
 * samples read with `readSamples` when a lookup needs them; a SnapshotFormatError when it is not one. Only the first
 * line and the words' lines become text: the classifier's large parts are read as they are.
 */
export const decodeSnapshotHead = (head: Buffer, readSamples: ReadSamples): KeyedSnapshot & { samplesBytes: number } => {
  const firstEnd = head.indexOf(LINE_END);
  const first = firstLineOf(head.toString('utf8', 0, firstEnd === -1 ? Math.min(head.length, 80) : firstEnd));
  if (first === null) {
    throw new SnapshotFormatError(`not a ${MAGIC} ${FORMAT} snapshot: it starts ${JSON.stringify(head.toString('utf8', 0, 40))}`);
  }
  const { key, classifierBytes, samplesBytes, headBytes } = first;
  if (head.length < headBytes) throw new SnapshotFormatError(`the snapshot's head is cut short`);
  let from = firstEnd + 1 + classifierBytes;
  if (from >= headBytes || head[from] !== LINE_END) throw new SnapshotFormatError(`the snapshot's classifier is cut short`);
  const classifier = classifierIn(head.subarray(firstEnd + 1, from));
  from += 1;
  const words: string[] = [];
  while (words.length < 2) {
    const end = head.indexOf(LINE_END, from);
    if (end === -1 || end >= headBytes) throw new SnapshotFormatError(`not a ${MAGIC} ${FORMAT} snapshot: it ends before its ${words.length === 0 ? 'known words' : 'intents'}`);
    words.push(head.toString('utf8', from, end));
    from = end + 1;
  }
  if (head[headBytes - 1] !== LINE_END) throw new SnapshotFormatError(`the snapshot's samples index is cut short`);
  const [known = '', intents = ''] = words;
  const exactSamples = new SampleBlocks(head.subarray(Math.min(from, headBytes - 1), headBytes - 1), samplesBytes, intents.split(' '), readSamples);
  return { key, samplesBytes, snapshot: { classifier, knownWords: known.split(' '), exactSamples } };
};

/** The snapshot in a file's bytes; a SnapshotFormatError when it is not one. The samples are looked up where they are. */
export const decodeSnapshot = (file: Buffer | string): KeyedSnapshot => {
  const bytes = typeof file === 'string' ? Buffer.from(file, 'utf8') : file;
  const headBytes = headBytesOf(bytes.subarray(0, Math.max(0, bytes.indexOf(LINE_END)) + 1)) ?? 0;
  const { key, snapshot, samplesBytes } = decodeSnapshotHead(bytes, (offset, length) => bytes.subarray(headBytes + offset, headBytes + offset + length));
  if (bytes.length !== headBytes + samplesBytes) throw new SnapshotFormatError(`the snapshot's samples are cut short`);
  return { key, snapshot };
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
export const keyOf = (firstLine: string): string | null => firstLineOf(firstLine)?.key ?? null;
