/**
 * The opening-word intents of the Alexa model (src/model/openingWords.ts): a line Alexa's samples do not place is still
 * placed by its first word, and the skill reads it with the local NLU.
 */
import { readFileSync } from 'node:fs';
import { ALEXA_LIMITS, type AlexaInteractionModel } from '../../src/model/alexaModel';
import { INTENTS } from '../../src/model/languageModel';
import { FOLLOWING_WORDS_SLOT, FOLLOWING_WORDS_TYPE, LEADING_FILLERS, OPENING_WORDS, openingWordIntents, openingWordOf } from '../../src/model/openingWords';
import { numberTable } from '../../src/core/numberWords';

const model = (JSON.parse(readFileSync('skill-package/interactionModels/custom/en-US.json', 'utf8')) as AlexaInteractionModel).interactionModel
  .languageModel;
const opening = model.intents.filter((intent) => openingWordOf(intent.name) !== null);

test('every opening word has one intent in the model, and the fillers one together, after every intent of the language model', () => {
  const intents = openingWordIntents();
  expect(opening.map((intent) => intent.name)).toEqual(intents.map((intent) => intent.name));
  expect(intents.filter((intent) => intent.said !== '').map((intent) => intent.said)).toEqual(OPENING_WORDS);
  expect(intents.find((intent) => intent.said === '')?.openers).toEqual(LEADING_FILLERS);
  expect(model.intents.slice(-opening.length)).toEqual(opening);
  expect(model.intents.length).toBeLessThanOrEqual(ALEXA_LIMITS.intents);
});

test('each says its words, then anything, in a search-query slot and nothing else (Alexa wants words before such a slot)', () => {
  for (const [index, intent] of opening.entries()) {
    const openers = openingWordIntents()[index]?.openers ?? [];
    expect(intent.slots).toEqual([{ name: FOLLOWING_WORDS_SLOT, type: FOLLOWING_WORDS_TYPE }]);
    expect(intent.samples).toEqual(openers.map((opener) => `${opener} {${FOLLOWING_WORDS_SLOT}}`));
    expect(intent.name).toMatch(/^[A-Za-z][A-Za-z_]*$/);
  }
  expect(new Set(opening.map((intent) => intent.name)).size).toBe(opening.length);
  expect(new Set(opening.flatMap((intent) => intent.samples)).size).toBe(OPENING_WORDS.length + LEADING_FILLERS.length);
});

test('the skill puts the opening word back before what followed, and nothing after a filler', () => {
  expect(openingWordOf('OpensWith_i_m')).toBe("i'm");
  expect(openingWordOf('OpensWithFiller')).toBe('');
  expect(openingWordOf('CountIntent')).toBeNull();
});

test("the list keeps up with the language model: the 100 words its samples most often start with are opening words", () => {
  const counts = new Map<string, number>();
  for (const intent of INTENTS) {
    for (const sample of intent.samples) {
      const first = sample.split(' ')[0]?.toLowerCase() ?? '';
      if (!first.startsWith('{')) counts.set(first, (counts.get(first) ?? 0) + 1);
    }
  }
  const commonest = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 100).map(([word]) => word);
  expect(commonest.filter((word) => !OPENING_WORDS.includes(word) && !LEADING_FILLERS.includes(word))).toEqual([]);
});

test('no count is an opening word: "twelve" stays with the count intent and its number slot', () => {
  const numberWords = new Set(numberTable().flatMap(({ texts }) => texts));
  expect(OPENING_WORDS.filter((word) => numberWords.has(word))).toEqual([]);
});
