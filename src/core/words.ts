/** Small spoken phrases built from the string table: weights, units, exercise names, lists. */
import type { Turn } from './turn';
import type { ExerciseId, Unit } from './program';

const formatNumber = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, ''));

export const weightWords = (turn: Turn, weight: number, unit: Unit): string =>
  turn.text(unit === 'lb' ? 'WEIGHT_WORDS_lb' : 'WEIGHT_WORDS_kg', { weight: formatNumber(weight) });

export const unitWords = (turn: Turn, unit: Unit): string => turn.text(unit === 'lb' ? 'UNIT_WORDS_lb' : 'UNIT_WORDS_kg');

export const exerciseName = (turn: Turn, id: ExerciseId): string => turn.text(`EXERCISE_${id}`);

export const exercisePlural = (turn: Turn, id: ExerciseId): string => turn.text(`EXERCISE_PLURAL_${id}`);

export const repWord = (n: number): string => (n === 1 ? 'rep' : 'reps');

/** "12, 12 and 11". */
export const spokenList = (items: readonly (string | number)[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
