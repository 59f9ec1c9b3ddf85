/**
 * The webhook in the driver's language, over real HTTP on loopback: Dialogflow's language code picks the coach's words
 * and the unit the first question offers. A Spanish-speaking driver is coached in Spanish, counted out loud in Spanish;
 * a Canadian is offered pounds, a British driver kilograms, and a language the coach does not speak gets English.
 */
import { DialogflowClient } from '../../support/dialogflowClient';
import { startTestServer, type TestServer } from '../../support/testServer';

let server: TestServer;
let sessions = 0;

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

const driver = (languageCode: string) => new DialogflowClient({ url: server.url, session: `locale-${++sessions}`, languageCode });

/**
 * An intent the agent matched, sent without the driver's words: Spanish lines are the agent's to understand, and the
 * webhook's second reading of a line (the local NLU, the reading rules) reads English only for now.
 */
const matched = (df: DialogflowClient, intent: string, parameters: Parameters<DialogflowClient['intent']>[1] = {}) => df.intent(intent, parameters, '');

const stored = (df: DialogflowClient) => server.store.get(`dialogflow:session:${df.sessionPath.split('/').pop()}`);

test('es-US: first use in Spanish, weights in pounds', async () => {
  const df = driver('es-US');
  const welcome = await df.welcome();
  expect(welcome.text).toMatch(/^Bienvenido a Back Coach\./);
  expect(welcome.text).toContain('no es consejo médico');
  expect(welcome.text).toMatch(/¿Te cuento las pesas en libras\? Di sí, o di kilos\.$/);
  expect(welcome.cards[0]?.title).toBe('Back Coach: aviso de seguridad');
  expect(welcome.cards[0]?.text.join(' ')).toContain('Nunca hagas ejercicio mientras el vehículo pueda estar en movimiento.');
  const units = await matched(df, 'YesIntent', {});
  expect(units.text).toMatch(/^(Muy bien, en libras\.|Entendido, libras\.) ¿Qué lado sientes más débil, el izquierdo o el derecho\?$/);
  const side = await matched(df, 'SideIntent', { side: 'left' });
  expect(side.text).toContain('de 40 a 50 libras para la mayoría de los hombres');
  expect(await stored(df)).toMatchObject({ units: 'lb', weakSide: 'left' });
});

test('es-MX: first use asks in kilos', async () => {
  const df = driver('es-MX');
  const welcome = await df.welcome();
  expect(welcome.text).toMatch(/¿Te cuento las pesas en kilos\? Di sí, o di libras\.$/);
  await matched(df, 'YesIntent', {});
  const side = await matched(df, 'SideIntent', { side: 'right' });
  expect(side.text).toContain('de 18 a 22 kilos para la mayoría de los hombres');
  expect(await stored(df)).toMatchObject({ units: 'kg', weakSide: 'right' });
});

test("es (Dialogflow's bare Spanish): the baseline test and a workout set in Spanish, the strong side counted out loud in Spanish", async () => {
  const df = driver('es');
  await df.welcome();
  await matched(df, 'YesIntent', {});
  await matched(df, 'SideIntent', { side: 'left' });
  expect((await matched(df, 'WeightIntent', { weight: 10, unit: 'kg' })).text).toMatch(/^10 kilos\. Remo a una mano, lado izquierdo/);
  await matched(df, 'ReadyIntent', {});
  expect((await matched(df, 'CountIntent', { count: 10 })).text).toMatch(/^10 del lado izquierdo\./);
  const result = await matched(df, 'CountIntent', { count: 13 });
  expect(result.text).toContain('Izquierdo 10, derecho 13. Es una diferencia de 3 repeticiones, 23 por ciento.');
  expect(result.text).toMatch(/¿Quieres empezar tu primer entrenamiento ahora\?$/);
  const plan = await matched(df, 'YesIntent', {});
  expect(plan.text).toMatch(/^Hoy toca: tres series de remo a una mano, luego una serie extra para tu lado débil, dos series de jalones con banda y dos rondas de caminatas de maleta\./);
  await matched(df, 'ReadyIntent', {});
  const set = await matched(df, 'CountIntent', { count: 12 });
  expect(set.text).toContain('Ahora tu lado derecho: exactamente 12 repeticiones, y paras, aunque puedas hacer más. Yo cuento.');
  expect(set.text).toMatch(/uno dos tres cuatro cinco seis siete ocho nueve diez once doce Para\. Son 12\./);
  expect(set.ssml).toMatch(/uno <break time="\d+ms"\/> dos <break/);
  expect(set.text).toMatch(/Descansa \d+ segundos\./);
  expect(set.text).not.toMatch(/\b(one|two|Stop|Rest)\b/);
});

test.each([
  ['en-CA', 'pounds', 'kilograms'],
  ['en-GB', 'kilograms', 'pounds'],
  ['en-AU', 'kilograms', 'pounds'],
  ['de-DE', 'kilograms', 'pounds'],
])('%s: the first question offers %s, in English', async (languageCode, unit, other) => {
  const df = driver(languageCode);
  expect((await df.welcome()).text).toMatch(new RegExp(`^Welcome to Back Coach\\..*Should I count your weights in ${unit}\\? Say yes, or say ${other}\\.$`));
  await matched(df, 'YesIntent', {});
  expect(await stored(df)).toMatchObject({ units: unit === 'pounds' ? 'lb' : 'kg' });
});
