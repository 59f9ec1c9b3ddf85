/** Where the workout or test stands, derived from the user's document, for screens. */
import type { UserDocument } from './document';
import type { WorkoutStatus } from './events';
import { exerciseById, otherSide } from './program';

export const workoutStatus = (doc: UserDocument): WorkoutStatus | null => {
  const activity = doc.activity;
  if (activity?.kind === 'workout') {
    const { position, workout } = activity;
    const exercise = exerciseById(position.exercise);
    const logged = workout.sets.filter((s) => s.exercise === position.exercise);
    const capSet = logged.find((s) => s.set === position.set) ?? logged[logged.length - 1];
    const finisher = position.exercise === 'row' ? (workout.finisherReps ?? 0) : 0;
    return {
      activity: 'workout',
      testKind: null,
      exercise: position.exercise,
      measure: exercise.measure,
      side: workout.weakSide,
      strongSide: otherSide(workout.weakSide),
      set: position.step === 'finisher' ? null : position.set,
      sets: exercise.workingSets,
      cap: capSet?.weak ?? null,
      capFromSet: capSet?.set ?? null,
      done: workout.sets.length,
      repsSoFar: logged.reduce((sum, s) => sum + s.weak, 0) + finisher,
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
