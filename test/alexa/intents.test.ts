/** Every intent of the language model has a handler, and every handler an intent. */
import { INTENT_EVENTS } from '../../src/alexa/intentEvents';
import { INTENTS } from '../../src/model/languageModel';
import model from '../../skill-package/interactionModels/custom/en-US.json';

const REQUIRED_BUILT_INS = ['Yes', 'No', 'Stop', 'Cancel', 'Help', 'Fallback', 'Pause', 'Resume', 'Repeat', 'Next', 'StartOver', 'NavigateHome'].map(
  (name) => `AMAZON.${name}Intent`,
);

test('the handler table and the language model name the same intents', () => {
  expect(Object.keys(INTENT_EVENTS).sort()).toEqual(INTENTS.map((i) => i.name).sort());
});

test('the generated Alexa model has exactly the intents that have handlers', () => {
  const names = model.interactionModel.languageModel.intents.map((i: { name: string }) => i.name).sort();
  expect(names).toEqual(Object.keys(INTENT_EVENTS).sort());
});

test('every built-in intent the skill must answer is handled', () => {
  for (const name of REQUIRED_BUILT_INS) expect(INTENT_EVENTS).toHaveProperty([name]);
});

test('each handler produces the coach event the language model declares for its intent', () => {
  for (const intent of INTENTS) expect([intent.name, INTENT_EVENTS[intent.name](undefined).type]).toEqual([intent.name, intent.event]);
});

test('slot values become typed values: digits and words, canonical ids for units and sides', () => {
  const slot = (name: string, value: string) => ({ [name]: { name, value, confirmationStatus: 'NONE' as const } });
  expect(INTENT_EVENTS.CountIntent(slot('count', '12'))).toEqual({ type: 'count', value: 12 });
  expect(INTENT_EVENTS.CountIntent(slot('count', 'twelve'))).toEqual({ type: 'count', value: 12 });
  expect(INTENT_EVENTS.CountIntent(slot('count', '?'))).toEqual({ type: 'count', value: null });
  expect(INTENT_EVENTS.WeightIntent({ ...slot('weight', '35'), ...slot('unit', 'kilos') })).toEqual({ type: 'weight', value: 35, unit: 'kg' });
  expect(INTENT_EVENTS.SideIntent(slot('side', 'left arm'))).toEqual({ type: 'side', side: 'left' });
  const resolved = {
    side: {
      name: 'side',
      value: 'lefty',
      confirmationStatus: 'NONE' as const,
      resolutions: { resolutionsPerAuthority: [{ authority: 'x', status: { code: 'ER_SUCCESS_MATCH' as const }, values: [{ value: { id: 'right', name: 'right' } }] }] },
    },
  };
  expect(INTENT_EVENTS.SwitchWeakSideIntent(resolved)).toEqual({ type: 'switchWeakSide', side: 'right' });
});
