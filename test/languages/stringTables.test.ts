/**
 * The string tables of every language against the English one: the same keys, the same `{{placeholders}}`, variants
 * where English has variants; and each locale's language and unit, as a driver hears them.
 */
import { DateTime } from 'luxon';
import { LANGUAGE_CODES, languageWords } from '../../src/languages';
import { PAGE_LANGUAGES, TERMINAL_WORDS } from '../../src/languages/consoleWords';
import { PAGE_EN } from '../../src/languages/en/page';
import { TERMINAL_EN } from '../../src/languages/en/terminal';
import { EN_US } from '../../src/languages/en/prompts';
import { SCREEN_EN_US } from '../../src/languages/en/screen';
import { defaultUnitFor, localeDefaults } from '../../src/languages/locales';
import { prompt, type PromptKey } from '../../src/core/prompts';
import { screenText } from '../../src/core/prompts/screen';
import { counted, inWords, spokenList } from '../../src/core/words';

const placeholders = (entry: string | readonly string[]): string[][] =>
  (typeof entry === 'string' ? [entry] : entry).map((text) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort());

const KEYS = Object.keys(EN_US) as PromptKey[];

describe.each(LANGUAGE_CODES.map((language) => [language, languageWords(language)] as const))('the %s tables', (language, words) => {
  test('every prompt key of the English table, and no other', () => {
    expect(Object.keys(words.prompts).sort()).toEqual([...KEYS].sort());
  });

  test.each(KEYS.map((key) => [key]))('%s: the same placeholders as English, variants where English has them', (key) => {
    const english = EN_US[key];
    const own = words.prompts[key];
    expect(typeof own === 'string').toBe(typeof english === 'string');
    if (typeof own !== 'string') expect(own.length).toBeGreaterThanOrEqual(1);
    const wanted = placeholders(english)[0];
    for (const variant of placeholders(own)) expect(variant).toEqual(wanted);
    for (const text of typeof own === 'string' ? [own] : own) expect(text.trim()).not.toBe('');
  });

  test('the prompts that differ by unit or locale keep the placeholders too', () => {
    for (const overrides of [words.metricPrompts, ...Object.values(words.localePrompts)]) {
      for (const [key, entry] of Object.entries(overrides)) {
        expect(placeholders(entry ?? '')[0]).toEqual(placeholders(EN_US[key as PromptKey])[0]);
      }
    }
  });

  test("the screen's labels: every key, the same placeholders", () => {
    expect(Object.keys(words.screen).sort()).toEqual(Object.keys(SCREEN_EN_US).sort());
    for (const [key, text] of Object.entries(SCREEN_EN_US)) expect(placeholders(words.screen[key as keyof typeof SCREEN_EN_US])).toEqual(placeholders(text));
  });

  test("the browser page's and the terminal's own words: every key, the same placeholders, none empty", () => {
    for (const [own, english] of [
      [PAGE_LANGUAGES[language].words, PAGE_EN],
      [TERMINAL_WORDS[language], TERMINAL_EN],
    ] as const) {
      expect(Object.keys(own).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(english)) {
        const mine = (own as Record<string, string>)[key] ?? '';
        expect({ key, placeholders: placeholders(mine) }).toEqual({ key, placeholders: placeholders(text) });
        expect(mine.trim()).not.toBe('');
      }
    }
  });
});

describe('what each locale picks', () => {
  test.each([
    ['en-US', 'en', 'lb'],
    ['en-CA', 'en', 'lb'],
    ['es-US', 'es', 'lb'],
    ['en-GB', 'en', 'kg'],
    ['en-AU', 'en', 'kg'],
    ['en-IN', 'en', 'kg'],
    ['es-MX', 'es', 'kg'],
    ['es-ES', 'es', 'kg'],
    ['es', 'es', 'kg'],
    ['de-DE', 'en', 'kg'],
    ['constructor', 'en', 'kg'],
  ])('%s: %s words, %s', (locale, language, unit) => {
    expect(localeDefaults(locale)).toEqual({ language, unit });
    expect(defaultUnitFor(locale)).toBe(unit);
  });

  test('the examples the coach gives are in the unit weights start in', () => {
    expect(prompt('en-CA', 'HELP_WORKOUT')).toContain('make it 35 pounds');
    expect(prompt('en-GB', 'HELP_WORKOUT')).toContain('make it 15 kilos');
    expect(prompt('es-US', 'HELP_WORKOUT')).toContain('ponle 35 libras');
    expect(prompt('es-MX', 'HELP_WORKOUT')).toContain('ponle 15 kilos');
    expect(prompt('es-MX', 'WHY_ONE_SIDE', { catchUpLow: 6, catchUpHigh: 8 })).toContain('10 kilos');
    expect(prompt('en-GB', 'ASK_PARKED')).toContain('lorry');
    expect(prompt('en-AU', 'ASK_PARKED')).toContain('truck');
  });

  test('an unknown locale is spoken to in the English of the US, its dates in its own format', () => {
    expect(prompt('de-DE', 'ASK_UNITS_SHORT')).toBe('Pounds or kilograms?');
    expect(screenText('de-DE', 'REST')).toBe('Rest');
  });
});

describe('numbers, lists and days in Spanish', () => {
  test('numbers said on their own', () => {
    const said = (n: number) => prompt('es-US', 'CONFIRM_COUNT_SHORT', { count: inWords(n) });
    expect([0, 1, 7, 12, 16, 21, 22, 30, 35, 41, 99, 100, 101, 120, 200, 555].map(said)).toEqual(
      [
        'cero', 'uno', 'siete', 'doce', 'dieciséis', 'veintiuno', 'veintidós', 'treinta', 'treinta y cinco', 'cuarenta y uno', 'noventa y nueve',
        'cien', 'ciento uno', 'ciento veinte', 'doscientos', 'quinientos cincuenta y cinco',
      ].map((words) => `¿Fueron ${words}?`),
    );
  });

  test('a number agrees with the noun it counts', () => {
    const said = (n: number, noun: Parameters<typeof counted>[1]) => prompt('es-MX', 'TIME_LEFT_WORKOUT', { sets: counted(n, noun, true), minutes: counted(5, 'minute') });
    expect(said(1, 'set')).toBe('Faltan una serie, como 5 minutos.');
    expect(said(1, 'restDay')).toMatch(/^Faltan un día de descanso/);
    expect(said(21, 'day')).toMatch(/^Faltan veintiún días/);
    expect(said(31, 'week')).toMatch(/^Faltan treinta y una semanas/);
    expect(said(2, 'week')).toMatch(/^Faltan dos semanas/);
  });

  test('one break reminder is "un recordatorio de pausa", in Spanish as in English', () => {
    const set = (n: number, locale: string) => prompt(locale, 'BREAKS_SET', { reminders: counted(n, 'reminder', true), times: '10:15', reps: 15 });
    expect(set(1, 'es-MX')).toMatch(/^Listo: un recordatorio de pausa, a las 10:15\./);
    expect(set(3, 'es-US')).toMatch(/^Listo: tres recordatorios de pausa, a las 10:15\./);
    expect(set(1, 'en-US')).toMatch(/^Done: one break reminder, at 10:15\./);
    expect(prompt('es-MX', 'DRIVE_ENDED', { reminders: counted(1, 'reminder', true) })).toBe('Listo, cancelé lo que quedaba por delante: un recordatorio de pausa.');
  });

  test('lists, days and clock times are said in Spanish', () => {
    const zone = 'America/Chicago';
    expect(prompt('es-US', 'WORKOUT_DONE', { rows: spokenList([12, 12, 11]) })).toBe('Terminamos el entrenamiento. Remos de hoy: 12, 12 y 11.');
    const now = DateTime.fromISO('2024-05-06T14:00:00Z').toISO() ?? '';
    const friday = DateTime.fromISO('2024-05-10T14:00:00Z').toISO() ?? '';
    expect(prompt('es-MX', 'WHATS_NEXT_IDLE', { day: { day: friday, now, zone } })).toBe('Tu próximo entrenamiento puede ser el viernes.');
    expect(prompt('es-US', 'TEST_RETEST_DATE', { date: { date: '2024-06-05T14:00:00Z', zone } })).toBe('Tu prueba de control es el miércoles, 5 de junio.');
    expect(prompt('es-US', 'WORKOUT_REMINDERS_HERE', { days: { weekdays: ['MO', 'WE', 'FR'] }, time: { clock: '07:00' } })).toMatch(
      /^Tus días de entrenamiento serían lunes, miércoles y viernes, a las 7:00 a\.\s?m\.$/,
    );
  });
});
