/**
 * The reading rules read a Spanish line by the same rules as an English one, with Spanish's words
 * (src/languages/es/readingWords.ts): lines written for this test, not taken from the held-out sets, each read with
 * no NLU reading (or a wrong one), so that only the words can make it right.
 */
import type { SpokenEvent } from '../../../src/core/events';
import { NOTHING_ASKED, type Expectation } from '../../../src/core/reading/expectation';
import { readHeard } from '../../../src/core/reading/readHeard';
import { languageWords } from '../../../src/languages';

const AT_COUNT: Expectation = { ...NOTHING_ASKED, number: 'count', busy: true };
const AT_SECONDS: Expectation = { ...NOTHING_ASKED, number: 'seconds', busy: true };
const AT_WEIGHT: Expectation = { ...NOTHING_ASKED, number: 'weight' };
const AT_YES_NO: Expectation = { ...NOTHING_ASKED, yesNo: true };
const AT_GO: Expectation = { ...NOTHING_ASKED, go: true, busy: true };
const AT_UNITS: Expectation = { ...NOTHING_ASKED, units: true };
const AT_SIDE: Expectation = { ...NOTHING_ASKED, side: true };
const AT_DRIVE: Expectation = { ...NOTHING_ASKED, number: 'driveLength' };
const AT_TIME: Expectation = { ...NOTHING_ASKED, number: 'time' };

const NOTHING: SpokenEvent = { type: 'fallback' };

const read = (words: string, expecting: Expectation, ...readings: SpokenEvent[]): SpokenEvent =>
  readHeard({ type: 'heard', readings: readings.length ? readings : [NOTHING], words, language: 'es' }, expecting);

describe('pain wins: a body part with any complaint, said with or without accents', () => {
  test.each([
    'me jalé el trapecio',
    'se me trabó la espalda baja',
    'tengo un piquete en el codo',
    'me torci la muneca',
    'diez, pero me arde la rodilla',
    'uy, mi hombro',
    'me dio un tirón',
    'auch',
  ])('%s', (line) => {
    expect(read(line, AT_COUNT, { type: 'count', value: 10 })).toEqual({ type: 'pain' });
  });

  test.each(['ya no me duele la espalda', 'no me duele nada, hice once', '¿me va a doler el hombro con este?'])('taken back or wondered: %s', (line) => {
    expect(read(line, AT_COUNT, { type: 'count', value: 11 })).not.toEqual({ type: 'pain' });
  });

  test('English words read as English do not find a Spanish complaint', () => {
    expect(readHeard({ type: 'heard', readings: [{ type: 'count', value: 9 }], words: 'nine, me arde el codo', language: 'en' }, AT_COUNT)).toEqual({ type: 'count', value: 9 });
  });
});

describe('where a count is asked', () => {
  test.each(['ya', 'listo', 'ya quedó', 'eh ya'])('"%s" after the set, asked how many, is done; before it, asked to say go, it is go', (line) => {
    expect(read(line, AT_COUNT, { type: 'ready' })).toEqual({ type: 'done' });
    expect(read(line, AT_GO, { type: 'ready' })).toEqual({ type: 'ready' });
  });

  test.each([
    ['diecisiete, ya me temblaban los brazos', 17],
    ['pues hice veinte, estuvieron fáciles', 20],
    ['como nueve nomás', 9],
    ['media docena, hoy no traigo fuerza', 6],
    ['una media docena nomás', 6],
    ['un par de docenas, fácil', 24],
  ])('a line that opens with an amount is that amount: %s', (line, value) => {
    expect(read(line, AT_COUNT, NOTHING)).toEqual({ type: 'count', value });
  });

  test.each([
    ['once, perdón, diez', 10],
    ['ocho, digo, nueve', 9],
    ['catorce no, quince', 15],
  ])('two numbers with a correction word mean the last: %s', (line, value) => {
    expect(read(line, AT_COUNT, { type: 'count', value: 14 })).toEqual({ type: 'count', value });
  });

  test('"una" where a count is asked is one; where none is asked it is no number', () => {
    expect(read('una nada más, ya no pude', AT_COUNT)).toEqual({ type: 'count', value: 1 });
    expect(read('el derecho es uno fuerte', AT_SIDE, { type: 'weight', value: 1, unit: null })).toEqual({ type: 'side', side: 'right' });
    expect(read('doce, una más y me caigo', AT_COUNT, { type: 'count', value: 1 })).toEqual({ type: 'count', value: 12 });
  });

  test('a count said with its form gone lost its form', () => {
    expect(read('trece pero las últimas salieron chuecas', AT_COUNT)).toEqual({ type: 'count', value: 13, formLost: true });
  });

  test("a carry's length of time is its seconds", () => {
    expect(read('un minuto y veinte', AT_SECONDS, { type: 'count', value: 1 })).toEqual({ type: 'count', value: 80 });
    expect(read('minuto y medio', AT_SECONDS)).toEqual({ type: 'count', value: 90 });
  });
});

describe('weights, units, sides, yes and no', () => {
  test('a number with its unit after it is a weight in that unit, its half too', () => {
    expect(read('treinta libras', AT_WEIGHT, { type: 'weight', value: 30, unit: null })).toEqual({ type: 'weight', value: 30, unit: 'lb' });
    expect(read('once kilos y medio', AT_WEIGHT, { type: 'weight', value: 11, unit: 'kg' })).toEqual({ type: 'weight', value: 11.5, unit: 'kg' });
  });

  test.each([
    ['en kilos, por favor', 'kg'],
    ['libras, como siempre', 'lb'],
  ])('the units question takes a unit word: %s', (line, unit) => {
    expect(read(line, AT_UNITS, { type: 'weight', value: null, unit: null })).toEqual({ type: 'units', unit });
  });

  test('the side question takes the side named', () => {
    expect(read('creo que la izquierda', AT_SIDE)).toEqual({ type: 'side', side: 'left' });
  });

  test.each([
    ['diez cuatro, vámonos', 'yes'],
    ['órale', 'yes'],
    ['nel', 'no'],
    ['negativo, todavía no', 'no'],
    ['espérame tantito', 'pause'],
    ['aguanta, estoy en la báscula', 'pause'],
  ])('at a yes/no question "%s" is %s', (line, type) => {
    expect(read(line, AT_YES_NO, { type: 'count', value: 10 })).toEqual({ type });
  });

  test('at "go", a wait pauses', () => {
    expect(read('un segundo, ando estacionándome', AT_GO)).toEqual({ type: 'pause' });
  });

  test("a drive's length in hours and a half", () => {
    expect(read('unas ocho horas y media', AT_DRIVE, { type: 'driveLength', minutes: 480 })).toEqual({ type: 'driveLength', minutes: 510 });
  });
});

describe('lines that say outright what they want', () => {
  test('a zone named in Spanish sets it', () => {
    expect(read('ya ando en la hora del centro', NOTHING_ASKED)).toEqual({ type: 'timeZone', zone: 'America/Chicago' });
  });

  test('a greeting alone greets; quitting the workout ends it', () => {
    expect(read('quiubo coach', NOTHING_ASKED)).toEqual({ type: 'launch' });
    expect(read('cancela el entrenamiento', AT_GO)).toEqual({ type: 'stop' });
    expect(read('cuántas series me quedan', AT_GO)).toEqual({ type: 'timeLeft' });
  });
});

describe('quarter hours where an hour is asked, and in a reminder', () => {
  test.each([
    ['a las seis y cuarto', '06:15'],
    ['las diez y quince de la noche', '22:15'],
    ['a las once menos cuarto', '10:45'],
    ['como a las seis menos cuarto de la tarde', '17:45'],
    ['cuarto para las diez', '09:45'],
    ['un cuarto para la una', '12:45'],
    ['quince para las seis de la mañana', '05:45'],
    ['tres y cuarto', '15:15'],
  ])('"%s" is %s, whatever the NLU took from it', (line, time) => {
    expect(read(line, AT_TIME, { type: 'count', value: 6 })).toEqual({ type: 'timeOfDay', time });
  });

  test('a reminder asked for at a quarter hour is set at it', () => {
    expect(read('recuérdame hacer mis pesas a las seis y cuarto de la tarde', NOTHING_ASKED, { type: 'workoutReminders', time: '18:00' })).toEqual({ type: 'workoutReminders', time: '18:15' });
    expect(read('recuérdame entrenar cuarto para las siete', NOTHING_ASKED, { type: 'workoutReminders', time: null })).toEqual({ type: 'workoutReminders', time: '06:45' });
  });
});

describe('a side taken back: the last side said wins when a correction comes before it', () => {
  test.each([
    ['no, la izquierda, la derecha', 'right'],
    ['no es la derecha, es la izquierda', 'left'],
    ['derecho... mejor dicho izquierdo', 'left'],
    ['el izquierdo, no, me equivoqué, el derecho', 'right'],
  ])('"%s" is the %s side, whatever the NLU took from it', (line, side) => {
    expect(read(line, AT_SIDE, { type: 'side', side: side === 'left' ? 'right' : 'left' })).toEqual({ type: 'side', side });
  });

  test('both sides with no correction name neither: the reading stands', () => {
    expect(read('el izquierdo y el derecho', AT_SIDE, { type: 'side', side: 'left' })).toEqual({ type: 'side', side: 'left' });
  });
});

describe("a Spanish line keeps its own words: English's shortenings are not Spanish", () => {
  test('"ya", "em" and "u" are the Spanish words they are, not "yeah", "them" and "you"', () => {
    expect(languageWords('es').reading.wordsOfLine('Em... ya, siete u ocho')).toEqual(['em', 'ya', 'siete', 'u', 'ocho']);
  });

  test.each(['em ya', 'em, ya quedó', 'ya estuvo'])('"%s" after the set, asked how many, is done', (line) => {
    expect(read(line, AT_COUNT, { type: 'ready' })).toEqual({ type: 'done' });
  });

  test.each([
    ['em... doce', 12],
    ['ya hice doce', 12],
    ['em, ya, como once', 11],
  ])('a filler before the amount is no word of it: %s', (line, value) => {
    expect(read(line, AT_COUNT, NOTHING)).toEqual({ type: 'count', value });
  });

  test('"ya no me duele" takes the pain back', () => {
    expect(read('ya no me duele el hombro, hice diez', AT_COUNT, { type: 'count', value: 10 })).toEqual({ type: 'count', value: 10 });
  });
});

describe('what a Spanish driver types short is read written out', () => {
  test.each(['q onda coach', 'k onda', 'q tal'])('"%s" greets; while a question waits, it asks to hear the question again', (line) => {
    expect(read(line, NOTHING_ASKED)).toEqual({ type: 'launch' });
    expect(read(line, AT_COUNT)).toEqual({ type: 'repeat' });
  });

  test('"creo q" before an amount is no word of it', () => {
    expect(read('creo q fueron once, o doce', AT_COUNT, NOTHING)).toEqual({ type: 'count', value: 11 });
  });
});

describe('a question about the time of day is no length of time', () => {
  const AT_MENU: Expectation = NOTHING_ASKED;
  test.each(['oye, ¿qué hora tienes?', '¿sabes qué hora es?', 'qué horas son allá'])('%s is not a drive of an hour', (line) => {
    expect(read(line, AT_MENU, { type: 'driveLength', minutes: 60 })).toEqual(NOTHING);
    expect(read(line, AT_DRIVE, { type: 'driveLength', minutes: 60 })).toEqual(NOTHING);
  });
  test('an hour said as a length still is one', () => {
    expect(read('como una hora', AT_DRIVE, { type: 'driveLength', minutes: 60 })).toEqual({ type: 'driveLength', minutes: 60 });
    expect(read('cada hora', AT_MENU, { type: 'breakInterval', minutes: 60 })).toEqual({ type: 'breakInterval', minutes: 60 });
  });
});

describe('cuántas hacer, preguntado con el verbo hacer, pregunta qué sigue', () => {
  test('"cuántas hago" y "cuántas tengo que hacer" preguntan qué sigue; "cuántas hice" no', () => {
    expect(read('cuántas hago del otro lado', AT_COUNT, NOTHING)).toEqual({ type: 'whatsNext' });
    expect(read('oye cuantas repeticiones tengo que hacer', AT_GO, { type: 'ready' })).toEqual({ type: 'whatsNext' });
    expect(read('cuántas hice la vez pasada', { ...NOTHING_ASKED }, { type: 'progress' })).toEqual({ type: 'progress' });
  });
});

describe('"una" ante una cosa que se nombra es un artículo, no la cuenta', () => {
  test('"dame una pausa de postura" a la pregunta de cuántas pide la pausa; "hice una" y "una nomás" son la cuenta', () => {
    expect(read('dame una pausa de postura', AT_COUNT, { type: 'postureBreak' })).toEqual({ type: 'postureBreak' });
    expect(read('una pausa de postura por favor', AT_COUNT, { type: 'postureBreak' })).toEqual({ type: 'postureBreak' });
    expect(read('hice una', AT_COUNT, { type: 'done' })).toEqual({ type: 'count', value: 1 });
    expect(read('una nomás', AT_COUNT, NOTHING)).toEqual({ type: 'count', value: 1 });
  });
});

describe('la pesa muy pesada o muy ligera, sin número, pide otro peso', () => {
  test('"está muy pesada" pide otro peso; con un número, el número manda', () => {
    expect(read('esta pesa está muy pesada', AT_GO, { type: 'whatWeight', unit: null })).toEqual({ type: 'weight', value: null, unit: null });
    expect(read('hice seis, está demasiado pesada', AT_COUNT, NOTHING)).toEqual({ type: 'count', value: 6 });
  });
});
