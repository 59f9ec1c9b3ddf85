/**
 * Values a prompt speaks that depend on the language: a weight with its unit, an exercise's name, a side, a day.
 * Flows pass these as prompt parameters and the string table of the reply's locale words them, so a stored
 * question ("was that forty pounds?") can be asked again in any locale, after any change of wording.
 */
import { z } from 'zod';

const unit = z.enum(['lb', 'kg']);
const side = z.enum(['left', 'right']);
const exerciseId = z.enum(['row', 'pulldown', 'carry']);
const instant = z.string().min(1);
/** Things counted in a sentence; each has a singular and a plural in the string table. */
export const NOUNS = ['rep', 'workout', 'day', 'restDay', 'set', 'round', 'second', 'week'] as const;

export const spokenSchema = z.union([
  /** "40 pounds", "17.5 kilos". */
  z.object({ weight: z.number(), unit }).strict(),
  /** "pounds", "kilograms". */
  z.object({ unitName: unit }).strict(),
  /** "single-arm dumbbell row" (name), "rows" (plural), "single-arm rows" (plan). */
  z.object({ exercise: exerciseId, form: z.enum(['name', 'plural', 'plan']) }).strict(),
  /** "left" or "Left". */
  z.object({ side, capital: z.boolean().optional() }).strict(),
  /** "Thursday, December 24", in the zone given. */
  z.object({ date: instant, zone: z.string() }).strict(),
  /** "today", "tomorrow" or "on Thursday": the day of `day` seen from `now`. */
  z.object({ day: instant, now: instant, zone: z.string() }).strict(),
  /** "earlier today", "yesterday", "on Monday" or "on Thursday, December 24": when `when` was, seen from `now`. */
  z.object({ when: instant, now: instant, zone: z.string() }).strict(),
  /** "12 reps", or with words "two workouts". */
  z.object({ count: z.number(), noun: z.enum(NOUNS), words: z.boolean().optional() }).strict(),
  /** "three", for the program's numbers in a sentence. */
  z.object({ numberWords: z.number().int().min(0).max(999), capital: z.boolean().optional() }).strict(),
  /** "12, 12 and 11". */
  z.object({ list: z.array(z.union([z.string(), z.number()])) }).strict(),
  /** The text of another prompt of the same table (a name such as "baseline test"). */
  z.object({ phrase: z.string() }).strict(),
]);

export type Spoken = z.infer<typeof spokenSchema>;
export type Noun = (typeof NOUNS)[number];

export const promptValueSchema = z.union([z.string(), z.number(), spokenSchema]);
export type PromptValue = z.infer<typeof promptValueSchema>;
export const promptParamsSchema = z.record(z.string(), promptValueSchema);
export type PromptParams = z.infer<typeof promptParamsSchema>;
