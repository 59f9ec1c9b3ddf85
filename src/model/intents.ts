/**
 * What the hosts need of the language model: each intent's name, the coach event it means and its slots, and the
 * values of the custom slot types. The samples are in ./languageModel.ts, which builds on this file; keeping them
 * apart keeps the phrase lists and their generators out of the Lambda bundle, which maps intents to events and
 * never reads a sample.
 */
import type { SpokenEventType } from '../core/events';
import { BODY_PARTS, COMPLAINTS, SIDE_NAMES, TIME_ZONES, UNIT_NAMES } from '../core/reading/english';
import { driveLengthWordings, timeOfDayWordings } from './clockWordings';
import { durationWordings, isoDuration } from './durations';

export type SlotTypeName =
  | 'AMAZON.NUMBER'
  | 'UnitType'
  | 'SideType'
  | 'DurationType'
  | 'DriveLengthType'
  | 'TimeOfDayType'
  | 'BodyPartType'
  | 'ComplaintType'
  | 'TimeZoneType';

export interface SlotDef {
  name: string;
  type: SlotTypeName;
}

/** An intent of the language model without its samples. */
export interface IntentShape {
  /** The platform intent name; names starting with AMAZON. are Alexa built-ins. */
  name: string;
  /** The coach event this intent becomes. */
  event: SpokenEventType;
  slots: SlotDef[];
  /** For an intent that spells one slot's value out in its words: the intent it stands for. */
  variantOf?: string;
  /** Slot values (by id) that the intent's own words say, such as the unit in "{weight} pounds". */
  impliedSlots?: Readonly<Record<string, string>>;
}

export interface SlotTypeValue {
  id: string;
  synonyms: string[];
  /** The value as typed, with digits ("7:30 pm"): for the hosts that read typed words, never for Alexa's model. */
  written?: string[];
}

/**
 * The custom slot types' values. Units, sides, body parts, complaints and time zones are the reading rules' own word
 * tables (src/core/reading/english.ts), so every platform's NLU hears the words those rules read.
 */
const once = <T>(make: () => T): (() => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};
// The wordings of every duration, drive length and time of day are generated, thousands of them: only when a slot of
// that type is first read (a launch reads none).
const durations = once(() => durationWordings().map(({ seconds, wordings }) => ({ id: isoDuration(seconds), synonyms: wordings })));
const driveLengths = once(() => driveLengthWordings().map(({ id, wordings, written }) => ({ id, synonyms: wordings, written })));
const timesOfDay = once(() => timeOfDayWordings().map(({ id, wordings, written }) => ({ id, synonyms: wordings, written })));

export const CUSTOM_SLOT_TYPES: Readonly<Record<Exclude<SlotTypeName, 'AMAZON.NUMBER'>, SlotTypeValue[]>> = {
  UnitType: (['lb', 'kg'] as const).map((id) => ({ id, synonyms: [...UNIT_NAMES[id]] })),
  SideType: (['left', 'right'] as const).map((id) => ({ id, synonyms: [...SIDE_NAMES[id]] })),
  BodyPartType: BODY_PARTS.map(({ id, names }) => ({ id, synonyms: [...names] })),
  ComplaintType: COMPLAINTS.map(({ id, names }) => ({ id, synonyms: [...names] })),
  TimeZoneType: TIME_ZONES.map(({ id, names }) => ({ id, synonyms: [...names] })),
  get DurationType() {
    return durations();
  },
  get DriveLengthType() {
    return driveLengths();
  },
  get TimeOfDayType() {
    return timesOfDay();
  },
};

/** Every intent, in the order the models list them; ./languageModel.ts gives each its samples. */
export const INTENT_SHAPES: IntentShape[] = [
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
  {
    name: 'CountIntent',
    event: 'count',
    // "Twelve on the left": the side said with a count is only a comment on it.
    slots: [
      { name: 'count', type: 'AMAZON.NUMBER' },
      { name: 'duration', type: 'DurationType' },
      { name: 'side', type: 'SideType' },
    ],
  },
  {
    name: 'CorrectionIntent',
    event: 'correction',
    slots: [
      { name: 'count', type: 'AMAZON.NUMBER' },
      { name: 'duration', type: 'DurationType' },
      { name: 'mistaken', type: 'AMAZON.NUMBER' },
    ],
  },
  { name: 'DoneIntent', event: 'done', slots: [] },
  {
    name: 'WeightIntent',
    event: 'weight',
    slots: [
      { name: 'weight', type: 'AMAZON.NUMBER' },
      { name: 'unit', type: 'UnitType' },
    ],
  },
  {
    name: 'UnitsIntent',
    event: 'units',
    slots: [{ name: 'unit', type: 'UnitType' }],
  },
  {
    name: 'SideIntent',
    event: 'side',
    slots: [{ name: 'side', type: 'SideType' }],
  },
  {
    name: 'SwitchWeakSideIntent',
    event: 'switchWeakSide',
    slots: [
      { name: 'side', type: 'SideType' },
      { name: 'previousSide', type: 'SideType' },
    ],
  },
  { name: 'ReadyIntent', event: 'ready', slots: [] },
  { name: 'StartWorkoutIntent', event: 'startWorkout', slots: [] },
  { name: 'StartTestIntent', event: 'startTest', slots: [] },
  { name: 'ProgressIntent', event: 'progress', slots: [] },
  { name: 'WhatsNextIntent', event: 'whatsNext', slots: [] },
  { name: 'TimeLeftIntent', event: 'timeLeft', slots: [] },
  { name: 'WhatWeightIntent', event: 'whatWeight', slots: [{ name: 'unit', type: 'UnitType' }] },
  { name: 'WhyOneSideIntent', event: 'whyOneSide', slots: [] },
  // "Ten, but it hurt" says a count too; "my {part} is {complaint}" is pain in any words for any body part.
  {
    name: 'PainIntent',
    event: 'pain',
    slots: [
      { name: 'count', type: 'AMAZON.NUMBER' },
      { name: 'part', type: 'BodyPartType' },
      { name: 'complaint', type: 'ComplaintType' },
    ],
  },
  // "Ten, but I lost form" also says the count.
  { name: 'LostFormIntent', event: 'lostForm', slots: [{ name: 'count', type: 'AMAZON.NUMBER' }] },
  { name: 'SkipIntent', event: 'skip', slots: [] },
  { name: 'SkipRestIntent', event: 'skipRest', slots: [] },
  { name: 'DeleteDataIntent', event: 'deleteData', slots: [] },
  { name: 'BreakRemindersIntent', event: 'breakReminders', slots: [] },
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
  { name: 'TimeZoneIntent', event: 'timeZone', slots: [{ name: 'zone', type: 'TimeZoneType' }] },
];

const weightShape = INTENT_SHAPES.find((shape) => shape.name === 'WeightIntent');
if (!weightShape) throw new Error('The language model has no WeightIntent');

/** The weight intent once per unit, with the unit said as a word: for exact matchers only (Alexa's model). */
const spelledUnitShape = (unit: 'lb' | 'kg', name: string, weight: IntentShape): IntentShape => ({
  name,
  event: weight.event,
  slots: weight.slots.filter((slot) => slot.name !== 'unit'),
  variantOf: weight.name,
  impliedSlots: { unit },
});

/**
 * Intents only Alexa's model carries: the weight with its unit spelled out (exact matchers cannot split "forty
 * pounds"), and a greeting said inside a session ("hi back coach"), which Dialogflow's welcome intent and the local
 * NLU's welcome phrases hear on the other hosts.
 */
export const ALEXA_ONLY_SHAPES: IntentShape[] = [
  spelledUnitShape('lb', 'WeightInPoundsIntent', weightShape),
  spelledUnitShape('kg', 'WeightInKilogramsIntent', weightShape),
  { name: 'GreetingIntent', event: 'launch', slots: [] },
];
