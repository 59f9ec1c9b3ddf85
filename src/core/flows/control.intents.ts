/**
 * The intents that steer the coach whatever it is doing: yes and no, stop and cancel, help, pause and resume, hear it
 * again, move on, start over, the menu, and the words that are no intent (./control.ts, ./info.ts's help, the coach's
 * yes and no). Alexa's built-in names: Alexa hears these in its own words too.
 */
import type { FeatureIntents } from '../intentShapes';

export const CONTROL_INTENTS = {
  intents: [
    { name: 'AMAZON.YesIntent', event: 'yes', slots: [] },
    { name: 'AMAZON.NoIntent', event: 'no', slots: [] },
    { name: 'AMAZON.StopIntent', event: 'stop', slots: [] },
    { name: 'AMAZON.CancelIntent', event: 'stop', slots: [] },
    { name: 'AMAZON.HelpIntent', event: 'help', slots: [] },
    { name: 'AMAZON.FallbackIntent', event: 'fallback', slots: [] },
    { name: 'AMAZON.PauseIntent', event: 'pause', slots: [] },
    { name: 'AMAZON.ResumeIntent', event: 'resume', slots: [] },
    { name: 'AMAZON.RepeatIntent', event: 'repeat', slots: [] },
    { name: 'AMAZON.NextIntent', event: 'next', slots: [] },
    { name: 'AMAZON.StartOverIntent', event: 'startOver', slots: [] },
    { name: 'AMAZON.NavigateHomeIntent', event: 'home', slots: [] },
  ],
} as const satisfies FeatureIntents;
