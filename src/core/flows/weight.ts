/** Changing the dumbbell weight and the units, by the user or by progression. */
import { convertWeight } from '../progression';
import { PROGRAM, type Unit } from '../program';
import type { Turn } from '../turn';
import { checkWeight } from '../validate';
import { unitWords, weightWords } from '../words';

/** Sets the working weight (and the weight of a workout in progress) and logs why it changed. */
export const recordWeightChange = (turn: Turn, weight: number, reason: 'test' | 'progression' | 'user' | 'pain'): void => {
  const doc = turn.doc;
  if (doc.weight === weight) return;
  doc.weightChanges.push({ at: turn.now, from: doc.weight, to: weight, reason });
  doc.weight = weight;
  if (doc.activity?.kind === 'workout') doc.activity.workout.weight = weight;
};

/**
 * A weight the user said, in their units unless they named others (then converted and rounded to the
 * dumbbell's steps). Returns the checked weight, or null after saying what was wrong.
 */
export const understoodWeight = (turn: Turn, value: number | null, said: Unit | null): number | null => {
  const units = turn.doc.units ?? 'lb';
  let weight = value;
  if (value !== null && said !== null && said !== units) {
    weight = convertWeight(value, said, units);
    turn.say('WEIGHT_CONVERTED', { said: weightWords(value, said), weightWords: weightWords(weight, units) });
  }
  const checked = checkWeight(weight, units);
  if (checked.ok) return checked.value;
  const { min, max } = checked.params as { min: number; max: number };
  if (checked.problem === 'WEIGHT_OUT_OF_RANGE') {
    turn.say('WEIGHT_OUT_OF_RANGE', { weightWords: weightWords(weight ?? 0, units), min, max, unitWords: unitWords(units) });
  } else {
    turn.say(checked.problem, checked.params);
  }
  return null;
};

/** A big jump ("fifty" heard for "fifteen") is confirmed before it is stored. */
export const isBigWeightChange = (from: number | null, to: number): boolean =>
  from !== null && (to >= from * PROGRAM.weightJumpRatio || to <= from / PROGRAM.weightJumpRatio);

export const changeUnits = (turn: Turn, unit: Unit): void => {
  const doc = turn.doc;
  const from = doc.units;
  doc.units = unit;
  turn.say('UNITS_CHANGED', { unitWords: unitWords(unit) });
  if (from !== null && from !== unit && doc.weight !== null) {
    const converted = convertWeight(doc.weight, from, unit);
    doc.weight = converted;
    doc.weightChanges.push({ at: turn.now, from: null, to: converted, reason: 'user' });
    if (doc.activity?.kind === 'workout') {
      doc.activity.workout.weight = converted;
      doc.activity.workout.unit = unit;
    }
    turn.say('UNITS_WEIGHT_CONVERTED', { weightWords: weightWords(converted, unit) });
  }
};

/** "What weight am I using?": the working weight, also in the unit asked for when it is not the driver's. */
export const whatWeight = (turn: Turn, asked: Unit | null): void => {
  const doc = turn.doc;
  const units = doc.units ?? 'lb';
  const test = doc.activity?.kind === 'test' ? doc.activity : null;
  const weight = test ? test.weight : doc.weight;
  if (weight === null) {
    const { men, women } = PROGRAM.suggestedStartingWeight[asked ?? units];
    turn.say('WEIGHT_NOT_SET', {
      menLow: men[0],
      menHigh: weightWords(men[1], asked ?? units),
      womenLow: women[0],
      womenHigh: weightWords(women[1], asked ?? units),
    });
    return;
  }
  if (asked === null || asked === units) return void turn.say('WEIGHT_IN_USE', { weightWords: weightWords(weight, units) });
  turn.say('WEIGHT_IN_USE_CONVERTED', { weightWords: weightWords(weight, units), convertedWords: weightWords(Math.round(convertWeight(weight, units, asked, 'exact')), asked) });
};
