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

export const spokenSchema = z.union([
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
]);

export type Spoken = z.infer<typeof spokenSchema>;
export type Noun = (typeof NOUNS)[number];

export const promptValueSchema = z.union([z.string(), z.number(), spokenSchema]);
export type PromptValue = z.infer<typeof promptValueSchema>;
export const promptParamsSchema = z.record(z.string(), promptValueSchema);
export type PromptParams = z.infer<typeof promptParamsSchema>;
