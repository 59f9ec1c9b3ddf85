/** Every intent of the language model means its coach event on Alexa, through the one mapping next to the model. */
import type { Intent, Slot } from 'ask-sdk-model';
import { alexaSlots } from '../../src/alexa/intentEvents';
import { eventForIntentName } from '../../src/model/intentEvents';
import { INTENTS, ALEXA_ONLY_INTENTS } from '../../src/model/languageModel';
import { CARRIER_INTENTS } from '../../src/model/carrierIntents';
import { COUNT_WITH_COMMENT_INTENT } from '../../src/model/countComments';
import { HALF_WEIGHT_INTENT } from '../../src/model/halfWeights';
import { readFileSync } from 'node:fs';
import type { AlexaInteractionModel } from '../../src/model/alexaModel';
import { interactionModelPath } from '../../src/model/skillLocales';

/** The model as built (build output, written before the tests by test/globalSetup.mjs). */
const model = JSON.parse(readFileSync(interactionModelPath('en-US'), 'utf8')) as AlexaInteractionModel;

const REQUIRED_BUILT_INS = ['Yes', 'No', 'Stop', 'Cancel', 'Help', 'Fallback', 'Pause', 'Resume', 'Repeat', 'Next', 'StartOver', 'NavigateHome'].map(
  (name) => `AMAZON.${name}Intent`,
);

/** The event an Alexa intent means, through the one mapping; null for an intent the language model does not have. */
const eventOfIntent = (intent: Intent) => eventForIntentName(intent.name, alexaSlots(intent.slots));

const intent = (name: string, slots: Record<string, Partial<Slot>> = {}): Intent => ({
  name,
  confirmationStatus: 'NONE',
  slots: Object.fromEntries(Object.entries(slots).map(([slotName, slot]) => [slotName, { name: slotName, confirmationStatus: 'NONE', ...slot }])),
});

test('the generated Alexa model has exactly the intents of the language model, the weight spelled with each unit, a count with a comment, a weight with a half, and the carrier phrases', () => {
  const names = model.interactionModel.languageModel.intents.map((i) => i.name).sort();
  const carriers = CARRIER_INTENTS.map((i) => i.name);
  expect(names).toEqual([...INTENTS, ...ALEXA_ONLY_INTENTS].map((i) => i.name).concat(COUNT_WITH_COMMENT_INTENT, HALF_WEIGHT_INTENT, carriers).sort());
});

test('a weight said with its unit as a word carries that unit; a correction, a length of time and a count are numbers', () => {
  expect(eventOfIntent(intent('WeightInPoundsIntent', { weight: { value: '40' } }))).toEqual({ type: 'weight', value: 40, unit: 'lb' });
  expect(eventOfIntent(intent('WeightInKilogramsIntent', { weight: { value: 'twenty' } }))).toEqual({ type: 'weight', value: 20, unit: 'kg' });
  expect(eventOfIntent(intent('CorrectionIntent', { count: { value: '15' }, mistaken: { value: '50' } }))).toEqual({ type: 'correction', value: 15 });
  const minuteAndAHalf: Partial<Slot> = {
    value: 'a minute and a half',
    resolutions: { resolutionsPerAuthority: [{ authority: 'x', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id: 'PT1M30S', name: 'a minute and a half' } }] }] },
  };
  expect(eventOfIntent(intent('CountIntent', { duration: minuteAndAHalf }))).toEqual({ type: 'count', value: 90 });
  expect(eventOfIntent(intent('CountIntent', { duration: { value: 'two minutes and twelve seconds' } }))).toEqual({ type: 'count', value: 132 });
  expect(eventOfIntent(intent('DoneIntent'))).toEqual({ type: 'done' });
});

test('every built-in intent the skill must answer is in the language model', () => {
  for (const name of REQUIRED_BUILT_INS) expect(INTENTS.map((i) => i.name)).toContain(name);
});

test('each intent is the coach event the language model declares for it; an unknown intent is none', () => {
  for (const def of INTENTS) expect([def.name, eventOfIntent(intent(def.name))?.type]).toEqual([def.name, def.event]);
  expect(eventOfIntent(intent('BookAFlightIntent'))).toBeNull();
});

test('slot values become typed values: digits and words, canonical ids for units and sides', () => {
  expect(eventOfIntent(intent('CountIntent', { count: { value: '12' } }))).toEqual({ type: 'count', value: 12 });
  expect(eventOfIntent(intent('CountIntent', { count: { value: 'twelve' } }))).toEqual({ type: 'count', value: 12 });
  expect(eventOfIntent(intent('CountIntent', { count: { value: '?' } }))).toEqual({ type: 'count', value: null });
  expect(eventOfIntent(intent('CountIntent', { count: {} }))).toEqual({ type: 'count', value: null });
  expect(eventOfIntent(intent('WeightIntent', { weight: { value: '35' }, unit: { value: 'kilos' } }))).toEqual({ type: 'weight', value: 35, unit: 'kg' });
  expect(eventOfIntent(intent('SideIntent', { side: { value: 'left arm' } }))).toEqual({ type: 'side', side: 'left' });
  const resolved: Partial<Slot> = {
    value: 'lefty',
    resolutions: { resolutionsPerAuthority: [{ authority: 'x', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id: 'right', name: 'right' } }] }] },
  };
  expect(eventOfIntent(intent('SwitchWeakSideIntent', { side: resolved }))).toEqual({ type: 'switchWeakSide', side: 'right' });
  const noMatch: Partial<Slot> = { value: 'middle', resolutions: { resolutionsPerAuthority: [{ authority: 'x', status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] }] } };
  expect(eventOfIntent(intent('SideIntent', { side: noMatch }))).toEqual({ type: 'side', side: null });
});

test('a slot named like an Object.prototype member is not a slot', () => {
  expect(eventOfIntent(intent('CountIntent', { constructor: { value: '12' } }))).toEqual({ type: 'count', value: null });
});
