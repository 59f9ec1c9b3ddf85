/**
 * The Spanish phrasings of the language model against the English model: the same intents, the same slots, the same
 * slot values' ids; samples Alexa takes; pain never read as a stop; the numbers a Spanish-speaking driver says.
 */
import { ALEXA_ONLY_INTENTS, CUSTOM_SLOT_TYPES, INTENTS, type IntentDef } from '../../src/model/languageModel';
import { SPANISH_INTENT_NAMES, spanishSamples } from '../../src/languages/es/phrases';
import { SPANISH_SLOT_VALUES } from '../../src/languages/es/slotValues';
import { numberHeard, spanishNumberTable } from '../../src/languages/es/numbersHeard';

const EVERY_INTENT: IntentDef[] = [...INTENTS, ...ALEXA_ONLY_INTENTS];
const byName = (name: string): string[] => spanishSamples(name);

/** Alexa's sample rules: letters (accents too), spaces, apostrophes, a period only in an abbreviation ("a.m."), and `{slot}`. */
const alexaRefuses = (text: string): string | null => {
  if (text !== text.trim()) return 'space at an end';
  if (/\s{2}/.test(text)) return 'doubled space';
  const withoutSlots = text.replace(/\{[A-Za-z]+\}/g, 'x');
  if (/[{}]/.test(withoutSlots)) return 'stray brace';
  if (!/^[\p{L}' .-]+$/u.test(withoutSlots)) return 'punctuation Alexa refuses';
  if (withoutSlots.replace(/(^|\s)(\p{L}\.)+(?=\s|$)/gu, '$1').includes('.')) return 'a period outside an abbreviation';
  if (/(^|[^\p{L}])-|-($|[^\p{L}])/u.test(withoutSlots)) return 'a hyphen outside a word';
  return null;
};

describe('the Spanish samples', () => {
  test.each(EVERY_INTENT.filter((intent) => intent.samples.length > 0).map((intent) => [intent.name]))('%s has Spanish samples, as it has English ones', (name) => {
    expect(byName(name).length).toBeGreaterThanOrEqual(10);
  });

  test('every intent phrased in Spanish is an intent of the model', () => {
    const names = new Set(EVERY_INTENT.map((intent) => intent.name));
    expect(SPANISH_INTENT_NAMES.filter((name) => !names.has(name))).toEqual([]);
  });

  test.each(EVERY_INTENT.map((intent) => [intent.name, intent] as const))('%s: every {slot} said is a slot of the intent, and each slot English says is said', (_name, intent) => {
    const slots = new Set(intent.slots.map((slot) => slot.name));
    const said = (samples: readonly string[]): Set<string> => new Set(samples.flatMap((sample) => [...sample.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '')));
    const spanish = said(byName(intent.name));
    expect([...spanish].filter((slot) => !slots.has(slot))).toEqual([]);
    expect([...said(intent.samples)].filter((slot) => !spanish.has(slot))).toEqual([]);
  });

  test('no sample belongs to two intents', () => {
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const intent of EVERY_INTENT) {
      for (const sample of byName(intent.name)) {
        const earlier = owner.get(sample);
        if (earlier !== undefined && earlier !== intent.name) shared.push(`"${sample}": ${earlier} and ${intent.name}`);
        owner.set(sample, intent.name);
      }
    }
    expect(shared).toEqual([]);
  });

  test('no sample or slot value has a doubled space or punctuation Alexa refuses', () => {
    const refused = [
      ...EVERY_INTENT.flatMap((intent) => byName(intent.name).map((sample) => [sample, alexaRefuses(sample)] as const)),
      ...Object.values(SPANISH_SLOT_VALUES).flatMap((values) => values.flatMap(({ synonyms }) => synonyms.map((synonym) => [synonym, alexaRefuses(synonym)] as const))),
    ].filter(([, why]) => why !== null);
    expect(refused).toEqual([]);
  });

  test('the rule itself refuses what Alexa refuses', () => {
    expect(alexaRefuses('¿qué sigue?')).not.toBeNull();
    expect(alexaRefuses('no, once')).not.toBeNull();
    expect(alexaRefuses('no  once')).not.toBeNull();
    expect(alexaRefuses('para.')).not.toBeNull();
    expect(alexaRefuses('{count')).not.toBeNull();
    expect(alexaRefuses('siete de la mañana')).toBeNull();
    expect(alexaRefuses('siete a.m.')).toBeNull();
    expect(alexaRefuses('las siete a.m. mañana.')).not.toBeNull();
  });

  test('the answers, corrections and counts say what drivers say', () => {
    expect(byName('CorrectionIntent')).toEqual(expect.arrayContaining(['no {count}', 'perdón fueron {count}', 'me equivoqué {count}']));
    expect(byName('CountIntent')).toEqual(expect.arrayContaining(['{count} ya no pude más', '{count} reps', 'hice {count}']));
    expect(byName('LostFormIntent')).toEqual(expect.arrayContaining(['{count} pero se me fue la forma']));
    expect(byName('AMAZON.YesIntent')).toEqual(expect.arrayContaining(['órale', 'sale', 'va', 'diez cuatro', 'copiado']));
  });
});

describe('pain in Spanish', () => {
  const pain = new Set(byName('PainIntent'));

  test('a cry to stop before the pain is pain: "para me duele", "espera me lastimé"', () => {
    for (const line of ['para me duele', 'espera me lastimé', 'para me duele la espalda', 'ay me jalé algo', 'me duele la espalda', 'siento un tirón', 'me truena el hombro']) expect(pain).toContain(line);
  });

  test('any body part with any complaint', () => {
    for (const frame of ['me {complaint} la {part}', 'siento un tirón en el {part}', 'tengo {complaint} en la {part}', 'la {part} me está {complaint}']) expect(pain).toContain(frame);
  });

  test('no stop or cancel sample says pain', () => {
    const ending = [...byName('AMAZON.StopIntent'), ...byName('AMAZON.CancelIntent')];
    expect(ending.filter((sample) => pain.has(sample))).toEqual([]);
    expect(ending.filter((sample) => /\b(duel|dol|lastim|jalé|tirón|calambre|punzada|truen|ardor)/.test(sample))).toEqual([]);
  });
});

describe('the Spanish slot values', () => {
  test.each(Object.keys(CUSTOM_SLOT_TYPES).map((type) => [type] as const))('%s: exactly the ids English has, each with synonyms, none named twice', (type) => {
    const english = CUSTOM_SLOT_TYPES[type as keyof typeof CUSTOM_SLOT_TYPES].map(({ id }) => id);
    const spanish = SPANISH_SLOT_VALUES[type as keyof typeof SPANISH_SLOT_VALUES];
    expect(spanish.map(({ id }) => id).sort()).toEqual([...english].sort());
    expect(spanish.filter(({ synonyms }) => synonyms.length === 0 || synonyms.some((synonym) => synonym.trim() === ''))).toEqual([]);
    const synonyms = spanish.flatMap((value) => value.synonyms);
    expect(synonyms.filter((synonym, i) => synonyms.indexOf(synonym) !== i)).toEqual([]);
  });

  const idOf = (type: keyof typeof SPANISH_SLOT_VALUES, synonym: string): string | undefined =>
    SPANISH_SLOT_VALUES[type].find(({ synonyms }) => synonyms.includes(synonym))?.id;

  test('the values a driver says mean what English means', () => {
    expect(idOf('UnitType', 'libras')).toBe('lb');
    expect(idOf('UnitType', 'kilogramos')).toBe('kg');
    expect(idOf('SideType', 'izquierda')).toBe('left');
    expect(idOf('SideType', 'derecho')).toBe('right');
    expect(idOf('BodyPartType', 'espalda')).toBe('back');
    expect(idOf('ComplaintType', 'jalé')).toBe('tweaked');
    expect(idOf('TimeZoneType', 'hora del centro')).toBe('America/Chicago');
    expect(idOf('TimeZoneType', 'hora del pacífico')).toBe('America/Los_Angeles');
    expect(idOf('DurationType', 'un minuto y medio')).toBe('PT1M30S');
    expect(idOf('DriveLengthType', 'cinco horas')).toBe('PT5H');
    expect(idOf('DriveLengthType', 'hora y media')).toBe('PT1H30M');
    expect(idOf('TimeOfDayType', 'las siete de la mañana')).toBe('07:00');
    expect(idOf('TimeOfDayType', 'siete y media de la tarde')).toBe('19:30');
    expect(idOf('TimeOfDayType', 'siete y media de la noche')).toBe('19:30');
    expect(idOf('TimeOfDayType', 'las diecinueve horas')).toBe('19:00');
  });
});

describe('the numbers a Spanish-speaking driver says', () => {
  test.each([
    ['veintiuno', 21],
    ['veintiún', 21],
    ['ciento cinco', 105],
    ['treinta y cinco', 35],
    ['una docena', 12],
    ['media docena', 6],
    ['un par', 2],
    ['cien', 100],
    ['trescientos', 300],
    ['dieciseis', 16],
    ['veinte y medio', 20.5],
    ['12', 12],
  ] as const)('"%s" is %d', (words, value) => {
    expect(numberHeard(words)).toBe(value);
  });

  test('words that are no number are none', () => {
    expect(numberHeard('para')).toBeNull();
    expect(numberHeard('trescientos uno')).toBeNull();
  });

  test('cero to trescientos, each text meaning one number only', () => {
    const table = spanishNumberTable();
    expect(table.map(({ value }) => value)).toEqual(Array.from({ length: 301 }, (_, n) => String(n)));
    const texts = table.flatMap(({ texts }) => texts);
    expect(texts.filter((text, i) => texts.indexOf(text) !== i)).toEqual([]);
  });
});
