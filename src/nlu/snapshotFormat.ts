/**
 * What the local NLU learned, as one compact text file: written by `npm run build` and loaded by the server, the
 * terminal console and the Lambda. The file keeps only what reading a line uses: nlp.js's export without the
 * training sentences it keeps for retraining and for guessing a line's language (the coach always names English),
 * and the exact samples one to a line, sorted, looked up in place by bisection: loading tens of thousands of samples
 * is one scan for line ends, not a parse of megabytes into as many objects. This module imports nothing of the
 * language model, so the Lambda's NLU file does not carry it.
 *
 *   backcoach-nlu <format> <key>          the key of the training data it was learned from (see ./trainingKey.ts)
 *   <classifier JSON>                      Nlp.export, one line
 *   <known words, space separated>
 *   <intent names, space separated>        the intents the exact samples name, by position
 *   <sample>\t<intent position>[\t<slot>,<slot>]   or <sample>\t- when two intents share it; one a line, in code-unit order
 */
import type { ExactSample, ExactSampleTable, NluSnapshot } from './nlu';

const MAGIC = 'backcoach-nlu';
const FORMAT = '1';

export interface KeyedSnapshot {
  /** The key of the training data the snapshot was learned from. */
  key: string;
  snapshot: NluSnapshot;
}

export class SnapshotFormatError extends Error {}

interface NlpExport {
  nluManager?: { extraSentences?: unknown[]; domainManagers?: Record<string, { sentences?: unknown[] }> };
}

/** nlp.js's export without the sentences only training and language guessing use. */
const readingOnly = (classifier: string): string => {
  const json = JSON.parse(classifier) as NlpExport;
  const manager = json.nluManager;
  if (manager) {
    manager.extraSentences = [];
    for (const domain of Object.values(manager.domainManagers ?? {})) domain.sentences = [];
  }
  return JSON.stringify(json);
};

const SAMPLE_LINE = /[\t\n]/;

/** The sorted sample lines of a snapshot, read where they are: each lookup bisects the lines. */
class SampleLines implements ExactSampleTable {
  /** Where each line starts in `text`, and one more: the end. */
  private readonly starts: Int32Array;

  constructor(
    private readonly text: string,
    private readonly intents: readonly string[],
  ) {
    let count = text === '' ? 0 : 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
    this.starts = new Int32Array(count + 1);
    let line = 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts[line++] = at + 1;
    this.starts[count] = text.length + 1;
  }

  private line(i: number): string {
    return this.text.slice(this.starts[i], (this.starts[i + 1] ?? 0) - 1);
  }

  private sampleOf(line: string, number: number): [string, ExactSample | null] {
    const [sample = '', at = '', slots] = line.split('\t');
    if (at === '-') return [sample, null];
    const intent = this.intents[Number(at)];
    if (intent === undefined) throw new SnapshotFormatError(`sample ${number} names no intent: ${JSON.stringify(line)}`);
    return [sample, { intent, slots: slots ? slots.split(',') : [] }];
  }

  get(text: string): ExactSample | null | undefined {
    let low = 0;
    let high = this.starts.length - 2;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const start = this.starts[middle] ?? 0;
      const key = this.text.slice(start, this.text.indexOf('\t', start));
      if (key === text) return this.sampleOf(this.line(middle), middle + 1)[1];
      if (key < text) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  *entries(): Iterable<[string, ExactSample | null]> {
    for (let i = 0; i < this.starts.length - 1; i++) yield this.sampleOf(this.line(i), i + 1);
  }
}

export const encodeSnapshot = ({ key, snapshot }: KeyedSnapshot): string => {
  const entries = [...snapshot.exactSamples.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const intents = [...new Set(entries.flatMap(([, sample]) => (sample ? [sample.intent] : [])))];
  const position = new Map(intents.map((name, i) => [name, i]));
  const samples = entries.map(([text, sample]) => {
    if (SAMPLE_LINE.test(text)) throw new SnapshotFormatError(`a sample has a tab or a line break: ${JSON.stringify(text)}`);
    if (!sample) return `${text}\t-`;
    return sample.slots.length ? `${text}\t${position.get(sample.intent)}\t${sample.slots.join(',')}` : `${text}\t${position.get(sample.intent)}`;
  });
  return [`${MAGIC} ${FORMAT} ${key}`, readingOnly(snapshot.classifier), snapshot.knownWords.join(' '), intents.join(' '), ...samples].join('\n');
};

/** The snapshot in a file's text; a SnapshotFormatError when the text is not one. */
export const decodeSnapshot = (text: string): KeyedSnapshot => {
  const header: string[] = [];
  let from = 0;
  while (header.length < 4) {
    const end = text.indexOf('\n', from);
    if (end === -1) throw new SnapshotFormatError(`not a ${MAGIC} ${FORMAT} snapshot: it has ${header.length + 1} lines`);
    header.push(text.slice(from, end));
    from = end + 1;
  }
  const [first = '', classifier = '', known = '', intents = ''] = header;
  const key = keyOf(first);
  if (key === null) throw new SnapshotFormatError(`not a ${MAGIC} ${FORMAT} snapshot: it starts ${JSON.stringify(text.slice(0, 40))}`);
  return { key, snapshot: { classifier, knownWords: known.split(' '), exactSamples: new SampleLines(text.slice(from), intents.split(' ')) } };
};

/** The key in a snapshot's first line, without reading the rest. */
export const keyOf = (firstLine: string): string | null => {
  const [magic, format, key] = firstLine.split(' ');
  return magic === MAGIC && format === FORMAT && key ? key : null;
};
