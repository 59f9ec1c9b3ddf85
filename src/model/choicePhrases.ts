/**
 * A file of its own, re-exported by ./languageModel.ts: the Lambda shows these on an Echo Show's buttons without
 * loading the language model, whose samples take tens of milliseconds to build at a cold start.
 */
import type { Choice } from '../core/reply';

/**
 * The phrase that gives each short answer a question can invite (a chip in a chat, a button in the browser
 * console). Every phrase is a sample of the intent whose event means that answer; a test checks it.
 */
export const CHOICE_PHRASES: Record<Choice, string> = {
  yes: 'Yes',
  no: 'No',
  go: 'Go',
  resume: 'Resume',
  stop: 'Stop',
  skipRest: 'Skip the rest',
  left: 'Left',
  right: 'Right',
  lb: 'Pounds',
  kg: 'Kilograms',
  startWorkout: 'Start my workout',
  startTest: 'Start a retest',
  progress: 'How am I doing',
};
