/**
 * An instant the coach stores or works out is placed in the driver's zone by the engine's own parser when it is written
 * as `toISOString` or luxon's `toISO` write it, and by luxon otherwise: either way, the same local time, day and offset
 * as luxon gives, and a date that does not exist is no date.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { at, localDay } from '../../src/core/time';

const ZONES = ['America/Chicago', 'America/St_Johns', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];

const byLuxon = (iso: string, zone: string): DateTime => DateTime.fromISO(iso, { setZone: false }).setZone(zone);

const expectSamePlace = (iso: string, zone: string): void => {
  const expected = byLuxon(iso, zone);
  const placed = at(iso, zone);
  expect(placed.isValid).toBe(expected.isValid);
  if (expected.isValid) {
    expect(placed.toISO()).toBe(expected.toISO());
    expect(placed.zoneName).toBe(expected.zoneName);
  }
};

describe('an instant placed in the driver’s zone', () => {
  it.each([
    '2026-03-08T08:00:00.000Z', // Chicago's clocks go forward at 2 a.m.
    '2026-03-08T02:30:00.000-06:00',
    '2026-11-01T01:30:00.000-05:00', // the hour that comes twice
    '2026-03-02T13:00:00.000+05:30',
    '2026-03-02T13:00:00.000+14:00',
    '2026-03-02T13:00:00.000-00:00',
    '2026-03-02T13:00:00Z',
    '2026-02-30T00:00:00.000Z', // no such day
    '2026-13-01T00:00:00.000Z',
    '2026-03-02T24:00:00.000Z',
    '2026-03-02',
    'not a time',
  ])('%s is where luxon puts it, in every zone', (iso) => {
    for (const zone of ZONES) expectSamePlace(iso, zone);
  });

  it('is where luxon puts it, written either way, for any instant', () => {
    const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) });
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.constantFrom(...ZONES), (ms, writtenIn, zone) => {
        expectSamePlace(new Date(ms).toISOString(), zone);
        expectSamePlace(DateTime.fromMillis(ms, { zone: writtenIn }).toISO()!, zone);
      }),
      { numRuns: 500 },
    );
  });

  it('an invalid zone is no place', () => {
    expect(at('2026-03-02T13:00:00.000Z', 'Nowhere/Atall').isValid).toBe(false);
    expect(localDay('2026-03-02T13:00:00.000Z', 'Nowhere/Atall')).toBe('');
  });
});
