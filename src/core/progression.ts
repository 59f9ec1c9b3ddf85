/**
 * Progression is dictated by the weak side alone: every working set of rows at the target, with good form,
 * in N workouts in a row at the current weight, earns one step up.
 */
import type { UserDocument, WorkoutInProgress, WorkoutRecord } from './document';
import { exerciseById, PROGRAM, type Unit } from './program';

const rule = PROGRAM.progression;

/** True when this workout counts toward moving up. */
export const qualifies = (workout: Pick<WorkoutInProgress, 'sets'>): boolean => {
  const rows = workout.sets.filter((s) => s.exercise === rule.exercise);
  const needed = exerciseById(rule.exercise).workingSets;
  return (
    rows.length >= needed &&
    rows.every((s) => s.weak >= rule.repsEveryWorkingSet && !s.formLost)
  );
};

/** How many of the most recent workouts in a row, at this weight, qualify. */
export const qualifyingStreak = (workouts: readonly WorkoutRecord[], weight: number, unit: Unit): number => {
  let streak = 0;
  for (const w of [...workouts].reverse()) {
    if (w.weight !== weight || w.unit !== unit || !qualifies(w)) break;
    streak++;
  }
  return streak;
};

export const step = (unit: Unit): number => rule.step[unit];

/** The weight the next workout should use, when the streak has earned a step up; else null. */
export const earnedWeight = (doc: Pick<UserDocument, 'workouts' | 'weight' | 'units'>): number | null => {
  if (doc.weight === null || doc.units === null) return null;
  return qualifyingStreak(doc.workouts, doc.weight, doc.units) >= rule.workoutsInARow
    ? roundToStep(doc.weight + step(doc.units), doc.units)
    : null;
};

export const roundToStep = (weight: number, unit: Unit): number => {
  const s = step(unit);
  return Math.max(s, Math.round(weight / s) * s);
};

const KG_PER_LB = 0.45359237;

/** A weight in other units: to the dumbbell's steps (a weight to lift), or `exact` (a weight to say "about"). */
export const convertWeight = (weight: number, from: Unit, to: Unit, rounding: 'steps' | 'exact' = 'steps'): number => {
  if (from === to) return weight;
  const converted = from === 'lb' ? weight * KG_PER_LB : weight / KG_PER_LB;
  return rounding === 'exact' ? converted : roundToStep(converted, to);
};
