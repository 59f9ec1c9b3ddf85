/** Where the workout or test stands, derived from the user's document, for screens and the consoles. */
import type { UserDocument } from './document';
import { exerciseById, otherSide } from './program';
import type { WorkoutStatus } from './reply';

export const workoutStatus = (doc: UserDocument): WorkoutStatus | null => {
  const activity = doc.activity;
  if (activity?.kind === 'workout') {
    const { position, workout } = activity;
    const exercise = exerciseById(position.exercise);
    const logged = workout.sets.filter((s) => s.exercise === position.exercise);
    const thisSet = position.step === 'weak' ? logged.find((s) => s.set === position.set) : undefined;
    const capSet = thisSet ?? logged[logged.length - 1];
    const finisher = position.step === 'finisher';
    const finisherReps = position.exercise === 'row' ? (workout.finisherReps ?? 0) : 0;
    return {
      activity: 'workout',
      testKind: null,
      exercise: position.exercise,
      measure: finisher ? 'reps' : exercise.measure,
      side: workout.weakSide,
      strongSide: otherSide(workout.weakSide),
      // The weak side's count of this set is logged: the strong side is being counted to it.
      working: thisSet ? 'strong' : 'weak',
      finisher,
      set: finisher ? null : position.set,
      sets: exercise.workingSets,
      cap: finisher ? null : (capSet?.weak ?? null),
      capFromSet: finisher ? null : (capSet?.set ?? null),
      done: workout.sets.length,
      repsSoFar: logged.reduce((sum, s) => sum + s.weak, 0) + finisherReps,
      weight: exercise.usesDumbbell ? workout.weight : null,
      unit: workout.unit,
      paused: activity.paused,
    };
  }
  if (activity?.kind === 'test') {
    return {
      activity: 'test',
      testKind: activity.testKind,
      exercise: 'row',
      measure: 'reps',
      side: doc.weakSide,
      strongSide: doc.weakSide ? otherSide(doc.weakSide) : null,
      working: activity.step === 'weight' ? null : activity.step,
      finisher: false,
      set: null,
      sets: null,
      cap: activity.weakReps,
      capFromSet: null,
      done: activity.weakReps === null ? 0 : 1,
      repsSoFar: activity.weakReps ?? 0,
      weight: activity.weight,
      unit: doc.units,
      paused: false,
    };
  }
  return null;
};
