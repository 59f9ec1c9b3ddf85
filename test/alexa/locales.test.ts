/**
 * The skill in each locale it is published in, through that locale's interaction model and the built bundle: the same
 * first use and baseline test, with weights in pounds in the US and Canada (and for es-US) and kilograms elsewhere,
 * dates in the locale's own order, and the words that differ (a kilogram example, a British lorry); in Spanish for
 * es-US and es-MX, said to the Spanish model.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { languageOf } from '../../src/model/generatedFiles';
import { SKILL_LOCALES } from '../../src/model/skillLocales';
import { AlexaDriver } from '../../support/reminderDriver';
import { onboardAndTest, Transcript, useDataDir } from './transcript';

const dataDir = useDataDir();
const MONDAY = '2024-05-06T14:00:00Z'; // 9:00 in Chicago; the retest is 30 days later, Wednesday June 5

const ENGLISH_LOCALES = SKILL_LOCALES.filter((locale) => languageOf(locale) === 'en');
const SPANISH_LOCALES = SKILL_LOCALES.filter((locale) => languageOf(locale) === 'es');

const EXPECTED = {
  'en-US': { unit: 'pounds', other: 'kilograms', stored: 'lb', weight: 'pounds', suggested: '40 to 50 pounds for most men, 20 to 25 for most women', retest: 'Wednesday, June 5', why: 'adding 20 pounds' },
  'en-CA': { unit: 'pounds', other: 'kilograms', stored: 'lb', weight: 'pounds', suggested: '40 to 50 pounds for most men, 20 to 25 for most women', retest: 'Wednesday, June 5', why: 'adding 20 pounds' },
  'en-GB': { unit: 'kilograms', other: 'pounds', stored: 'kg', weight: 'kilos', suggested: '18 to 22 kilograms for most men, 9 to 11 for most women', retest: 'Wednesday 5 June', why: 'adding 10 kilos' },
  'en-AU': { unit: 'kilograms', other: 'pounds', stored: 'kg', weight: 'kilos', suggested: '18 to 22 kilograms for most men, 9 to 11 for most women', retest: 'Wednesday 5 June', why: 'adding 10 kilos' },
  'en-IN': { unit: 'kilograms', other: 'pounds', stored: 'kg', weight: 'kilos', suggested: '18 to 22 kilograms for most men, 9 to 11 for most women', retest: 'Wednesday, 5 June', why: 'adding 10 kilos' },
} as const;

let t: Transcript;
afterEach(async () => {
  await t?.close();
});

test('every published locale is covered here', () => {
  expect([...Object.keys(EXPECTED), ...Object.keys(EXPECTED_IN_SPANISH)].sort()).toEqual([...SKILL_LOCALES].sort());
});

test.each(ENGLISH_LOCALES.map((locale) => [locale]))('%s: first use and the baseline test', async (locale) => {
  const expected = EXPECTED[locale as keyof typeof EXPECTED];
  t = await Transcript.start(dataDir, MONDAY, 'America/Chicago', locale);
  expect((await t.launch()).text).toMatch(new RegExp(`Should I count your weights in ${expected.unit}\\? Say yes, or say ${expected.other}\\.$`));
  expect((await t.say('yes')).text).toMatch(new RegExp(`^Okay, ${expected.unit} it is\\.`));
  expect((await t.say('my left side')).text).toContain(expected.suggested);
  expect((await t.say('20')).text).toMatch(new RegExp(`^20 ${expected.weight}\\.`));
  await t.say('go');
  expect((await t.say('I got nine')).text).toMatch(/^9 on the left\./);
  const result = await t.say('thirteen reps');
  expect(result.text).toMatch(/Left 9, right 13\. That's a gap of 4 reps, 31 percent\./);
  expect(result.text).toContain(`Your retest is on ${expected.retest}.`);
  expect((await t.say('why one side')).text).toContain(expected.why);
  const stored = await t.stored();
  expect(stored).toMatchObject({ units: expected.stored, weakSide: 'left', tests: [{ weakReps: 9, strongReps: 13, weight: 20, unit: expected.stored }] });
});

const EXPECTED_IN_SPANISH = {
  'es-US': { zone: 'America/Chicago', unit: 'libras', other: 'kilos', stored: 'lb', suggested: 'de 40 a 50 libras para la mayoría de los hombres' },
  'es-MX': { zone: 'America/Mexico_City', unit: 'kilos', other: 'libras', stored: 'kg', suggested: 'de 18 a 22 kilos para la mayoría de los hombres' },
} as const;

test.each(SPANISH_LOCALES.map((locale) => [locale]))('%s: first use and the baseline test, said in Spanish to the Spanish model', async (locale) => {
  const expected = EXPECTED_IN_SPANISH[locale as keyof typeof EXPECTED_IN_SPANISH];
  t = await Transcript.start(dataDir, MONDAY, expected.zone, locale);
  const welcome = await t.launch();
  expect(welcome.text).toMatch(/^Bienvenido a Back Coach\./);
  expect(welcome.text).toMatch(new RegExp(`¿Te cuento las pesas en ${expected.unit}\\? Di sí, o di ${expected.other}\\.$`));
  expect((await t.say('sí')).text).toMatch(new RegExp(`^Muy bien, en ${expected.unit}\\.`));
  expect((await t.say('mi lado izquierdo')).text).toContain(expected.suggested);
  expect((await t.say('20')).text).toMatch(new RegExp(`^20 ${expected.unit}\\. .*Di ya cuando tengas la mancuerna`));
  // "Ya", as the coach asks; Alexa hears a number said in Spanish as digits.
  expect((await t.say('ya')).text).not.toMatch(/Di ya cuando/);
  expect((await t.say('hice 9')).text).toMatch(/^9 del lado izquierdo\./);
  const result = await t.say('13 repeticiones');
  expect(result.text).toMatch(/Izquierdo 9, derecho 13\. Es una diferencia de 4 repeticiones, 31 por ciento\./);
  expect(result.text).toContain('Tu prueba de control es el miércoles, 5 de junio.');
  expect((await t.say('por qué un solo lado')).text).not.toMatch(/no te entendí/);
  expect(await t.stored()).toMatchObject({ units: expected.stored, weakSide: 'left', tests: [{ weakReps: 9, strongReps: 13, weight: 20, unit: expected.stored }] });
});

test('es-MX: a whole workout said in Spanish, from the offer to the goodbye, counted out loud in Spanish', async () => {
  t = await Transcript.start(dataDir, MONDAY, 'America/Mexico_City', 'es-MX');
  await t.launch();
  for (const line of ['sí', 'mi lado izquierdo', '20', 'ya', 'hice 9', '13 repeticiones']) await t.say(line);
  expect((await t.say('sí')).text).toMatch(/Serie 1 de 3: remo a una mano con mancuerna, 20 kilos, primero el lado izquierdo\..*Di ya cuando estés listo\.$/);
  expect((await t.say('ya')).text).toMatch(/¿Cuántas repeticiones hiciste con el lado izquierdo\?$/);
  expect((await t.say('hice 10')).text).toMatch(/^10 del lado izquierdo\. Ahora tu lado derecho: exactamente 10 repeticiones.*uno dos tres cuatro cinco seis siete ocho nueve diez Para\. Son 10\./);
  await t.say('11 repeticiones');
  expect((await t.say('12')).text).toMatch(/Serie final: solo tu lado izquierdo/);
  expect((await t.say('9')).text).toMatch(/^9 en la serie final\..*jalones con banda/);
  await t.say('12');
  expect((await t.say('12')).text).toMatch(/¿Cuántos segundos .*izquierd/);
  expect((await t.say('lo aguanté 20 segundos')).text).toMatch(/^20 segundos del lado izquierdo\./);
  const done = await t.say('18 segundos');
  expect(done.endSession).toBe(true);
  expect(done.text).toMatch(/Terminamos el entrenamiento\. Remos de hoy: 10, 11 y 12\..*tu próximo entrenamiento puede ser el miércoles\./);
  const workout = (await t.stored())?.workouts[0];
  expect(workout?.completed).toBe(true);
  expect(workout?.finisherReps).toBe(9);
  expect(workout?.sets.map((set) => `${set.exercise}${set.set}:${set.weak}/${set.strong}`)).toEqual(['row1:10/10', 'row2:11/11', 'row3:12/12', 'pulldown1:12/12', 'pulldown2:12/12', 'carry1:20/20', 'carry2:18/18']);
});

test.each(SPANISH_LOCALES.map((locale) => [locale]))('%s: a line Alexa places by its Spanish carrier is read by the rules in Spanish', async (locale) => {
  const expected = EXPECTED_IN_SPANISH[locale as keyof typeof EXPECTED_IN_SPANISH];
  t = await Transcript.start(dataDir, MONDAY, expected.zone, locale);
  await t.launch();
  for (const line of ['sí', 'mi lado izquierdo', '20', 'ya']) await t.say(line);
  // After "pues", only what follows counts: two numbers with a correction between them mean the last.
  expect((await t.intend('DigoTrasMuletillaIntent', { words: 'doce, más bien trece' }, 'pues doce, más bien trece')).text).toMatch(/^13 del lado izquierdo\./);
  // "Me …": a body part with a complaint is pain, whatever else the line says.
  const pain = await t.intend('DigoMeIntent', { words: 'truené la muñeca pero hice doce' }, 'me truené la muñeca pero hice doce');
  expect(pain.text).toMatch(/^Para ahorita\. No sigas con dolor\./);
});

test('en-GB: from an Echo Auto, the coach waits until the lorry is parked', async () => {
  t = await Transcript.start(dataDir, MONDAY, 'Europe/London', 'en-GB');
  await onboardAndTest(t, '20');
  await t.say('no');
  t.setTime('2024-05-08T08:00:00Z').alsoFilter((request: RequestEnvelope) => {
    request.context.Automotive = {};
  });
  const inCab = await t.launch();
  expect(inCab.text).toMatch(/never coach exercises while the lorry may be moving/);
  expect(inCab.endSession).toBe(true);
});

const BREAK_TIMES = {
  'en-US': '10:18 AM, 11:33 AM and 12:48 PM.',
  'en-CA': '10:18 a.m., 11:33 a.m. and 12:48 p.m.',
  'en-GB': '10:18, 11:33 and 12:48.',
  'en-AU': '10:18 am, 11:33 am and 12:48 pm.',
  'en-IN': '10:18 am, 11:33 am and 12:48 pm.',
} as const;

test.each(ENGLISH_LOCALES.map((locale) => [locale]))('%s: break reminders for a five-hour drive, said and set in the locale', async (locale) => {
  const driver = await AlexaDriver.start('2026-11-23T15:00:00Z');
  try {
    driver.locale = locale;
    await driver.intent('BreakRemindersIntent');
    await driver.intent('DriveLengthIntent', { length: { value: 'five hours', id: 'PT5H' } });
    const told = await driver.intent('AMAZON.YesIntent');
    // One period ends the sentence, also after "p.m.".
    expect(told.text).toContain(`Done: three break reminders, at ${BREAK_TIMES[locale as keyof typeof BREAK_TIMES]} Each time`);
    const created = driver.api.remindersCalls().filter((call) => call.method === 'POST');
    const spoken = created.map((call) => (call.body as { alertInfo: { spokenInfo: { content: { locale: string }[] } } }).alertInfo.spokenInfo.content[0]?.locale);
    expect(spoken).toEqual([locale, locale, locale]);
  } finally {
    await driver.close();
  }
});

test.each(SPANISH_LOCALES.map((locale) => [locale]))('%s: a count Alexa places with a comment is read in Spanish: the count with how the set felt, or pain', async (locale) => {
  const expected = EXPECTED_IN_SPANISH[locale as keyof typeof EXPECTED_IN_SPANISH];
  t = await Transcript.start(dataDir, MONDAY, expected.zone, locale);
  await t.launch();
  for (const line of ['sí', 'mi lado izquierdo', '20', 'ya']) await t.say(line);
  expect((await t.intend('CountWithCommentIntent', { count: '11', comment: 'estuvo pesado' }, 'once, estuvo pesado')).text).toMatch(/^11 del lado izquierdo\./);
  await t.say('ya');
  const pain = await t.intend('CountWithCommentIntent', { count: '10', comment: 'me jalé el hombro' }, 'diez pero me jalé el hombro');
  expect(pain.text).toMatch(/^Para ahorita\. No sigas con dolor\./);
});

test('es-US: a whole workout in pounds, with a misheard count taken back ("no, once") and pain said mid-set', async () => {
  t = await Transcript.start(dataDir, MONDAY, 'America/Chicago', 'es-US');
  await t.launch();
  for (const line of ['sí', 'mi lado izquierdo', '40', 'ya', 'hice 9', '13 repeticiones']) await t.say(line);
  expect((await t.say('sí')).text).toMatch(/Serie 1 de 3: remo a una mano con mancuerna, 40 libras, primero el lado izquierdo\..*Di ya cuando estés listo\.$/);
  await t.say('ya');
  expect((await t.say('hice 10')).text).toMatch(/uno dos tres cuatro cinco seis siete ocho nueve diez Para\. Son 10\..*Serie 2 de 3, lado izquierdo\./);
  // Road noise: Alexa hears 30; the driver takes it back as Alexa hands "no, once" to the skill.
  expect((await t.say('30')).text).toBe('Es un cambio grande desde 10. ¿Dijiste 30?');
  expect((await t.say('no 11')).text).toMatch(/^11 del lado izquierdo\. Derecho: exactamente 11, y paras\./);
  await t.say('12');
  expect((await t.say('hice 9')).text).toMatch(/^9 en la serie final\..*Serie 1 de 2: jalón con banda a una mano/);
  const pain = await t.say('me duele la espalda');
  expect(pain.text).toBe('Deja el ejercicio ahorita: nada de jalones con banda con dolor. Si te sigue doliendo, ve al médico. Ya lo anoté. ¿Quieres pasar al siguiente ejercicio, caminatas de maleta, o lo dejamos por hoy?');
  expect((await t.say('sí')).text).toMatch(/Ronda 1 de 2: caminata de maleta, 40 libras, primero el lado izquierdo\./);
  expect((await t.say('ya')).text).toMatch(/¿Cuántos segundos la cargaste con la mano del lado izquierdo\?$/);
  await t.say('lo aguanté 20 segundos');
  const done = await t.say('18 segundos');
  expect(done.endSession).toBe(true);
  expect(done.text).toMatch(/Terminamos el entrenamiento\. Remos de hoy: 10, 11 y 12\. Tu próximo entrenamiento puede ser el miércoles, si tu espalda se siente bien\./);
  expect(done.text).not.toMatch(/\b(the|and|pounds|Stop|Rest)\b/);
  const stored = await t.stored();
  const workout = stored?.workouts[0];
  expect(workout).toMatchObject({ completed: true, unit: 'lb', weight: 40, finisherReps: 9, stoppedForPain: ['pulldown'] });
  expect(workout?.sets.map((set) => `${set.exercise}${set.set}:${set.weak}/${set.strong}`)).toEqual(['row1:10/10', 'row2:11/11', 'row3:12/12', 'carry1:20/20', 'carry2:18/18']);
});

test('es-US: break reminders for a five-hour drive, told and set in Spanish', async () => {
  const driver = await AlexaDriver.start('2026-11-23T15:00:00Z');
  try {
    driver.locale = 'es-US';
    await driver.intent('BreakRemindersIntent');
    await driver.intent('DriveLengthIntent', { length: { value: 'cinco horas', id: 'PT5H' } });
    const told = await driver.intent('AMAZON.YesIntent');
    expect(told.text).not.toMatch(/\b(Done|reminders|break)\b/);
    const created = driver.api.remindersCalls().filter((call) => call.method === 'POST');
    const contents = created.map((call) => (call.body as { alertInfo: { spokenInfo: { content: { locale: string; text: string }[] } } }).alertInfo.spokenInfo.content[0]);
    expect(contents).toHaveLength(3);
    for (const content of contents) expect(content).toEqual({ locale: 'es-US', text: 'Hora de una pausa de dos minutos: bájate de la cabina, 15 aperturas con banda.' });
  } finally {
    await driver.close();
  }
});
