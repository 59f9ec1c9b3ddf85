/**
 * Values a prompt speaks that depend on the language: a weight with its unit, an exercise's name, a side, a day.
 * Flows pass these as prompt parameters and the string table of the reply's locale words them, so a stored
 * question ("was that forty pounds?") can be asked again in any locale, after any change of wording.
 */
import * as z from './zod';

const unit = z.enum(['lb', 'kg']);
const side = z.enum(['left', 'right']);
const exerciseId = z.enum(['row', 'pulldown', 'carry']);
const instant = z.string().check(z.minLength(1));
const capital = z.optional(z.boolean());
/** Things counted in a sentence; each has a singular and a plural in the string table. */
export const NOUNS = ['rep', 'workout', 'day', 'restDay', 'set', 'round', 'second', 'minute', 'side', 'week', 'reminder'] as const;

/** The kinds of spoken value; a value is one of them. */
export const SPOKEN_KINDS = [
  /** "40 pounds", "17.5 kilos". */
  z.strictObject({ weight: z.number(), unit }),
  /** "pounds", "kilograms". */
  z.strictObject({ unitName: unit }),
  /** "single-arm dumbbell row" (name), "rows" (plural), "single-arm rows" (plan). */
  z.strictObject({ exercise: exerciseId, form: z.enum(['name', 'plural', 'plan']) }),
  /** "left" or "Left". */
  z.strictObject({ side, capital }),
  /** "Thursday, December 24", in the zone given. */
  z.strictObject({ date: instant, zone: z.string() }),
  /** "today", "tomorrow" or "on Thursday": the day of `day` seen from `now`. */
  z.strictObject({ day: instant, now: instant, zone: z.string() }),
  /** "earlier today", "yesterday", "on Monday" or "on Thursday, December 24": when `when` was, seen from `now`. */
  z.strictObject({ when: instant, now: instant, zone: z.string() }),
  /** "12 reps", or with words "two workouts". */
  z.strictObject({ count: z.number(), noun: z.enum(NOUNS), words: z.optional(z.boolean()) }),
  /** "three", for the program's numbers in a sentence. */
  z.strictObject({ numberWords: z.int().check(z.gte(0), z.lte(999)), capital }),
  /** "12, 12 and 11". */
  z.strictObject({ list: z.array(z.union([z.string(), z.number()])) }),
  /** "10:15 AM, 11:30 AM and 12:45 PM": local times of the instants, in the zone given. */
  z.strictObject({ times: z.array(instant), zone: z.string() }),
  /** "7:00 AM": a local time of day, "HH:MM". */
  z.strictObject({ clock: z.string() }),
  /** "Monday, Wednesday and Friday". */
  z.strictObject({ weekdays: z.array(z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'])) }),
  /** "Central time": an IANA time zone by the name drivers know it by. */
  z.strictObject({ zoneName: z.string() }),
  /** The text of another prompt of the same table (a name such as "baseline test"). */
  z.strictObject({ phrase: z.string() }),
] as const;

const anySpokenKind = z.union(SPOKEN_KINDS);

/**
 * Each kind of spoken value has a key no other kind has (its first, and it is required), so a value is checked against
 * the kind its keys name alone: the union tried kind by kind, each failure building its issues, was most of the cost of
 * checking a document's last question. A value with none of those keys is checked against them all, for the union's
 * message. What is accepted is exactly what the union accepts (test/core/spokenValues.test.ts).
 */
const kindByKey = new Map<string, (typeof SPOKEN_KINDS)[number]>();
for (const kind of SPOKEN_KINDS) {
  const key = Object.keys(kind.def.shape)[0]!;
  if (SPOKEN_KINDS.some((other) => other !== kind && key in other.def.shape)) throw new Error(`"${key}" does not name one kind of spoken value`);
  kindByKey.set(key, kind);
}

const kindOf = (value: unknown): z.ZodMiniType => {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      const kind = kindByKey.get(key);
      if (kind) return kind;
    }
  }
  return anySpokenKind;
};

export type Spoken = z.infer<typeof anySpokenKind>;

export const spokenSchema = z.unknown().check(
  z.check((payload) => {
    const checked = kindOf(payload.value).safeParse(payload.value);
    if (!checked.success) payload.issues.push(...(checked.error.issues as typeof payload.issues));
  }),
) as unknown as z.ZodMiniType<Spoken, unknown>;

export type Noun = (typeof NOUNS)[number];

export const promptValueSchema = z.union([z.string(), z.number(), spokenSchema]);
export type PromptValue = z.infer<typeof promptValueSchema>;
export const promptParamsSchema = z.record(z.string(), promptValueSchema);
export type PromptParams = z.infer<typeof promptParamsSchema>;
