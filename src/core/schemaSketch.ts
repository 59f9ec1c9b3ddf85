/**
 * zod/mini's builders as sketches: each call records what the schema is (its definition, as zod would hold it, and the
 * call that makes it) and builds no zod schema. The quick check (./quickCheck.ts) is made from a sketch's definition;
 * the zod schema is built from the calls the first time a sketch parses something (its safeParse or parse), so data
 * the quick check takes costs zod nothing. A zod schema is built with its internals, traits and members, a sketch is
 * one small object: the user document's schemas, built at load, and the quick check made from them cost a Lambda's
 * cold start about 8 million instructions of the 100 million it spends above a bare skill's.
 *
 * A sketch is typed as the zod schema it stands for. Only safeParse, parse and being checked quickly are its own; for
 * anything else, use `built(sketch)`. A check (minLength, refine, ...) is zod's own, built when a value is first checked
 * with it, so a bound or a rule is never written twice.
 */
import * as zod from './zod';

/** zod's builders a sketch can stand for, named one by one so the bundle keeps only these (zod/mini tree-shakes). */
const ZOD = {
  string: zod.string,
  url: zod.url,
  number: zod.number,
  int: zod.int,
  boolean: zod.boolean,
  null: zod.null,
  unknown: zod.unknown,
  never: zod.never,
  literal: zod.literal,
  enum: zod.enum,
  nullable: zod.nullable,
  nullish: zod.nullish,
  optional: zod.optional,
  array: zod.array,
  object: zod.object,
  strictObject: zod.strictObject,
  looseObject: zod.looseObject,
  extend: zod.extend,
  record: zod.record,
  union: zod.union,
  discriminatedUnion: zod.discriminatedUnion,
  lazy: zod.lazy,
  transform: zod.transform,
  pipe: zod.pipe,
  check: zod.check,
  refine: zod.refine,
  minLength: zod.minLength,
  maxLength: zod.maxLength,
  startsWith: zod.startsWith,
  regex: zod.regex,
  gte: zod.gte,
  lte: zod.lte,
  positive: zod.positive,
};
type Builders = typeof ZOD;
type Call = { name: keyof Builders; args: readonly unknown[] } | { base: Sketch; checks: readonly SketchCheck[] };

const NO_TRAITS: ReadonlySet<string> = new Set();

/** A check of zod's, built the first time it checks a value or its schema is built. */
class SketchCheck {
  private real: { _zod: { check: (payload: unknown) => unknown } } | undefined;
  readonly _zod: { check: (payload: unknown) => unknown };

  constructor(private readonly call: { name: keyof Builders; args: readonly unknown[] }) {
    this._zod = { check: this.checkValue.bind(this) };
  }

  private checkValue(payload: unknown): unknown {
    return this.built()._zod.check(payload);
  }

  built(): { _zod: { check: (payload: unknown) => unknown } } {
    this.real ??= (ZOD[this.call.name] as (...args: unknown[]) => never)(...this.call.args);
    return this.real;
  }
}

class Sketch {
  private real: zod.ZodMiniType | undefined;
  readonly _zod: { def: Record<string, unknown>; traits: ReadonlySet<string> };

  constructor(
    def: Record<string, unknown>,
    private readonly call: Call,
  ) {
    this._zod = { def, traits: NO_TRAITS };
  }

  check(...checks: SketchCheck[]): Sketch {
    const def = this._zod.def;
    return new Sketch({ ...def, checks: [...((def.checks as SketchCheck[] | undefined) ?? []), ...checks] }, { base: this, checks });
  }

  safeParse(value: unknown): ReturnType<zod.ZodMiniType['safeParse']> {
    return this.built().safeParse(value);
  }

  parse(value: unknown): unknown {
    return this.built().parse(value);
  }

  built(): zod.ZodMiniType {
    if (!this.real) {
      const call = this.call;
      this.real =
        'base' in call
          ? call.base.built().check(...call.checks.map((check) => check.built() as never))
          : (ZOD[call.name] as (...args: unknown[]) => zod.ZodMiniType)(...call.args.map(builtArg));
    }
    return this.real;
  }
}

/** What a builder was given, with the sketches in it built: a shape's fields, a union's options, a lazy schema's getter. */
const builtArg = (arg: unknown): unknown => {
  if (arg instanceof Sketch || arg instanceof SketchCheck) return arg.built();
  if (Array.isArray(arg)) return arg.map(builtArg);
  if (arg !== null && typeof arg === 'object' && Object.getPrototypeOf(arg) === Object.prototype) {
    return Object.fromEntries(Object.entries(arg).map(([key, value]) => [key, builtArg(value)]));
  }
  return arg;
};

const sketch =
  (name: keyof Builders, def: (...args: never[]) => Record<string, unknown>) =>
  (...args: unknown[]): Sketch =>
    new Sketch((def as (...args: unknown[]) => Record<string, unknown>)(...args), { name, args });

const checkOf =
  (name: keyof Builders) =>
  (...args: unknown[]): SketchCheck =>
    new SketchCheck({ name, args });

const objectOf = (catchall: Sketch | undefined) => (shape: Record<string, Sketch>) => ({ type: 'object', shape, catchall });
const entriesOf = (values: readonly string[]) => Object.fromEntries(values.map((value) => [value, value]));

const unknown = sketch('unknown', () => ({ type: 'unknown' }));
const never = sketch('never', () => ({ type: 'never' }));
const nullable = sketch('nullable', (innerType: Sketch) => ({ type: 'nullable', innerType }));
const optional = sketch('optional', (innerType: Sketch) => ({ type: 'optional', innerType }));

const builders = {
  string: sketch('string', () => ({ type: 'string' })),
  number: sketch('number', () => ({ type: 'number' })),
  url: (...args: unknown[]): Sketch => new Sketch({ type: 'string', checks: [new SketchCheck({ name: 'url', args })] }, { name: 'url', args }),
  int: (): Sketch => new Sketch({ type: 'number', checks: [new SketchCheck({ name: 'int', args: [] })] }, { name: 'int', args: [] }),
  boolean: sketch('boolean', () => ({ type: 'boolean' })),
  null: sketch('null', () => ({ type: 'null' })),
  unknown,
  never,
  literal: sketch('literal', (value: unknown) => ({ type: 'literal', values: Array.isArray(value) ? value : [value] })),
  enum: sketch('enum', (values: readonly string[]) => ({ type: 'enum', entries: entriesOf(values) })),
  nullable,
  optional,
  nullish: (innerType: Sketch): Sketch => optional(nullable(innerType)),
  array: sketch('array', (element: Sketch) => ({ type: 'array', element })),
  object: sketch('object', objectOf(undefined)),
  strictObject: sketch('strictObject', objectOf(never())),
  looseObject: sketch('looseObject', objectOf(unknown())),
  extend: sketch('extend', (base: Sketch, shape: Record<string, Sketch>) => ({ ...base._zod.def, shape: { ...(base._zod.def.shape as object), ...shape } })),
  record: sketch('record', (keyType: Sketch, valueType: Sketch) => ({ type: 'record', keyType, valueType })),
  union: sketch('union', (options: readonly Sketch[]) => ({ type: 'union', options })),
  discriminatedUnion: sketch('discriminatedUnion', (discriminator: string, options: readonly Sketch[]) => ({ type: 'union', options, discriminator })),
  lazy: (getter: () => Sketch): Sketch => new Sketch({ type: 'lazy', getter }, { name: 'lazy', args: [() => getter().built()] }),
  transform: sketch('transform', (transform: unknown) => ({ type: 'transform', transform })),
  pipe: sketch('pipe', (input: Sketch, output: Sketch) => ({ type: 'pipe', in: input, out: output })),
  check: checkOf('check'),
  refine: checkOf('refine'),
  minLength: checkOf('minLength'),
  maxLength: checkOf('maxLength'),
  startsWith: checkOf('startsWith'),
  regex: checkOf('regex'),
  gte: checkOf('gte'),
  lte: checkOf('lte'),
  positive: checkOf('positive'),
};

/** The builders above, typed as zod/mini's: a module writes its schemas as it would with zod (`import { z } from './schemaSketch'`). */
export const z = builders as unknown as Omit<Builders, 'never'>;

/** The zod schema a sketch stands for, built once. */
export const built = <T extends zod.ZodMiniType>(schema: T): T => (schema instanceof Sketch ? (schema.built() as T) : schema);
