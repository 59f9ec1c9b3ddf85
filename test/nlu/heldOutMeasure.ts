/**
 * Measures how well an NLU understands the held-out phrasings (test/nlu/heldOutPhrasings.ts): the local NLU, and
 * the generated Alexa interaction model through virtual-alexa.
 *
 * The set is split once, by position: every phrasing whose index % 3 === 2 is the FINAL split, the others the DEV
 * split. Misses of the DEV split may be read to learn which patterns of speech the language model lacks; the FINAL
 * split is only ever scored. `npx tsx test/nlu/heldOutMeasure.ts` prints both scores and the DEV misses.
 *
 * A phrasing is understood when the intent heard stands for the intent expected and both mean the same coach event
 * (numbers read with parseSpokenNumber, units and sides by id or synonym, through the language model's one mapping).
 */
import { isDeepStrictEqual } from 'node:util';
import { VirtualAlexa } from 'virtual-alexa';
import type { CoachEvent } from '../../src/core/events';
import { eventForIntentName, intentNamed, type SlotInputs } from '../../src/model/intentEvents';
import type { Intent } from 'ask-sdk-model';
import { heardIntent } from '../../src/alexa/heardIntent';
import { createLogger } from '../../src/log';
import { createNlu, type Nlu } from '../../src/nlu/nlu';
import { alexaLikeNumbers } from '../support/virtualAlexaNumbers';
import { HELD_OUT_PHRASINGS, type HeldOutPhrasing } from './heldOutPhrasings';

export const ALEXA_MODEL_FILE = 'skill-package/interactionModels/custom/en-US.json';
const FALLBACK = 'AMAZON.FallbackIntent';

export type Split = 'dev' | 'final';

export const splitOf = (index: number): Split => (index % 3 === 2 ? 'final' : 'dev');

/** What an NLU made of a line: the intent's name as the language model names it, and its slots. */
export interface Heard {
  intent: string;
  slots: SlotInputs;
}

export type Listener = (text: string) => Promise<Heard>;

export interface Outcome {
  index: number;
  split: Split;
  understood: boolean;
  heard: Heard;
}

/** The coach event a held-out expectation means: numbers as said, custom slot values as their ids. */
const expectedEvent = (phrasing: HeldOutPhrasing): CoachEvent | null => {
  const intent = intentNamed(phrasing.intent);
  if (!intent) return null;
  const slots: Record<string, { value?: string; id?: string }> = {};
  for (const [name, value] of Object.entries(phrasing.slots ?? {})) {
    const type = intent.slots.find((slot) => slot.name === name)?.type;
    slots[name] = type === 'AMAZON.NUMBER' ? { value } : { id: value };
  }
  return eventForIntentName(phrasing.intent, slots);
};

/** The intent a heard intent stands for: a variant spelled out for exact matchers stands for its original. */
const standsFor = (name: string): string => intentNamed(name)?.variantOf ?? name;

/**
 * The held-out set was written before corrections had an event of their own: it expects "no, fifteen" as the count
 * fifteen. A correction says the count again, replacing the one before, so a correction to a number meets the
 * expectation of a count of that number.
 */
const correctionAsCount = (event: CoachEvent | null): CoachEvent | null =>
  event?.type === 'correction' ? { type: 'count', value: event.value } : event;

export const understood = (phrasing: HeldOutPhrasing, heard: Heard): boolean => {
  const expected = expectedEvent(phrasing);
  if (expected === null) return false;
  const event = eventForIntentName(heard.intent, heard.slots);
  if (event?.type === 'correction' && expected.type === 'count') return isDeepStrictEqual(expected, correctionAsCount(event));
  return standsFor(heard.intent) === phrasing.intent && isDeepStrictEqual(expected, event);
};

export const measure = async (listen: Listener, phrasings: readonly HeldOutPhrasing[] = HELD_OUT_PHRASINGS): Promise<Outcome[]> => {
  const outcomes: Outcome[] = [];
  for (const [index, phrasing] of phrasings.entries()) {
    const heard = await listen(phrasing.text);
    outcomes.push({ index, split: splitOf(index), understood: understood(phrasing, heard), heard });
  }
  return outcomes;
};

export interface Score {
  right: number;
  total: number;
  share: number;
}

export const score = (outcomes: readonly Outcome[], split?: Split): Score => {
  const counted = outcomes.filter((o) => split === undefined || o.split === split);
  const right = counted.filter((o) => o.understood).length;
  return { right, total: counted.length, share: counted.length === 0 ? 0 : right / counted.length };
};

const percent = (s: Score): string => `${(100 * s.share).toFixed(1)}% (${s.right}/${s.total})`;

export const scoreLine = (name: string, outcomes: readonly Outcome[]): string =>
  `${name}: ${percent(score(outcomes))}; dev ${percent(score(outcomes, 'dev'))}; final ${percent(score(outcomes, 'final'))}`;

const quiet = createLogger('silent');

let trained: Promise<Nlu> | undefined;
/** One local NLU for every listener of a run. */
const sharedLocalNlu = (): Promise<Nlu> => (trained ??= createNlu());

/** The local NLU (nlp.js trained from the language model), as the consoles use it. */
export const localListener = async (): Promise<Listener> => {
  const nlu = await sharedLocalNlu();
  return async (text) => {
    const understanding = await nlu.understand(text);
    return { intent: understanding.intent, slots: understanding.slots };
  };
};

interface CapturedRequest {
  request?: { type?: string; intent?: Intent };
}

/**
 * How AMAZON.NUMBER is read: 'alexa' as Alexa reads numbers (see ../support/virtualAlexaNumbers.ts), 'virtual-alexa'
 * with virtual-alexa's own number words (one to twenty) and its empty-number matches.
 */
export type NumberWords = 'alexa' | 'virtual-alexa';

/**
 * The generated Alexa model through virtual-alexa: each line is matched against the model's samples and slot values
 * (exact matching, a lower bound for Alexa's own NLU) and sent to a handler that records the intent and slots.
 * A line that matches no sample is what Alexa sends as AMAZON.FallbackIntent.
 *
 * virtual-alexa's `utter` also reads any line containing "ask", "tell", "open", "launch" or "talk to" as a request to
 * launch a skill and "exit" as the end of the session; inside an open session Alexa sends such lines to the skill, so
 * lines are matched with the model directly, as `utter` does after those checks, and sent with `intend`.
 */
export const alexaListener = (
  numberWords: NumberWords = 'alexa',
  modelFile: string = ALEXA_MODEL_FILE,
  /** The skill's reading of lines placed by their opening word only; null for the model alone, which understands none. */
  nlu: (() => Promise<Nlu>) | null = sharedLocalNlu,
): Listener => {
  const asAlexaReadsNumbers = <T>(run: () => T): T => {
    const restore = numberWords === 'alexa' ? alexaLikeNumbers() : () => undefined;
    try {
      return run();
    } finally {
      restore();
    }
  };
  let captured: CapturedRequest | null = null;
  const alexa = asAlexaReadsNumbers(() =>
    VirtualAlexa.Builder()
      // A Lambda-style handler that answers through its callback.
      .handler((request: CapturedRequest, _context: unknown, done: (error: null, result: unknown) => void) => {
        captured = request;
        done(null, { version: '1.0', response: { shouldEndSession: false, outputSpeech: { type: 'PlainText', text: 'ok' } } });
      })
      .interactionModelFile(modelFile)
      .create(),
  );
  const match = sampleMatcher(alexa);
  return async (text) => {
    captured = null;
    const matched = asAlexaReadsNumbers(() => match(text));
    if (!matched) return { intent: FALLBACK, slots: {} };
    await alexa.intend(matched.intent, matched.slots);
    const intent = (captured as CapturedRequest | null)?.request?.intent;
    if (!intent) return { intent: FALLBACK, slots: {} };
    // As the skill reads it: a line placed by its opening word only is read by the local NLU.
    const heard = await heardIntent(intent, nlu ?? undefined, quiet);
    return { intent: heard.name, slots: heard.slots };
  };
};

interface VirtualCoreUtterance {
  matched(): boolean;
  intent(): string;
  toJSON(): Record<string, string>;
}

/** virtual-alexa's own sample matcher (virtual-core's Utterance, which `utter` uses) over the skill's model. */
const sampleMatcher = (alexa: VirtualAlexa): ((text: string) => { intent: string; slots: Record<string, string> } | null) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require('virtual-core') as { Utterance: new (model: unknown, phrase: string) => VirtualCoreUtterance };
  // The model virtual-alexa built from the skill's file; its context holds it but does not declare it.
  const model = (alexa.context() as unknown as { interactionModel(): unknown }).interactionModel();
  return (text) => {
    const utterance = new core.Utterance(model, text);
    if (!utterance.matched()) return null;
    return { intent: utterance.intent(), slots: utterance.toJSON() };
  };
};

/**
 * Prints each NLU's score on the DEV split and the DEV split's misses (`--dev-misses`). The FINAL split is scored only
 * when asked (`--final`), at the end of a piece of work: its texts and misses are never printed.
 */
const main = async (): Promise<void> => {
  const withFinal = process.argv.includes('--final');
  const show = (outcome: Outcome): string => {
    const phrasing = HELD_OUT_PHRASINGS[outcome.index];
    if (!phrasing) return '';
    return `  ${JSON.stringify(phrasing.text)}: expected ${phrasing.intent} ${JSON.stringify(phrasing.slots ?? {})}, heard ${outcome.heard.intent} ${JSON.stringify(outcome.heard.slots)}`;
  };
  const runs: [string, Outcome[]][] = [
    ['local NLU', await measure(await localListener())],
    ['Alexa model (virtual-alexa)', await measure(alexaListener('alexa'))],
    ['Alexa model alone, without reading opening-word lines', await measure(alexaListener('alexa', ALEXA_MODEL_FILE, null))],
    ['Alexa model (virtual-alexa, its own number words)', await measure(alexaListener('virtual-alexa'))],
  ];
  for (const [name, outcomes] of runs) {
    console.log(withFinal ? scoreLine(name, outcomes) : `${name}: dev ${percent(score(outcomes, 'dev'))}`);
    if (process.argv.includes('--dev-misses')) {
      for (const outcome of outcomes.filter((o) => o.split === 'dev' && !o.understood)) console.log(show(outcome));
    }
  }
};

if (require.main === module) void main();
