/** The reminders (./reminders.ts): breaks on a drive, its length and their interval, the drive's end, workout days and their time. */
import type { FeatureIntents } from '../intentShapes';

export const REMINDER_INTENTS = {
  intents: [
    { name: 'BreakRemindersIntent', event: 'breakReminders', slots: [] },
    { name: 'PostureBreakIntent', event: 'postureBreak', slots: [] },
    { name: 'DriveLengthIntent', event: 'driveLength', slots: [{ name: 'length', type: 'DriveLengthType' }] },
    {
      name: 'BreakIntervalIntent',
      event: 'breakInterval',
      // "Every 60 minutes", or "every hour" and "every hour and a half" as a length of time.
      slots: [
        { name: 'minutes', type: 'AMAZON.NUMBER' },
        { name: 'length', type: 'DriveLengthType' },
      ],
    },
    { name: 'EndDriveIntent', event: 'endDrive', slots: [] },
    { name: 'WorkoutRemindersIntent', event: 'workoutReminders', slots: [{ name: 'time', type: 'TimeOfDayType' }] },
    { name: 'TimeOfDayIntent', event: 'timeOfDay', slots: [{ name: 'time', type: 'TimeOfDayType' }] },
    { name: 'StopWorkoutRemindersIntent', event: 'stopWorkoutReminders', slots: [] },
  ],
} as const satisfies FeatureIntents;
