/**
 * A Spanish line as every host hands it to the coach (src/nlu/readLine.ts's heardInWords, in the conversation's
 * language), read by the local NLU the build saved (dist/understanding-es.nlu beside English's, trained there when it
 * is missing or stale), then by the coach at the question it asked. English lines read as before, and a line is read
 * in the conversation's language, not guessed from its words.
 */
import pino from 'pino';
import type { SpokenEvent } from '../../src/core/events';
import { readHeard } from '../../src/core/reading/readHeard';
import type { Language } from '../../src/languages/locales';
import { loadBuiltNlu } from '../../src/nlu/builtNlu';
import type { Nlu } from '../../src/nlu/nlu';
import { heardInWords } from '../../src/nlu/readLine';
import { heardOfRequest, parseWebhookRequest } from '../../src/dialogflow/webhook';
import { EXPECTING } from './heldOut/measure';
import type { AskedAt } from './heldOut/heldOutLine';

jest.setTimeout(300_000);

const quiet = pino({ level: 'silent' });
let nlu: Nlu;

beforeAll(async () => {
  nlu = (await loadBuiltNlu()).nlu;
});

const heardAt = async (at: AskedAt, line: string, language: Language): Promise<SpokenEvent> =>
  readHeard(await heardInWords(line, () => Promise.resolve(nlu), quiet, {}, undefined, language), EXPECTING[at]);

test.each<[AskedAt, string, SpokenEvent]>([
  ['count', 'hice doce', { type: 'count', value: 12 }],
  ['count', 'veinticinco', { type: 'count', value: 25 }],
  ['count', 'una docena', { type: 'count', value: 12 }],
  ['count', 'hice 15 repeticiones', { type: 'count', value: 15 }],
  ['count', 'me duele la espalda', { type: 'pain' }],
  ['go', 'me jalé algo en el hombro', { type: 'pain' }],
  ['yesNo', 'sí', { type: 'yes' }],
  ['yesNo', 'si', { type: 'yes' }],
  ['yesNo', 'no gracias', { type: 'no' }],
  ['units', 'en kilos', { type: 'units', unit: 'kg' }],
  ['units', 'libras', { type: 'units', unit: 'lb' }],
  ['weight', 'treinta libras', { type: 'weight', value: 30, unit: 'lb' }],
  ['weight', 'veintidós libras y media', { type: 'weight', value: 22.5, unit: 'lb' }],
  // A bare number, which the coach takes for the weight it asked.
  ['weight', 'quince y medio', { type: 'count', value: 15.5 }],
  // English mixed in: a line the Spanish snapshot does not understand is read in English too.
  ['menu', "let's start the workout", { type: 'startWorkout' }],
  ['side', 'el izquierdo', { type: 'side', side: 'left' }],
  ['menu', 'pon la radio', { type: 'fallback' }],
  // What typing writes short: "q" and "k" are "que".
  ['menu', 'q onda coach', { type: 'launch' }],
  ['count', 'k onda', { type: 'repeat' }],
  ['count', 'creo q fueron once', { type: 'count', value: 11 }],
])('at the %s question, the Spanish line "%s" is read by the Spanish snapshot', async (at, line, expected) => {
  expect(await heardAt(at, line, 'es')).toEqual(expected);
});

test.each<[AskedAt, string, SpokenEvent]>([
  ['count', 'I got twelve', { type: 'count', value: 12 }],
  ['count', 'my back is killing me', { type: 'pain' }],
  ['yesNo', 'yeah', { type: 'yes' }],
  ['units', 'kilograms', { type: 'units', unit: 'kg' }],
])('at the %s question, the English line "%s" is read as before', async (at, line, expected) => {
  expect(await heardAt(at, line, 'en')).toEqual(expected);
});

test('a line is read in the conversation\'s language: "hice doce" in an English conversation is no count', async () => {
  expect(await heardAt('count', 'hice doce', 'en')).not.toEqual({ type: 'count', value: 12 });
  expect(await heardAt('count', 'hice doce', 'es')).toEqual({ type: 'count', value: 12 });
});

test.each([
  ['es', { type: 'pain' }],
  ['es-MX', { type: 'pain' }],
  ['en', { type: 'fallback' }],
])('on Dialogflow, a line its agent did not match is read in the language of the request (%s)', async (languageCode, expected) => {
  const request = parseWebhookRequest({
    session: 'projects/p/agent/sessions/es-1',
    queryResult: { queryText: 'me duele la espalda', languageCode, intent: { displayName: 'Default Fallback Intent' } },
  });
  const heard = await heardOfRequest(request, () => Promise.resolve(nlu), quiet);
  expect(heard.type === 'heard' ? readHeard(heard, EXPECTING.count) : heard).toEqual(expected);
});
