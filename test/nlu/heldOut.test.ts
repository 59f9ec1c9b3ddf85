/**
 * The held-out driver phrasings (written without looking at the samples) understood by the local NLU and by the
 * skill on Alexa: the generated Alexa interaction model through virtual-alexa, with the lines it places by their
 * opening word only read as the skill reads them, by the local NLU (src/alexa/heardIntent.ts). Scored on the whole
 * set and on each split; see ./heldOutMeasure.ts for how a phrasing counts as understood and how the set is split.
 *
 * The target is 95% for each. virtual-alexa is an exact matcher, a low bound for Alexa's own NLU: a line is heard only
 * when a sample lists it whole or its first word is one of the opening words. `npm run measure:alexa-nlu` measures
 * Alexa's own NLU through the deployed skill's utterance profiler.
 */
import { HELD_OUT_PHRASINGS } from './heldOutPhrasings';
import { ALEXA_MODEL_FILE, alexaListener, localListener, measure, score, scoreLine, type Outcome } from './heldOutMeasure';

const TARGET = 0.95;
const percent = (share: number): string => `${Math.round(share * 100)}%`;

let local: Outcome[];
let alexa: Outcome[];

beforeAll(async () => {
  local = await measure(await localListener());
  alexa = await measure(alexaListener('alexa'));
  const alone = await measure(alexaListener('alexa', ALEXA_MODEL_FILE, null));
  console.log([scoreLine('local NLU', local), scoreLine('Alexa (virtual-alexa)', alexa), scoreLine('Alexa model alone', alone)].join('\n'));
}, 120_000);

test('the set is large enough to measure, and each NLU heard every phrasing', () => {
  expect(HELD_OUT_PHRASINGS.length).toBeGreaterThanOrEqual(150);
  expect(local).toHaveLength(HELD_OUT_PHRASINGS.length);
  expect(alexa).toHaveLength(HELD_OUT_PHRASINGS.length);
});

test(`target: the local NLU understands at least ${percent(TARGET)} of the held-out phrasings`, () => {
  expect(score(local).share).toBeGreaterThanOrEqual(TARGET);
});

test(`target: on Alexa (through virtual-alexa), the skill understands at least ${percent(TARGET)} of the held-out phrasings`, () => {
  expect(score(alexa).share).toBeGreaterThanOrEqual(TARGET);
});
