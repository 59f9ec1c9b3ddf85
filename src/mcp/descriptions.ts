/**
 * The words an assistant reads to decide which tool to call and with what, in the coach's own terms: one entry per
 * event a driver can cause, one per slot of the language model, and the lines of a timed part's progress. The
 * compiler holds every event and slot to an entry here.
 */
import type { SpokenEventType } from '../core/events';

/** The events a driver causes by calling a tool (the language model's intents, and opening the coach). */
export type ToolEvent = Exclude<SpokenEventType, 'fallback' | 'sessionEnded'>;

export const TOOL_DESCRIPTIONS: Record<ToolEvent, string> = {
  launch:
    'Open Back Coach, as "Alexa, open Back Coach" does. Call it first in every conversation: the coach greets the driver, ' +
    'sets them up on first use, offers to resume a workout that was stopped, or says what today is for.',
  yes: 'The driver says yes to the question the coach just asked (to confirm a count, to start, to resume, to delete their data).',
  no: 'The driver says no to the question the coach just asked.',
  stop: 'The driver says stop, cancel or goodbye. Nothing is lost: the workout is kept, and opening the coach again offers to resume it.',
  help: 'The driver asks what they can say or do at this point.',
  pause: 'The driver asks to pause the workout (a phone call, a stop at the pump). The coach holds the workout where it is.',
  resume: 'The driver is back and asks to go on with a paused or stopped workout.',
  repeat: 'The driver asks the coach to say that again.',
  next: 'The driver says "next": move on to what comes next in the workout.',
  startOver: 'The driver asks to start over.',
  home: 'The driver asks to go back to the start of the conversation.',
  count:
    'The driver says how many reps they did with the weak side (or, for the carry, how many seconds they held it). Give the number ' +
    'the driver said; the coach checks it and asks again when it sounds misheard. Only the weak side is counted by the driver: ' +
    'the coach counts the strong side itself.',
  correction: 'The driver corrects the number they just gave ("no, fifteen", "sorry, I meant eight").',
  done: 'The driver says they are done with the set or the stretch they were doing.',
  weight: 'The driver says the dumbbell\'s weight, with its unit when they said one ("thirty five pounds").',
  units: 'The driver chooses pounds or kilograms for their weights.',
  side: 'The driver names their weaker side, left or right, when the coach asks which side feels weaker.',
  switchWeakSide: 'The driver says their weak side is the other one ("switch my weak side to the right").',
  ready: 'The driver says go, ready or "I\'m set" when the coach waits for them to start a set.',
  startWorkout: 'The driver asks to start (or resume) today\'s one-sided back workout.',
  startTest: 'The driver asks to start the max-reps baseline test, or a retest of the gap between their sides.',
  progress: 'The driver asks how they are doing: the gap between their sides since the baseline, and their workouts.',
  whatsNext: 'The driver asks what comes next: the next set, exercise or workout day.',
  timeLeft: 'The driver asks how much is left of this session: the sets and the minutes.',
  whatWeight: 'The driver asks which weight they are using, in the unit they name if they name one.',
  whyOneSide: 'The driver asks why the workout is one-sided and why the weak side goes first.',
  pain:
    'The driver says something hurts (their back, neck, shoulder, with or without a count). Call it at once whatever else was said: ' +
    'the coach stops the exercise and gives safety advice.',
  lostForm: 'The driver says they lost form in the set, with its count when they said one ("ten, but I lost form").',
  skip: 'The driver asks to skip this set or exercise.',
  skipRest: 'The driver asks to skip the rest that is running and go on.',
  deleteData:
    'The driver asks to delete everything the coach keeps about them. The coach asks to confirm first; their data is deleted ' +
    'only when they then say yes.',
  breakReminders: 'The driver is starting a drive and wants posture-break reminders during it.',
  postureBreak: 'The driver wants the two-minute posture break (band pull-aparts) now, not reminders of it.',
  driveLength: 'The driver says how long their drive is ("about five hours").',
  breakInterval: 'The driver says how often they want a posture break ("every 90 minutes").',
  endDrive: 'The driver says they are done driving for now.',
  workoutReminders: 'The driver asks to be reminded to work out on workout days, at the time they say if they say one.',
  timeOfDay: 'The driver says a time of day in answer to the coach\'s question ("seven in the morning").',
  stopWorkoutReminders: 'The driver asks the coach to stop reminding them to work out.',
  timeZone: 'The driver says which time zone they are in now ("I\'m on central time").',
};

/** What each slot of the language model means, as a tool's argument. */
export const SLOT_DESCRIPTIONS: Record<string, string> = {
  count: 'The number of reps the driver said (for the carry: seconds).',
  duration: 'For the carry, the time held in the driver\'s words ("a minute and ten seconds"); a number of seconds goes in count.',
  side: 'A side of the body: left or right.',
  mistaken: 'The number the driver says was wrong.',
  weight: "The dumbbell's weight as a number.",
  unit: 'lb for pounds, kg for kilograms.',
  previousSide: 'The side the driver says was wrongly taken as the weak side.',
  part: 'The part of the body that hurts.',
  complaint: 'How it hurts.',
  length: 'The length of the drive, ISO 8601 (PT5H30M).',
  minutes: 'Minutes between two breaks.',
  time: 'A local time of day, HH:MM, on the quarter hour.',
  zone: 'An IANA time zone.',
};

/** The lines of a timed part's progress notifications. */
export const PROGRESS_LINES = {
  rep: (n: number, of: number): string => `${n} of ${of}`,
  rest: (left: number): string => `Rest: ${left} seconds left`,
  set: (left: number): string => `Your set: ${left} seconds left`,
  count: (left: number): string => `Counting: ${left} seconds left`,
};

/**
 * What a call hears when it comes from the assistant's platform signed in as itself (a client-credentials login), not
 * from a driver: the coach has no document to read or write until the driver links their account.
 */
export const NO_DRIVER =
  'No driver is signed in: this call comes from the platform itself. Ask the driver to link their Back Coach account ' +
  '(account linking in the assistant\'s app) and call again with their own token.';

export const RESOURCE_DESCRIPTIONS = {
  progress:
    "The driver's progress: the baseline test, every retest, the latest workouts (rows per side) and the gap between the sides now.",
  app: "The coach's screen for an assistant's host: where the workout stands, the strong side's count as it is counted, and the progress chart, drawn from each tool's result.",
  rules:
    'The rules of the one-sided back program: exercises, sets, rests, rep targets, progression, and why one side, in English. ' +
    "In the driver's language: backcoach://program/rules{?locale} (backcoach://program/rules?locale=es-MX).",
  rulesInLanguage:
    "The rules of the one-sided back program, with why one side in the language of the locale named as each tool's `locale` " +
    '(en-US, es-US, es-MX...).',
};

/** What the server says of itself to an assistant when it connects. */
export const SERVER_INSTRUCTIONS =
  'Back Coach coaches a truck driver through a one-sided back workout by voice. Call launch first. Each tool is one thing the ' +
  'driver said; read the result\'s text aloud as it is, and answer the coach\'s question with the tool its `expects` names. ' +
  'Pass the driver\'s language as `locale` on every call (es-MX or es-US for a driver who speaks Spanish): the coach answers in it. ' +
  'Never coach exercises while the driver may be driving.';

/**
 * What a driver can pick from an assistant's menu of this server's prompts: each asks the assistant to do one job with
 * the coach's tools, the way the driver would say it.
 */
export const PROMPTS = {
  todays_workout: {
    title: "Today's back workout",
    description: "Coach me through today's one-sided back workout, weak side first.",
    text:
      "Coach me through today's Back Coach workout. Call launch first, then read me each result's text as it is and call the " +
      'tool each result names for my answer. Ask me for every count; never make one up.',
  },
  how_am_i_doing: {
    title: 'How am I doing?',
    description: 'How my weak side is catching up: the gap at each test and my workouts since.',
    text: 'How is my weak side catching up? Call the progress tool and read me its text, then tell me what the chart shows.',
  },
  posture_breaks: {
    title: 'Posture breaks on my drive',
    description: 'Reminders to take a posture break while I drive today.',
    text: 'I am about to drive. Call break_reminders and answer the coach\'s questions with me, so I get posture-break reminders on the road.',
  },
} as const;
