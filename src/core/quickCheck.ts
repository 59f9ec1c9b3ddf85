/**
 * A zod/mini schema's safeParse for data that is usually valid, answered without zod when it can be: a check made once
 * from the schema says yes or no, builds no copy of the data and no list of issues, and says yes only when zod would
 * accept the data and give back the same data (nothing migrated, no key stripped). Then the data is the result, as it
 * came. Anything else (invalid data, data zod would change, a part of a schema the check does not know) goes to zod,
 * for its copy or its error messages. Under load zod's parse of a user's document before every write cost about a tenth
 * of a webhook request's CPU, most of it in the copy it makes and the objects it makes per field.
 *
 * The checks a schema carries (lengths, bounds, patterns, refinements, a custom check) are zod's own, run on the value
 * as zod runs them, so a bound or a rule is never written twice.
 *
 * The schema may be a sketch of one (./schemaSketch.ts): the check is made from its definition, and the zod schema is
 * built only when the check says no.
 */
import type * as z from './zod';

type Check = (value: unknown) => boolean;

/** What the check reads of a zod schema: its definition, its checks, and whether it is a check itself (z.int()). */
interface SchemaLike {
  _zod: {
    def: Record<string, unknown> & { type: string; checks?: readonly CheckLike[] };
    traits: ReadonlySet<string>;
    check?: (payload: Payload) => unknown;
  };
}
interface CheckLike {
  _zod: { check: (payload: Payload) => unknown };
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

const never: Check = () => false;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The payload checks are run on, emptied before and after: a document's write runs a hundred checks or so, and zod's
 * checks only read it, add to its issues or replace its value while they run, and keep nothing of it. A check that
 * runs a quick check itself gets a payload of its own.
 */
const shared: Payload = { value: undefined, issues: [] };
let sharedInUse = false;

/** A check of zod's, run on the value: it passes when it reports nothing and leaves the value as it was. */
const passes = (check: CheckLike, value: unknown): boolean => {
  if (sharedInUse) return passesOn({ value, issues: [] }, check, value);
  sharedInUse = true;
  shared.value = value;
  shared.issues.length = 0;
  try {
    return passesOn(shared, check, value);
  } finally {
    shared.value = undefined;
    shared.issues.length = 0;
    sharedInUse = false;
  }
};

const passesOn = (payload: Payload, check: CheckLike, value: unknown): boolean => {
  const answer = check._zod.check(payload);
  return !(answer instanceof Promise) && payload.issues.length === 0 && payload.value === value;
};

const withChecks = (schema: SchemaLike, base: Check): Check => {
  const checks = [...(schema._zod.traits.has('$ZodCheck') ? [schema as unknown as CheckLike] : []), ...(schema._zod.def.checks ?? [])];
  if (checks.length === 0) return base;
  return (value) => {
    if (!base(value)) return false;
    for (const check of checks) if (!passes(check, value)) return false;
    return true;
  };
};

/** Kinds whose parse gives back the value it was given: zod picks one of them in a union without changing anything. */
const LEAVES: ReadonlySet<string> = new Set(['string', 'number', 'boolean', 'literal', 'enum', 'unknown', 'any', 'null']);

/** `validOnly`: the caller keeps the data as it came and asks only whether zod accepts it, so a key zod strips is no reason to say no. */
const compile = (schema: SchemaLike, validOnly: boolean): Check => withChecks(schema, base(schema, validOnly));

const base = (schema: SchemaLike, validOnly: boolean): Check => {
  const def = schema._zod.def;
  // A coercing schema changes what it is given.
  if (def.coerce) return never;
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'null':
      return (value) => value === null;
    case 'unknown':
    case 'any':
      return () => true;
    case 'literal': {
      const values = new Set(def.values as readonly unknown[]);
      return (value) => values.has(value);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries as Record<string, unknown>));
      return (value) => values.has(value);
    }
    case 'optional': {
      const inner = compile(def.innerType as SchemaLike, validOnly);
      return (value) => value === undefined || inner(value);
    }
    case 'nullable': {
      const inner = compile(def.innerType as SchemaLike, validOnly);
      return (value) => value === null || inner(value);
    }
    case 'lazy': {
      let inner: Check | undefined;
      return (value) => (inner ??= compile((def.getter as () => SchemaLike)(), validOnly))(value);
    }
    case 'array': {
      const element = compile(def.element as SchemaLike, validOnly);
      return (value) => Array.isArray(value) && value.every((item) => element(item));
    }
    case 'object':
      return objectCheck(def, validOnly);
    case 'record':
      return recordCheck(def, validOnly);
    case 'union':
      return unionCheck(def, validOnly);
    case 'pipe':
      return pipeCheck(def, validOnly);
    default:
      return never;
  }
};

/**
 * An object: every key of the shape checked; a key the shape does not name is stripped by zod (so no, unless only
 * validity is asked), kept by a loose object (so yes, but for `__proto__`, which zod leaves out), refused by a strict one.
 */
const objectCheck = (def: Record<string, unknown>, validOnly: boolean): Check => {
  const shape = def.shape as Record<string, SchemaLike>;
  const keys = Object.keys(shape);
  const checks = keys.map((key) => compile(shape[key]!, validOnly));
  const catchall = (def.catchall as SchemaLike | undefined)?._zod.def.type;
  if (catchall !== undefined && catchall !== 'unknown' && catchall !== 'never') return never;
  const named = new Set(keys);
  const otherKeyPasses = (key: string): boolean => key !== '__proto__' && (catchall === 'unknown' || (catchall === undefined && validOnly));
  return (value) => {
    if (!isObject(value)) return false;
    for (let i = 0; i < keys.length; i++) if (!checks[i]!(value[keys[i]!])) return false;
    for (const key in value) {
      if (!named.has(key) && !otherKeyPasses(key)) return false;
    }
    return true;
  };
};

/** A record of string keys: a plain object whose every value passes; `__proto__` and symbol keys, which zod leaves out, are a no. */
const recordCheck = (def: Record<string, unknown>, validOnly: boolean): Check => {
  const key = def.keyType as SchemaLike;
  if (key._zod.def.type !== 'string' || key._zod.def.checks?.length) return never;
  const item = compile(def.valueType as SchemaLike, validOnly);
  return (value) => {
    if (!isObject(value)) return false;
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) return false;
    if (Object.getOwnPropertySymbols(value).length > 0) return false;
    for (const name of Object.keys(value)) if (name === '__proto__' || !item(value[name])) return false;
    return true;
  };
};

/**
 * A union: zod takes the option the discriminator names, or else the first option that passes. An option found valid
 * here is what zod takes when the options before it can only pass unchanged (leaves), or when a discriminator decides;
 * when only validity is asked, any option found valid will do.
 */
const unionCheck = (def: Record<string, unknown>, validOnly: boolean): Check => {
  const options = def.options as readonly SchemaLike[];
  const checks = options.map((option) => compile(option, validOnly));
  const discriminated = typeof def.discriminator === 'string';
  const unchangedUpTo = options.findIndex((option) => !LEAVES.has(option._zod.def.type));
  const usable = discriminated || validOnly || unchangedUpTo === -1 ? options.length : unchangedUpTo + 1;
  return (value) => {
    for (let i = 0; i < usable; i++) if (checks[i]!(value)) return true;
    return false;
  };
};

/** A transform then a schema (a document's migration, then its schema): only data the transform gives back as it is. */
const pipeCheck = (def: Record<string, unknown>, validOnly: boolean): Check => {
  const into = (def.in as SchemaLike)._zod.def;
  if (into.type !== 'transform' || into.checks?.length) return never;
  const transform = into.transform as (value: unknown, payload: Payload) => unknown;
  const out = compile(def.out as SchemaLike, validOnly);
  return (value) => {
    const payload: Payload = { value, issues: [] };
    return transform(value, payload) === value && payload.issues.length === 0 && out(value);
  };
};

/**
 * The schema's safeParse, with the quick check first: made the first time it is used, so a schema costs nothing at
 * start. Data that passes is given back as it is (not a copy): zod's copy would be equal to it.
 */
export const quickly = <T>(schema: z.ZodMiniType<T, unknown>): ((value: unknown) => ReturnType<typeof schema.safeParse>) => {
  let check: Check | undefined;
  return (value) => {
    check ??= compile(schema as unknown as SchemaLike, false);
    return check(value) ? { success: true, data: value as T } : schema.safeParse(value);
  };
};

/**
 * The schema's safeParse for a caller that keeps the data as it came and asks only whether zod accepts it (a request
 * envelope: the fields the schema does not name are let through): yes without zod when the quick check says so, where a
 * key zod would strip is no reason to ask zod; anything else goes to zod, for its error messages.
 */
export const validQuickly = (schema: z.ZodMiniType): ((value: unknown) => { success: true } | ReturnType<typeof schema.safeParse>) => {
  let check: Check | undefined;
  return (value) => {
    check ??= compile(schema as unknown as SchemaLike, true);
    return check(value) ? { success: true } : schema.safeParse(value);
  };
};
