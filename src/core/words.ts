/**
 * Typed values for the words of a prompt (see spoken.ts): the string table of the reply's locale words them.
 */
import type { ExerciseId, Side, Unit } from './program';
import type { Noun, Spoken } from './spoken';

export const weightWords = (weight: number, unit: Unit): Spoken => ({ weight, unit });

export const unitWords = (unit: Unit): Spoken => ({ unitName: unit });

export const exerciseName = (id: ExerciseId): Spoken => ({ exercise: id, form: 'name' });

export const exercisePlural = (id: ExerciseId): Spoken => ({ exercise: id, form: 'plural' });

export const sideWords = (side: Side, capital = false): Spoken => (capital ? { side, capital } : { side });

/** "12 reps", or with `words` "two workouts". */
export const counted = (count: number, noun: Noun, words = false): Spoken => (words ? { count, noun, words } : { count, noun });

/** "rep" or "reps", for a number said just before it. */
export const repNoun = (count: number): Spoken => ({ phrase: count === 1 ? 'NOUN_rep_one' : 'NOUN_rep_other' });

/** "three". */
export const inWords = (n: number, capital = false): Spoken => (capital ? { numberWords: n, capital } : { numberWords: n });

/** "12, 12 and 11". */
export const spokenList = (items: readonly (string | number)[]): Spoken => ({ list: [...items] });

/** "Thursday, December 24" in the zone. */
export const spokenDate = (iso: string, zone: string): Spoken => ({ date: iso, zone });

/** "today", "tomorrow" or "on Thursday". */
export const spokenDay = (iso: string, now: string, zone: string): Spoken => ({ day: iso, now, zone });

/** "earlier today", "yesterday", "on Monday". */
export const spokenWhen = (iso: string, now: string, zone: string): Spoken => ({ when: iso, now, zone });
