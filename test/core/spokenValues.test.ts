/**
 * A spoken value (a prompt's weight, side, day...) is checked against the one kind its keys name, not against every
 * kind in turn (src/core/spoken.ts). It must accept and refuse exactly what the union of all the kinds does, and a
 * refused value in a stored document must still be named in the error.
 */
import fc from 'fast-check';
import { documentToWriteSchema, newUserDocument } from '../../src/core/document';
import { spokenKinds, spokenSchema } from '../../src/core/spoken';
import * as z from '../../src/core/zod';

const everyKind = z.union(spokenKinds());

/** One valid value of each kind. */
const VALID = [
  { weight: 40, unit: 'lb' },
  { unitName: 'kg' },
  { exercise: 'row', form: 'plural' },
  { side: 'left' },
  { side: 'right', capital: true },
  { date: '2026-03-02T13:00:00Z', zone: 'America/Chicago' },
  { day: '2026-03-03T13:00:00Z', now: '2026-03-02T13:00:00Z', zone: 'America/Chicago' },
  { when: '2026-03-01T13:00:00Z', now: '2026-03-02T13:00:00Z', zone: 'America/Chicago' },
  { count: 12, noun: 'rep' },
  { count: 2, noun: 'workout', words: true },
  { numberWords: 3, capital: false },
  { list: [12, 12, 11] },
  { times: ['2026-03-02T15:15:00Z'], zone: 'America/Chicago' },
  { clock: '07:00' },
  { weekdays: ['MO', 'WE', 'FR'] },
  { zoneName: 'America/Chicago' },
  { phrase: 'baseline test' },
];

const KEYS = [...new Set(spokenKinds().flatMap((kind) => Object.keys(kind.def.shape)))];
const someValue = fc.oneof(
  fc.constantFrom<unknown>('lb', 'kg', 'left', 'row', 'plural', 'rep', 'MO', '07:00', '', '2026-03-02T13:00:00Z', 'America/Chicago', 12, 2.5, -1, 1000, true, false, null, undefined),
  fc.constantFrom<unknown>([], [12, 'x'], ['MO'], [null], {}, { weight: 1 }),
);
/** Objects made of the kinds' keys (and a few others), with values of every type: valid ones among them by chance. */
const anyObject = fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.constantFrom('extra', 'toString', '__proto__')), someValue, { maxKeys: 4 });
/** A valid value with one key dropped, added or given another value. */
const nearlyValid = fc
  .tuple(fc.constantFrom(...VALID), fc.constantFrom(...KEYS, 'extra'), someValue, fc.boolean())
  .map(([valid, key, value, drop]) => {
    const copy: Record<string, unknown> = { ...valid };
    if (drop) delete copy[key];
    else Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
    return copy;
  });

describe('a spoken value', () => {
  it('is of the one kind its first key names: no other kind has that key', () => {
    const kinds = spokenKinds();
    for (const kind of kinds) {
      const key = Object.keys(kind.def.shape)[0]!;
      expect(kinds.filter((other) => key in other.def.shape)).toEqual([kind]);
      expect(spokenSchema.safeParse({ [key]: undefined }).success).toBe(false);
    }
  });

  it('is accepted, one of each kind, as the union of the kinds accepts it', () => {
    for (const value of VALID) {
      expect(everyKind.safeParse(value).success).toBe(true);
      expect(spokenSchema.safeParse(value)).toEqual({ success: true, data: value });
    }
  });

  it('is accepted or refused exactly as the union of all the kinds decides', () => {
    fc.assert(
      fc.property(fc.oneof(anyObject, nearlyValid, someValue), (value) => {
        expect(spokenSchema.safeParse(value).success).toBe(everyKind.safeParse(value).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('refused in a document, keeps the document from being written, and the error says where', () => {
    const document = {
      ...newUserDocument('driver-1', '2026-03-02T13:00:00Z'),
      lastPrompt: { key: 'ASK_TEST_COUNT', params: { side: { side: 'up' } }, reprompt: null },
    };
    const checked = documentToWriteSchema.safeParse(document);
    expect(checked.success).toBe(false);
    expect(z.prettifyError(checked.error!)).toMatch(/at lastPrompt\.params\.side/);
  });
});
