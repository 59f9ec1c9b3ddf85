/**
 * Where the user stands, for the console's status panel: the core's workout status plus the exercise's
 * name as the coach says it.
 */
import type { UserDocument } from '../core/document';
import type { WorkoutStatus } from '../core/reply';
import { prompt } from '../core/prompts';
import { workoutStatus } from '../core/status';

export interface ConsoleStatus extends WorkoutStatus {
  /** The exercise as the coach names it ("single-arm dumbbell row"). */
  exerciseName: string | null;
}

export const consoleStatus = (doc: UserDocument | null, locale = 'en-US'): ConsoleStatus | null => {
  const status = doc && workoutStatus(doc);
  if (!status) return null;
  return { ...status, exerciseName: status.exercise ? prompt(locale, `EXERCISE_${status.exercise}`) : null };
};
