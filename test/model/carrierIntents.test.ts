/**
 * The carrier-phrase intents of the Alexa model (src/model/carrierIntents.ts): a line Alexa's samples do not list is
 * still placed by the phrase it opens with, and the skill reads it in words. A certification reviewer reads them as
 * lines a user says: each has carrier words, none is a built-in intent's own word, and they are few.
 */
import { readFileSync } from 'node:fs';
import { ALEXA_LIMITS, FALLBACK_INTENT_SENSITIVITY, type AlexaInteractionModel } from '../../src/model/alexaModel';
import { FOLLOWING_WORDS_SLOT, FOLLOWING_WORDS_TYPE, lineOfCarrierIntent } from '../../src/model/carrierIntents';
import { languageOf } from '../../src/model/generatedFiles';
import { languageModelOf } from '../../src/model/languageModels';
import { interactionModelPath, SKILL_LOCALES } from '../../src/model/skillLocales';

/** What Alexa's own intents are said with, in each language: a carrier that is one of these would take their lines. */
const BUILT_IN_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['yes', 'yeah', 'yep', 'no', 'nope', 'stop', 'cancel', 'help', 'pause', 'resume', 'repeat', 'next', 'start over', 'home', 'okay', 'continue', 'wait', 'hold on', 'go'],
  es: ['sí', 'no', 'para', 'alto', 'detente', 'cancela', 'ayuda', 'pausa', 'espera', 'continúa', 'sigue', 'repite', 'siguiente', 'otra vez', 'inicio', 'ok', 'okey', 'dale', 'vamos', 'ya'],
};

describe.each(SKILL_LOCALES.map((locale) => [locale]))('%s', (locale) => {
  const model = (JSON.parse(readFileSync(interactionModelPath(locale), 'utf8')) as AlexaInteractionModel).interactionModel.languageModel;
  const carrying = model.intents.filter((intent) => intent.slots?.some((slot) => slot.type === FOLLOWING_WORDS_TYPE));
  const CARRIER_INTENTS = languageModelOf(languageOf(locale)).carrierIntents;

  test("at most 40 intents carry a search-query slot, and at least 40 of Alexa's 250 intents are free", () => {
    expect(carrying.length).toBeLessThanOrEqual(ALEXA_LIMITS.searchQueryIntents);
    expect(carrying.map((intent) => intent.name)).toEqual(CARRIER_INTENTS.map((intent) => intent.name));
    expect(model.intents.length).toBeLessThanOrEqual(ALEXA_LIMITS.intents - 40);
  });

  test('every sample of a carrier intent has carrier words around its one slot, and no other slot', () => {
    for (const intent of carrying) {
      expect(intent.slots).toEqual([{ name: FOLLOWING_WORDS_SLOT, type: FOLLOWING_WORDS_TYPE }]);
      for (const sample of intent.samples) {
        expect(sample.match(/\{[^}]*\}/g)).toEqual([`{${FOLLOWING_WORDS_SLOT}}`]);
        expect(sample.replace(`{${FOLLOWING_WORDS_SLOT}}`, '').trim()).not.toBe('');
      }
    }
  });

  test("no carrier is a built-in intent's own word, so no catch-all takes a yes, a stop or a pause from Alexa", () => {
    const carriers = carrying.flatMap((intent) => intent.samples.map((sample) => sample.replace(`{${FOLLOWING_WORDS_SLOT}}`, '').trim().toLowerCase()));
    expect(carriers.filter((carrier) => BUILT_IN_WORDS[languageOf(locale)]?.includes(carrier) ?? true)).toEqual([]);
  });

  test("they come after every other intent, so an exact matcher prefers the language model's own", () => {
    expect(model.intents.slice(-carrying.length)).toEqual(carrying);
  });

  test('the model says how readily Alexa gives up on a line: rarely, since the skill reads carrier lines itself', () => {
    expect(model.modelConfiguration).toEqual({ fallbackIntentSensitivity: { level: FALLBACK_INTENT_SENSITIVITY } });
    expect(FALLBACK_INTENT_SENSITIVITY).toBe('LOW');
  });

});

test('the skill puts the line back together: its carrier with the words Alexa heard', () => {
  expect(lineOfCarrierIntent('AskHowIntent', "much time's left")).toBe("how much time's left");
  expect(lineOfCarrierIntent('SayIAmIntent', 'on central time now')).toBe("I'm on central time now");
  expect(lineOfCarrierIntent('SayAfterFillerIntent', 'that was nine')).toBe('that was nine');
  expect(lineOfCarrierIntent('PreguntaComoIntent', 'voy')).toBe('cómo voy');
  expect(lineOfCarrierIntent('CountIntent', 'twelve')).toBeNull();
});

test('pain said after "stop" is a sample of the pain intent, so Alexa does not end the workout on it', () => {
  const model = (JSON.parse(readFileSync(interactionModelPath('en-US'), 'utf8')) as AlexaInteractionModel).interactionModel.languageModel;
  const samplesOf = (name: string): string[] => model.intents.find((intent) => intent.name === name)?.samples ?? [];
  for (const line of ['stop that hurts', 'stop it hurts', 'stop my {part} {complaint}']) {
    expect(samplesOf('PainIntent')).toContain(line);
    expect(samplesOf('AMAZON.StopIntent')).not.toContain(line);
  }
});
