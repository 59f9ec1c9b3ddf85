/**
 * Values a prompt speaks that depend on the language: a weight with its unit, an exercise's name, a side, a day.
 * Flows pass these as prompt parameters and the string table of the reply's locale words them, so a stored
 * question ("was that forty pounds?") can be asked again in any locale, after any change of wording.
 */
import * as z from './zod';
import { z as sketch } from './schemaSketch';

const unit = z.enum(['lb', 'kg']);
const side = z.enum(['left', 'right']);
const exerciseId = z.enum(['row', 'pulldown', 'carry']);
const instant = z.string().check(z.minLength(1));
const capital = z.optional(z.boolean());
/** Things counted in a sentence; each has a singular and a plural in the string table. */
export const NOUNS = ['rep', 'workout', 'day', 'restDay', 'set', 'round', 'second', 'minute', 'side', 'week', 'reminder'] as const;

/**
 * The kinds of spoken value, each under the key that names it: its first key, which it requires and no other kind has
 * (test/core/spokenValues.test.ts), so a value is checked against the kind its keys name alone: the union tried kind by
 * kind, each failure building its issues, was most of the cost of checking a document's last question. Each kind is
 * built the first time a value of it is checked; a launch checks one or two of the fifteen.
 */
const KINDS = {
  /** "40 pounds", "17.5 kilos". */
  weight: () => z.strictObject({ weight: z.number(), unit }),
  /** "pounds", "kilograms". */
  unitName: () => z.strictObject({ unitName: unit }),
  /** "single-arm dumbbell row" (name), "rows" (plural), "single-arm rows" (plan). */
  exercise: () => z.strictObject({ exercise: exerciseId, form: z.enum(['name', 'plural', 'plan']) }),
  /** "left" or "Left". */
  side: () => z.strictObject({ side, capital }),
  /** "Thursday, December 24", in the zone given. */
  date: () => z.strictObject({ date: instant, zone: z.string() }),
  /** "today", "tomorrow" or "on Thursday": the day of `day` seen from `now`. */
  day: () => z.strictObject({ day: instant, now: instant, zone: z.string() }),
  /** "earlier today", "yesterday", "on Monday" or "on Thursday, December 24": when `when` was, seen from `now`. */
  when: () => z.strictObject({ when: instant, now: instant, zone: z.string() }),
  /** "12 reps", or with words "two workouts". */
  count: () => z.strictObject({ count: z.number(), noun: z.enum(NOUNS), words: z.optional(z.boolean()) }),
  /** "three", for the program's numbers in a sentence. */
  numberWords: () => z.strictObject({ numberWords: z.int().check(z.gte(0), z.lte(999)), capital }),
  /** "12, 12 and 11". */
  list: () => z.strictObject({ list: z.array(z.union([z.string(), z.number()])) }),
  /** "10:15 AM, 11:30 AM and 12:45 PM": local times of the instants, in the zone given. */
  times: () => z.strictObject({ times: z.array(instant), zone: z.string() }),
  /** "7:00 AM": a local time of day, "HH:MM". */
  clock: () => z.strictObject({ clock: z.string() }),
  /** "Monday, Wednesday and Friday". */
  weekdays: () => z.strictObject({ weekdays: z.array(z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'])) }),
  /** "Central time": an IANA time zone by the name drivers know it by. */
  zoneName: () => z.strictObject({ zoneName: z.string() }),
  /** The text of another prompt of the same table (a name such as "baseline test"). */
  phrase: () => z.strictObject({ phrase: z.string() }),
};

type KindKey = keyof typeof KINDS;
type Kind = ReturnType<(typeof KINDS)[KindKey]>;

const builtKinds = new Map<KindKey, Kind>();
const kindNamedBy = (key: KindKey): Kind => {
  let kind = builtKinds.get(key);
  if (!kind) {
    kind = KINDS[key]();
    builtKinds.set(key, kind);
  }
  return kind;
};

/** The kinds of spoken value; a value is one of them. */
export const spokenKinds = (): Kind[] => (Object.keys(KINDS) as KindKey[]).map(kindNamedBy);

let anySpokenKind: z.ZodMiniType | undefined;

const kindOf = (value: unknown): z.ZodMiniType => {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      if (Object.hasOwn(KINDS, key)) return kindNamedBy(key as KindKey);
    }
  }
  anySpokenKind ??= z.union(spokenKinds());
  return anySpokenKind;
};

export type Spoken = z.infer<Kind>;

export const spokenSchema = sketch.unknown().check(
  sketch.check((payload) => {
    const checked = kindOf(payload.value).safeParse(payload.value);
    if (!checked.success) payload.issues.push(...(checked.error.issues as typeof payload.issues));
  }),
) as unknown as z.ZodMiniType<Spoken, unknown>;

export type Noun = (typeof NOUNS)[number];

export const promptValueSchema = sketch.union([sketch.string(), sketch.number(), spokenSchema]);
export type PromptValue = z.infer<typeof promptValueSchema>;
export const promptParamsSchema = sketch.record(sketch.string(), promptValueSchema);
export type PromptParams = z.infer<typeof promptParamsSchema>;
