import { existsSync } from 'node:fs';
import { FALLBACK_INTENT, type Nlu } from '../../src/nlu/nlu';
import { sharedNlu } from '../../src/nlu/sharedNlu';
import { numberWords, numberTable, MAX_NUMBER } from '../../src/languages/en/numbersHeard';
import { INTENTS } from '../../src/model/languageModel';
import { matches, paraphrases, table } from './nluCases';

let nlu: Nlu;

beforeAll(async () => {
  nlu = await sharedNlu();
});

describe('console NLU', () => {
  it.each(table)('understands "$text" as $intent', async (expected) => {
    const got = await nlu.understand(expected.text);
    expect({ text: expected.text, matches: matches(expected, got), got }).toEqual(
      expect.objectContaining({ matches: true }),
    );
  });

  it('generalises to wordings that are not in the language model', async () => {
    const results = await Promise.all(paraphrases.map(async (c) => matches(c, await nlu.understand(c.text))));
    const accuracy = results.filter(Boolean).length / results.length;
    expect(accuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('reads any line without failing: 1,000 random ones, odd characters, and words that name object properties', async () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const letters = "abcdefghijklmnopqrstuvwxyz0123456789 '-.,?!@#{}";
    const lines = ['constructor', '__proto__', 'hasownproperty', '\u0000', '😀 twelve', 'ñandú', '{count}', '@number', 'x'.repeat(300)];
    for (let i = 0; i < 1000; i++) lines.push(Array.from({ length: Math.floor(random() * 60) }, () => letters[Math.floor(random() * letters.length)]).join(''));
    const failures: string[] = [];
    for (const line of lines) {
      try {
        const { intent } = await nlu.understand(line);
        if (typeof intent !== 'string') failures.push(line);
      } catch {
        failures.push(line);
      }
    }
    expect(failures).toEqual([]);
  });

  it('reads "for" and "to" as words, not numbers', async () => {
    expect((await nlu.understand('I held it for 20 seconds')).slots).toEqual({ count: { value: '20' } });
    expect((await nlu.understand('I made it to 30')).slots).toEqual({ count: { value: '30' } });
    expect((await nlu.understand('I held it for seconds')).slots).toEqual({});
  });

  it('understands every sample phrase of the language model as its own intent', async () => {
    const misses: string[] = [];
    // The fallback intent's samples are lines about something else: the local NLU reads them as none of the intents (below).
    for (const intent of INTENTS.filter(({ name }) => name !== 'AMAZON.FallbackIntent')) {
      for (const sample of intent.samples) {
        const text = sample
          .replace('{count}', '12')
          .replace('{duration}', 'a minute and a half')
          .replace('{mistaken}', '21')
          .replace('{weight}', '25')
          .replace('{unit}', 'pounds')
          .replace('{side}', 'left')
          .replace('{previousSide}', 'right')
          .replace('{length}', 'five and a half hours')
          .replace('{minutes}', '60')
          .replace('{time}', 'seven in the morning')
          .replace('{part}', 'lower back')
          .replace('{complaint}', 'acting up')
          .replace('{zone}', 'central');
        const got = await nlu.understand(text);
        if (got.intent !== intent.name) misses.push(`${text} → ${got.intent} (expected ${intent.name})`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('names slots as the language model does', async () => {
    for (const intent of INTENTS) {
      for (const sample of intent.samples.filter((s) => s.includes('{'))) {
        const text = sample
          .replace('{count}', '12')
          .replace('{duration}', 'two minutes')
          .replace('{mistaken}', '21')
          .replace('{weight}', '25')
          .replace('{unit}', 'kilos')
          .replace('{side}', 'right')
          .replace('{previousSide}', 'left')
          .replace('{length}', 'two hours')
          .replace('{minutes}', '90')
          .replace('{time}', 'six thirty p.m.')
          .replace('{part}', 'elbow')
          .replace('{complaint}', 'killing me')
          .replace('{zone}', 'mountain');
        const got = await nlu.understand(text);
        const names = intent.slots.filter((s) => sample.includes(`{${s.name}}`)).map((s) => s.name);
        expect({ text, slots: Object.keys(got.slots).sort() }).toEqual({ text, slots: names.sort() });
      }
    }
  });

  it('finds a short question about a thing the coach never names to be about something else, and not one about the workout', async () => {
    for (const line of ["where's the closest truck wash", 'how much is the toll on this bridge', 'is the scale house open tonight', "what's the forecast for tomorrow"]) {
      expect({ line, understood: await nlu.understand(line) }).toEqual({ line, understood: expect.objectContaining({ intent: FALLBACK_INTENT }) });
    }
    for (const [line, intent] of [
      ['how many sets are left', 'TimeLeftIntent'],
      ["what's my weight", 'WhatWeightIntent'],
      ['how are my arms doing', 'ProgressIntent'],
    ] as const) {
      expect({ line, understood: await nlu.understand(line) }).toEqual({ line, understood: expect.objectContaining({ intent, aboutSomethingElse: false }) });
    }
  });

  it('weighs the words that say something, not "the" and "of", when it finds a line to be about something else', async () => {
    for (const line of ['a herd of elk out on the shoulder up there', 'my buddy is hauling a load of onions to the coast']) {
      expect({ line, understood: await nlu.understand(line) }).toEqual({ line, understood: expect.objectContaining({ aboutSomethingElse: true }) });
    }
    // A verb's form is the verb's word ("wanting" of "want", "getting" of "get").
    for (const line of ['my left shoulder is tight on the last couple', 'I did a set of them on the left', 'skip the rest of the carries for me', 'wanting to get my rows going pronto']) {
      expect({ line, understood: await nlu.understand(line) }).toEqual({ line, understood: expect.objectContaining({ aboutSomethingElse: false }) });
    }
  });

  it('treats an empty line as not understood', async () => {
    expect(await nlu.understand('   ')).toEqual(expect.objectContaining({ intent: FALLBACK_INTENT, slots: {}, score: 0 }));
  });

  it('writes no model file', () => {
    expect(existsSync('model.nlp')).toBe(false);
  });
});

describe('words the coach does not know, written as it knows them', () => {
  it.each([
    ['my knee is throbbin', 'my knee is throbbing', 'PainIntent'],
    ['im startin, prob 12 reps', "i'm starting, probably 12 reps", 'CountIntent'],
    ['nvm', 'never mind', 'AMAZON.CancelIntent'],
  ])('"%s" is read as "%s"', async (line, said, intent) => {
    const heard = await nlu.understand(line);
    expect(heard.said).toBe(said);
    expect(heard.intent).toBe(intent);
  });

  it('leaves words it knows, and words that only end like a clipped one, as they are', async () => {
    expect((await nlu.understand('again')).said).toBe('again');
    expect((await nlu.understand('the cabin is cold')).said).toBe('the cabin is cold');
  });
});

describe('number words', () => {
  it('spells numbers the ways people type them', () => {
    expect(numberWords(12)).toEqual(['twelve']);
    expect(numberWords(45)).toEqual(['forty five', 'forty-five', 'fourty five', 'fourty-five']);
    expect(numberWords(120)).toEqual(
      expect.arrayContaining(['one hundred and twenty', 'one hundred twenty', 'a hundred and twenty', 'a hundred twenty']),
    );
    expect(numberWords(200)).toEqual(['two hundred']);
  });

  it('covers every number from 0 to the maximum once, digits first', () => {
    const rows = numberTable();
    expect(rows).toHaveLength(MAX_NUMBER + 1);
    expect(rows.every((row, n) => row.value === String(n) && row.texts[0] === String(n))).toBe(true);
    const texts = rows.flatMap((r) => r.texts);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts).not.toEqual(expect.arrayContaining(['for']));
    expect(texts).not.toEqual(expect.arrayContaining(['to']));
  });
});
