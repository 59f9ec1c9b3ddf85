/**
 * A statistical stand-in for a platform's own NLU (Alexa's, Dialogflow's), for measuring a model nobody here can run
 * against the real service: a classifier trained only on the platform model's own samples, each sample taught twice,
 * with its slots filled by values of their types (numbers as words, custom values by their synonyms,
 * AMAZON.SearchQuery by varied phrases, in the model's language: ./standInLanguages.ts) and with each typed slot as a mark of its type, as a platform's NLU knows a
 * number or a listed value wherever it is said. A line is read as said and with the values it names marked, and the
 * better reading wins; a slot filler then aligns the line with the chosen intent's samples, as a platform labels the
 * words between its carrier words. It knows nothing the platform model does not say: not the language model, not the
 * local NLU.
 *
 * The classifier is a plain one, written here so that it is understood: a line said exactly as a sample is that
 * sample's intent, as on both platforms; any other goes to a softmax regression over its words and word pairs
 * (./softmaxClassifier.ts), and below `threshold` to the fallback intent. The fallback intent's own samples, lines about
 * something else, are learned as any intent's are, as they teach Alexa's out-of-domain model and are Dialogflow's
 * negative examples.
 *
 * It is a stand-in, not Alexa: Alexa's NLU is larger, knows English beyond the samples and hears speech, not text.
 * What it shows is whether the model's samples teach a statistical learner the lines drivers say.
 */
import type { Language } from '../../../src/languages/locales';
import { trainSoftmax } from './softmaxClassifier';
import { STAND_IN_LANGUAGES, type StandInLanguage } from './standInLanguages';

export interface StandInSlotValue {
  id: string;
  synonyms: readonly string[];
}

export interface StandInIntent {
  name: string;
  /** Slot name → slot type ("AMAZON.NUMBER", "AMAZON.SearchQuery", or a custom type). */
  slots: Readonly<Record<string, string>>;
  /** Samples with `{slot}` references. */
  samples: readonly string[];
}

export interface StandInModel {
  intents: readonly StandInIntent[];
  /** The values of each custom slot type. */
  values: Readonly<Record<string, readonly StandInSlotValue[]>>;
  /** The intent a line goes to when no intent scores `threshold`. */
  fallbackIntent: string;
  /** Below this classifier score a line is not placed. */
  threshold: number;
  /** The language of the model's samples (./standInLanguages.ts). */
  language: Language;
}

export interface StandInSlot {
  /** What the platform sends: digits for a number, the words heard otherwise. */
  value: string;
  /** The canonical id of a custom value, when the words are one of its synonyms. */
  id?: string;
}

export interface StandInHeard {
  intent: string;
  slots: Record<string, StandInSlot>;
}

const NUMBER = 'AMAZON.NUMBER';
const SEARCH_QUERY = 'AMAZON.SearchQuery';

/** How a typed slot is written in a sample taught as marks: one made-up word per type. */
const markOf = (type: string): string => `slot${type.replace(/[^A-Za-z]/g, '').toLowerCase()}`;

/** A sample as literal words and slot references. */
type Token = { word: string } | { slot: string };

const tokensOf = (sample: string, wordsOf: StandInLanguage['wordsOf']): Token[] =>
  sample
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((part): Token[] => {
      const slot = /^\{(\w+)\}$/.exec(part);
      return slot?.[1] ? [{ slot: slot[1] }] : wordsOf(part).map((word) => ({ word }));
    });

/** At most `size` items, evenly spread over the list. */
const spread = <T>(items: readonly T[], size: number): T[] =>
  items.length <= size ? [...items] : Array.from({ length: size }, (_, i) => items[Math.floor((i * items.length) / size)] as T);

export interface StandIn {
  hear(line: string): StandInHeard;
  trainingMs: number;
}

export const trainStandIn = (model: StandInModel, samplesPerIntent = 250): StandIn => {
  const started = performance.now();
  const language = STAND_IN_LANGUAGES[model.language];
  const { wordsOf } = language;
  const documents: { text: string; label: string }[] = [];

  let turn = 0;
  const fill = (intent: StandInIntent, sample: string): string =>
    sample.replace(/\{(\w+)\}/g, (_, name: string) => {
      turn += 1;
      const type = intent.slots[name];
      if (type === NUMBER) return language.numberFills[turn % language.numberFills.length] ?? 'ten';
      if (type === SEARCH_QUERY) return language.phraseFills[turn % language.phraseFills.length] ?? 'something';
      const synonyms = (model.values[type ?? ''] ?? []).flatMap((value) => value.synonyms);
      return synonyms[turn % Math.max(1, synonyms.length)] ?? name;
    });
  const marked = (intent: StandInIntent, sample: string): string =>
    sample.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const type = intent.slots[name];
      return type === undefined || type === SEARCH_QUERY ? fill(intent, whole) : markOf(type);
    });
  /** A line said exactly as a sample, with its values or with their marks: the sample's intent. */
  const exact = new Map<string, string>();
  for (const intent of model.intents) {
    for (const sample of intent.samples) {
      const markedWords = wordsOf(marked(intent, sample)).join(' ');
      if (!exact.has(markedWords)) exact.set(markedWords, intent.name);
    }
    for (const sample of spread(intent.samples, samplesPerIntent)) {
      documents.push({ text: wordsOf(fill(intent, sample)).join(' '), label: intent.name });
      if (/\{\w+\}/.test(sample)) documents.push({ text: wordsOf(marked(intent, sample)).join(' '), label: intent.name });
    }
  }
  const classifier = trainSoftmax(documents);

  const byName = new Map(model.intents.map((intent) => [intent.name, intent]));
  const tokenized = new Map(model.intents.map((intent) => [intent.name, intent.samples.map((sample) => tokensOf(sample, wordsOf))]));
  const synonymsOf = (type: string): Map<string, string> =>
    new Map((model.values[type] ?? []).flatMap((value) => value.synonyms.map((synonym) => [wordsOf(synonym).join(' '), value.id] as const)));
  const synonymIndex = new Map(Object.keys(model.values).map((type) => [type, synonymsOf(type)]));

  /** How well a stretch of words fits a slot of the type: 0 for a value of the type, 1 for words it may take, Infinity for none. */
  const slotCost = (type: string, span: readonly string[]): number => {
    if (type === SEARCH_QUERY) return 0;
    const text = span.join(' ');
    if (type === NUMBER) return language.isNumber(span) ? 0 : Infinity;
    return synonymIndex.get(type)?.has(text) ? 0 : span.length <= 3 ? 1 + span.length : Infinity;
  };

  /** The slot values of the sample that fits the line best: carrier words matched, the words between them in the slots. */
  const fillSlots = (intent: StandInIntent, line: readonly string[]): Record<string, StandInSlot> => {
    const samples = tokenized.get(intent.name) ?? [];
    const lineWords = new Set(line);
    const overlap = (tokens: readonly Token[]): number => tokens.filter((t) => 'word' in t && lineWords.has(t.word)).length - tokens.length * 0.01;
    const candidates = [...samples].sort((a, b) => overlap(b) - overlap(a)).slice(0, 60);
    let best: { cost: number; spans: Record<string, string[]> } | null = null;
    for (const tokens of candidates) {
      // cost[i][j]: the cheapest way to read line[i..] as tokens[j..].
      const memo = new Map<string, { cost: number; spans: Record<string, string[]> }>();
      const align = (i: number, j: number): { cost: number; spans: Record<string, string[]> } => {
        const key = `${i},${j}`;
        const known = memo.get(key);
        if (known) return known;
        let result: { cost: number; spans: Record<string, string[]> } = { cost: Infinity, spans: {} };
        const keep = (cost: number, spans: Record<string, string[]>): void => {
          if (cost < result.cost) result = { cost, spans };
        };
        if (i === line.length && j === tokens.length) result = { cost: 0, spans: {} };
        else {
          const token = tokens[j];
          if (token && 'word' in token) {
            if (line[i] === token.word) {
              const rest = align(i + 1, j + 1);
              keep(rest.cost, rest.spans);
            }
            const skipped = align(i, j + 1);
            keep(skipped.cost + 1, skipped.spans);
          } else if (token) {
            const type = intent.slots[token.slot] ?? SEARCH_QUERY;
            for (let end = i + 1; end <= Math.min(line.length, i + 8); end++) {
              const span = line.slice(i, end);
              const cost = slotCost(type, span);
              if (cost === Infinity) continue;
              const rest = align(end, j + 1);
              keep(rest.cost + cost, { ...rest.spans, [token.slot]: span });
            }
            const missing = align(i, j + 1);
            keep(missing.cost + 2, missing.spans);
          }
          if (i < line.length) {
            const extra = align(i + 1, j);
            keep(extra.cost + 1, extra.spans);
          }
        }
        memo.set(key, result);
        return result;
      };
      const aligned = align(0, 0);
      if (!best || aligned.cost < best.cost) best = aligned;
    }
    const slots: Record<string, StandInSlot> = {};
    for (const [name, span] of Object.entries(best?.spans ?? {})) {
      const type = intent.slots[name] ?? SEARCH_QUERY;
      const text = span.join(' ');
      if (type === NUMBER) slots[name] = { value: String(language.numberOf(text) ?? '?') };
      else if (type === SEARCH_QUERY) slots[name] = { value: text };
      else {
        const id = synonymIndex.get(type)?.get(text);
        slots[name] = id ? { value: text, id } : { value: text };
      }
    }
    return slots;
  };

  /** The line with each value a slot type knows replaced by its type's mark, longest values first. */
  const withMarks = (words: readonly string[]): string => {
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      let taken = 0;
      let mark = '';
      for (const [type, synonyms] of synonymIndex) {
        for (let end = words.length; end > i + taken; end--) {
          if (synonyms.has(words.slice(i, end).join(' '))) {
            taken = end - i;
            mark = markOf(type);
            break;
          }
        }
      }
      const numberEnd = language.numberEnd(words, i);
      if (numberEnd - i > taken) {
        taken = numberEnd - i;
        mark = markOf(NUMBER);
      }
      if (taken === 0) out.push(words[i++] ?? '');
      else {
        out.push(mark);
        i += taken;
      }
    }
    return out.join(' ');
  };

  return {
    trainingMs: performance.now() - started,
    hear(line) {
      const words = wordsOf(line);
      const readings = [words.join(' '), withMarks(words)];
      const exactly = readings.map((reading) => exact.get(reading)).find((name) => name !== undefined);
      const classified = exactly
        ? { label: exactly, score: 1 }
        : readings.map((reading) => classifier.classify(reading)).reduce((best, reading) => (reading.score > best.score ? reading : best));
      const intent = byName.get(classified.label);
      if (!intent || classified.score < model.threshold) return { intent: model.fallbackIntent, slots: {} };
      return { intent: intent.name, slots: fillSlots(intent, words) };
    },
  };
};
