/**
 * What Spanish-speaking drivers say to the coach, by intent: the Spanish of src/model/languageModel.ts's samples, with
 * the same `{slot}` names, for drivers in the US and Mexico (tú and usted, "ahorita", "órale", "sale", the English
 * words they mix in: "las reps", "el dumbbell", "ok", "break"; trucker talk: "diez cuatro", "copiado"). Each intent's
 * samples are generated when first read. The intents themselves (events, slots) are the model's (src/model/intents.ts);
 * the slot types' Spanish values are in ./slotValues.ts.
 */
import { countSamples, correctionSamples, doneSamples, noSamples, sideSamples, spelledUnitSamples, switchWeakSideSamples, unitsSamples, weightSamples, yesSamples } from './phrasesAnswers';
import { lostFormSamples, painSamples } from './phrasesPain';
import { progressSamples, timeLeftSamples, whatsNextSamples, whatWeightSamples, whyOneSideSamples } from './phrasesQuestions';
import {
  breakIntervalSamples,
  breakRemindersSamples,
  deleteDataSamples,
  driveLengthSamples,
  endDriveSamples,
  stopWorkoutRemindersSamples,
  timeOfDaySamples,
  timeZoneSamples,
  workoutRemindersSamples,
} from './phrasesReminders';
import {
  cancelSamples,
  greetingSamples,
  helpSamples,
  homeSamples,
  nextSamples,
  pauseSamples,
  readySamples,
  repeatSamples,
  resumeSamples,
  skipRestSamples,
  skipSamples,
  startOverSamples,
  startTestSamples,
  startWorkoutSamples,
  stopSamples,
} from './phrasesWorkout';

/** Words drivers double for emphasis ("no no", "sí sí", "ay ay"); any other word said twice in a row is a slip of the patterns. */
const EMPHATIC = new Set(['sí', 'no', 'ay', 'ya', 'va', 'dale', 'listo', 'espera', 'para', 'órale', 'ándale']);

/** A sample that says no word twice in a row, but for emphasis. */
const saidOnce = (sample: string): boolean => {
  const words = sample.toLowerCase().split(' ');
  return words.every((word, i) => i === 0 || word !== words[i - 1] || EMPHATIC.has(word));
};

const GENERATORS: Readonly<Record<string, () => string[]>> = {
  'AMAZON.YesIntent': yesSamples,
  'AMAZON.NoIntent': noSamples,
  'AMAZON.StopIntent': stopSamples,
  'AMAZON.CancelIntent': cancelSamples,
  'AMAZON.HelpIntent': helpSamples,
  'AMAZON.FallbackIntent': () => [],
  'AMAZON.PauseIntent': pauseSamples,
  'AMAZON.ResumeIntent': resumeSamples,
  'AMAZON.RepeatIntent': repeatSamples,
  'AMAZON.NextIntent': nextSamples,
  'AMAZON.StartOverIntent': startOverSamples,
  'AMAZON.NavigateHomeIntent': homeSamples,
  CountIntent: countSamples,
  CorrectionIntent: correctionSamples,
  DoneIntent: doneSamples,
  WeightIntent: weightSamples,
  UnitsIntent: unitsSamples,
  SideIntent: sideSamples,
  SwitchWeakSideIntent: switchWeakSideSamples,
  ReadyIntent: readySamples,
  StartWorkoutIntent: startWorkoutSamples,
  StartTestIntent: startTestSamples,
  ProgressIntent: progressSamples,
  WhatsNextIntent: whatsNextSamples,
  TimeLeftIntent: timeLeftSamples,
  WhatWeightIntent: whatWeightSamples,
  WhyOneSideIntent: whyOneSideSamples,
  PainIntent: painSamples,
  LostFormIntent: lostFormSamples,
  SkipIntent: skipSamples,
  SkipRestIntent: skipRestSamples,
  DeleteDataIntent: deleteDataSamples,
  BreakRemindersIntent: breakRemindersSamples,
  DriveLengthIntent: driveLengthSamples,
  BreakIntervalIntent: breakIntervalSamples,
  EndDriveIntent: endDriveSamples,
  WorkoutRemindersIntent: workoutRemindersSamples,
  TimeOfDayIntent: timeOfDaySamples,
  StopWorkoutRemindersIntent: stopWorkoutRemindersSamples,
  TimeZoneIntent: timeZoneSamples,
  // Alexa's model only, as in English: the weight with its unit as a word, and a greeting said in a session.
  WeightInPoundsIntent: () => spelledUnitSamples('lb'),
  WeightInKilogramsIntent: () => spelledUnitSamples('kg'),
  GreetingIntent: greetingSamples,
};

const made = new Map<string, string[]>();

/** The Spanish samples of an intent, by its name; none for an intent the language has no phrasing of. */
export const spanishSamples = (intentName: string): string[] => {
  let samples = made.get(intentName);
  if (!samples) {
    samples = (GENERATORS[intentName]?.() ?? []).filter(saidOnce);
    made.set(intentName, samples);
  }
  return samples;
};

/** The intents that have a Spanish phrasing, in the model's order. */
export const SPANISH_INTENT_NAMES: readonly string[] = Object.keys(GENERATORS);

/** What opens the coach when no platform event does, as Dialogflow's welcome intent and the local NLU hear it. */
export const SPANISH_WELCOME_PHRASES: readonly string[] = ['abre back coach', 'habla con back coach', 'inicia back coach', 'abrir back coach', 'hola back coach', 'hola', 'qué onda', 'buenos días', 'buenas tardes', 'buenas noches'];
