/**
 * The exact samples of a snapshot (./snapshotFormat.ts) as they are in the file: lines sorted in the byte order of their
 * UTF-8, `<sample>\t<intent position>[\t<slot>,<slot>]` (or `<sample>\t-` when two intents share it), cut into blocks of a
 * few kilobytes at line ends. An index of each block's first sample, read with the snapshot's head, says which one block
 * a sample can be in, so a lookup reads that block alone: loading reads none of the megabytes of samples, and a line's
 * few lookups read a few kilobytes (from the file's bytes in memory, or by positioned reads of the file on the Lambda).
 */
import type { ExactSample, ExactSampleTable } from './nlu';

export class SnapshotFormatError extends Error {}

const LINE_END = 0x0a;
const TAB = 0x09;

/** How many bytes of sample lines a block holds, at least (but its last line): about one page of the file. */
export const SAMPLE_BLOCK_BYTES = 4096;

const lineEnd = (bytes: Buffer, start: number): number => {
  const end = bytes.indexOf(LINE_END, start);
  return end === -1 ? bytes.length : end;
};

/**
 * Of lines sorted by their first field (up to a tab) in byte order, the one whose key is `wanted` (exact), else the
 * last whose key is below it; null when every key is above it. A bisection of the bytes where they are, finding the line
 * around a middle position.
 */
const lineAtOrBefore = (bytes: Buffer, wanted: Buffer): { start: number; end: number; exact: boolean } | null => {
  let found: { start: number; end: number; exact: boolean } | null = null;
  // [low, high): the bytes still searched, from a line's start to just past a line's end.
  let low = 0;
  let high = bytes.length === 0 ? 0 : bytes.length + 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = middle === 0 ? 0 : bytes.lastIndexOf(LINE_END, middle - 1) + 1;
    const end = lineEnd(bytes, start);
    const tab = bytes.indexOf(TAB, start);
    const order = Buffer.compare(bytes.subarray(start, tab === -1 || tab > end ? end : tab), wanted);
    if (order === 0) return { start, end, exact: true };
    if (order < 0) {
      found = { start, end, exact: false };
      low = end + 1;
    } else high = start;
  }
  return found;
};

const sampleOf = (line: string, intents: readonly string[]): [string, ExactSample | null] => {
  const [sample = '', at = '', slots] = line.split('\t');
  if (at === '-') return [sample, null];
  const intent = intents[Number(at)];
  if (intent === undefined) throw new SnapshotFormatError(`a sample names no intent: ${JSON.stringify(line)}`);
  return [sample, { intent, slots: slots ? slots.split(',') : [] }];
};

/** A block of sample lines, as its bytes, from its start in the samples. */
export type ReadSamples = (offset: number, length: number) => Buffer;

/** The blocks read last, kept: the readings of one line look up samples near each other. */
const KEPT_BLOCKS = 32;

/** The samples of a snapshot, looked up block by block (see the top of this file). */
export class SampleBlocks implements ExactSampleTable {
  private readonly kept = new Map<number, Buffer>();

  /**
   * @param index one line a block, `<its first sample>\t<its offset in the samples>`, in the samples' order
   * @param length the samples' bytes, all blocks together
   */
  constructor(
    private readonly index: Buffer,
    private readonly length: number,
    private readonly intents: readonly string[],
    private readonly read: ReadSamples,
  ) {}

  private offsetOf(start: number, end: number): number {
    const line = this.index.toString('utf8', start, end);
    const offset = Number(line.slice(line.lastIndexOf('\t') + 1));
    if (!Number.isSafeInteger(offset) || offset < 0 || offset > this.length) throw new SnapshotFormatError(`the samples' index is damaged: ${JSON.stringify(line)}`);
    return offset;
  }

  /** The block whose index line is at [start, end): its bytes, read or kept. */
  private block(start: number, end: number): Buffer {
    const offset = this.offsetOf(start, end);
    const kept = this.kept.get(offset);
    if (kept) return kept;
    const next = end < this.index.length ? this.offsetOf(end + 1, lineEnd(this.index, end + 1)) : this.length;
    const bytes = this.read(offset, next - offset);
    if (bytes.length !== next - offset) throw new SnapshotFormatError(`the snapshot's samples are cut short`);
    if (this.kept.size >= KEPT_BLOCKS) this.kept.delete(this.kept.keys().next().value as number);
    this.kept.set(offset, bytes);
    return bytes;
  }

  get(text: string): ExactSample | null | undefined {
    const wanted = Buffer.from(text, 'utf8');
    const entry = lineAtOrBefore(this.index, wanted);
    if (!entry) return undefined;
    const block = this.block(entry.start, entry.end);
    const line = lineAtOrBefore(block, wanted);
    return line?.exact ? sampleOf(block.toString('utf8', line.start, line.end), this.intents)[1] : undefined;
  }

  *entries(): Iterable<[string, ExactSample | null]> {
    for (let start = 0; start < this.index.length; ) {
      const end = lineEnd(this.index, start);
      const block = this.block(start, end);
      for (let from = 0; from < block.length; ) {
        const to = lineEnd(block, from);
        // A block ends with its last line's line break.
        if (to > from) yield sampleOf(block.toString('utf8', from, to), this.intents);
        from = to + 1;
      }
      start = end + 1;
    }
  }
}

/** Byte order of the texts' UTF-8, the order a lookup bisects in. */
const byteOrder = (a: string, b: string): number => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

const SAMPLE_LINE = /[\t\n]/;

/** The samples' lines, sorted and cut into blocks, the blocks' index (SampleBlocks'), and the intents the lines name by position. */
export const encodeSamples = (samples: ExactSampleTable): { index: string; blocks: Buffer; intents: string[] } => {
  const entries = [...samples.entries()].sort(([a], [b]) => byteOrder(a, b));
  const intents = [...new Set(entries.flatMap(([, sample]) => (sample ? [sample.intent] : [])))];
  const position = new Map(intents.map((name, i) => [name, i]));
  const index: string[] = [];
  const lines: Buffer[] = [];
  let offset = 0;
  let blockStart = -Infinity;
  for (const [text, sample] of entries) {
    if (SAMPLE_LINE.test(text)) throw new SnapshotFormatError(`a sample has a tab or a line break: ${JSON.stringify(text)}`);
    const said = !sample ? '-' : sample.slots.length ? `${position.get(sample.intent)}\t${sample.slots.join(',')}` : `${position.get(sample.intent)}`;
    const line = Buffer.from(`${text}\t${said}\n`, 'utf8');
    if (offset - blockStart >= SAMPLE_BLOCK_BYTES) {
      index.push(`${text}\t${offset}`);
      blockStart = offset;
    }
    lines.push(line);
    offset += line.length;
  }
  return { index: index.join('\n'), blocks: Buffer.concat(lines), intents };
};
