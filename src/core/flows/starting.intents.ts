/**
 * The intents that start things: a set ("go", ./control.ts's ready), a workout or the test (./home.ts), and a greeting
 * said inside a session, which only Alexa's model needs (Dialogflow's welcome intent and the local NLU's welcome
 * phrases hear it on the other hosts).
 */
import type { FeatureIntents } from '../intentShapes';

export const STARTING_INTENTS = {
  intents: [
    { name: 'ReadyIntent', event: 'ready', slots: [] },
    { name: 'StartWorkoutIntent', event: 'startWorkout', slots: [] },
    { name: 'StartTestIntent', event: 'startTest', slots: [] },
  ],
  alexaOnly: [{ name: 'GreetingIntent', event: 'launch', slots: [] }],
} as const satisfies FeatureIntents;
