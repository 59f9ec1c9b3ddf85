/**
 * The coach answers from a copy of the stored document (src/core/plainCopy.ts): the document it was given is left as
 * it was, however deep the turn's changes go, and the copy is the same data.
 */
import { coach } from '../../src/core/coach';
import type { UserDocument } from '../../src/core/document';
import { plainCopy } from '../../src/core/plainCopy';
import { Conversation, MONDAY_MORNING } from '../../support/conversation';

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};

/** A driver in the middle of the baseline test: a turn changes the test, the turn count, the question and more. */
const midTest = (): UserDocument => {
  const c = new Conversation({ now: MONDAY_MORNING });
  c.say('launch');
  c.say('yes');
  c.say({ type: 'side', side: 'left' });
  c.say({ type: 'units', unit: 'lb' });
  return c.doc;
};

describe('a turn of the coach', () => {
  it('leaves the stored document it was given untouched, and stores the change in a new one', () => {
    const stored = midTest();
    const before = JSON.stringify(stored);
    const context = { now: MONDAY_MORNING, timeZone: 'America/Chicago', locale: 'en-US', inVehicle: false };
    const out = coach({ userId: stored.userId, document: deepFreeze(stored), event: { type: 'weight', value: 35, unit: 'lb' }, context });
    expect(JSON.stringify(stored)).toBe(before);
    expect(out.document?.turns).toBe(stored.turns + 1);
    expect(out.document).not.toEqual(stored);
  });
});

describe('plainCopy', () => {
  it('copies plain data deeply: the copy is equal and shares no object with the original', () => {
    const original = { a: [1, { b: 'two', c: null }], d: { e: true, f: undefined } };
    const copy = plainCopy(original);
    expect(copy).toStrictEqual(original);
    copy.a.push(3);
    (copy.d as { e: boolean }).e = false;
    expect(original).toStrictEqual({ a: [1, { b: 'two', c: null }], d: { e: true, f: undefined } });
  });

  it('keeps a "__proto__" key read from JSON as data, and does not change the copy\'s prototype', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}') as Record<string, unknown>;
    const copy = plainCopy(parsed);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect((copy as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.keys(copy)).toEqual(['__proto__', 'ok']);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(parsed));
  });
});
