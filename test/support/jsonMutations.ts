/**
 * Valid requests made odd, for property-based tests: a field dropped, a value replaced by one of the wrong type, a
 * huge string, odd unicode or deep nesting, a prototype-like key added. Mutations are data (a kind, a place and a
 * value), so fast-check can shrink them; `mutated` applies them to a copy and gives the JSON text to send.
 */
import fc from 'fast-check';
import { deeplyNestedJson } from './alexaEnvelopes';

type Key = string | number;
type Path = Key[];
type Container = Record<string, unknown> | unknown[];

export interface Mutation {
  kind: 'drop' | 'replace' | 'addKey';
  /** Picks the place among all the value's places (wraps). */
  at: number;
  key: string;
  value: unknown;
}

/** Stands for a value nested `n` levels deep, put in the text after JSON.stringify (which would overflow on it). */
const deepMarker = (depth: number): string => `__deep_${depth}__`;
const DEEP_MARKER = /"__deep_(\d+)__"/g;

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'] as const;

/** An object with an own property called `key` (a plain assignment of `__proto__` would change the prototype). */
export const objectWithKey = (key: string, value: unknown): Record<string, unknown> =>
  JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}}`) as Record<string, unknown>;

export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, -0.5, '', ' ', [], {}),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('\u0000', '\uFEFF', '\u202E', 'e\u0301', '🏋️‍♂️', '<speak>', '&amp;', '"><break time="999s"/>', 'constructor', '__proto__'),
  fc.integer({ min: 10_000, max: 100_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => 'ü😀'.repeat(n)),
  fc.integer({ min: 20, max: 3_000 }).map(deepMarker),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(...PROTOTYPE_KEYS).map((key) => objectWithKey(key, { polluted: true })),
);

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('drop', 'replace', 'replace', 'addKey'),
  at: fc.nat(),
  key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 8 })),
  value: oddValue,
});

const placesOf = (value: unknown, prefix: Path = [], out: Path[] = []): Path[] => {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = [...prefix, Array.isArray(value) ? Number(key) : key];
      out.push(path);
      placesOf(child, path, out);
    }
  }
  return out;
};

const containerAt = (root: unknown, path: Path): Container | null => {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return null;
    current = Object.getOwnPropertyDescriptor(current, key)?.value;
  }
  return current !== null && typeof current === 'object' ? (current as Container) : null;
};

const define = (target: Container, key: Key, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
};

const apply = (root: unknown, { kind, at, key, value }: Mutation): unknown => {
  const places = placesOf(root);
  if (kind === 'addKey') {
    const objects = [[], ...places].map((path) => ({ path, target: containerAt(root, path) })).filter((p) => p.target && !Array.isArray(p.target));
    const chosen = objects[at % Math.max(1, objects.length)];
    if (chosen?.target) define(chosen.target, key, value);
    return root;
  }
  const place = places[at % Math.max(1, places.length)];
  if (!place) return kind === 'replace' ? value : root;
  const parent = containerAt(root, place.slice(0, -1));
  const last = place[place.length - 1];
  if (!parent || last === undefined) return root;
  if (kind === 'replace') define(parent, last, value);
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete (parent)[String(last)];
  return root;
};

/** The JSON text of `value` after the mutations, deep markers expanded. */
export const mutated = (value: unknown, mutations: readonly Mutation[]): string => {
  const copy = mutations.reduce(apply, JSON.parse(JSON.stringify(value)) as unknown);
  return (JSON.stringify(copy) ?? 'null').replace(DEEP_MARKER, (_, depth: string) => deeplyNestedJson(Number(depth)));
};
