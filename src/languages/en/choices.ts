/**
 * The phrase that gives each short answer a question can invite: a chip in Dialogflow's chat, a button on an Echo Show
 * and on the browser page, a choice an assistant offers. Every phrase is a sample of the intent whose event means that
 * answer, so a driver who taps it or says it is understood (a test checks it in each language).
 */
import type { ChoiceTable } from '../words';

export const CHOICES_EN: ChoiceTable = {
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
