/**
 * The single source of what users can say. The Alexa interaction model, the local NLU and (later) the
 * Dialogflow agent are all generated from this file; nothing else lists sample phrases.
 */
import type { CoachEventType } from '../core/events';
import type { Choice } from '../core/reply';

export const INVOCATION_NAME = 'back coach';

export type SlotTypeName = 'AMAZON.NUMBER' | 'UnitType' | 'SideType';

export interface SlotDef {
  name: string;
  type: SlotTypeName;
}

export interface IntentDef {
  /** The platform intent name; names starting with AMAZON. are Alexa built-ins. */
  name: string;
  /** The coach event this intent becomes. */
  event: CoachEventType;
  slots: SlotDef[];
  /** Sample phrases; `{slot}` marks a slot. For built-ins these train the local NLU and other platforms. */
  samples: string[];
}

export interface SlotTypeValue {
  id: string;
  synonyms: string[];
}

export const CUSTOM_SLOT_TYPES: Record<Exclude<SlotTypeName, 'AMAZON.NUMBER'>, SlotTypeValue[]> = {
  UnitType: [
    { id: 'lb', synonyms: ['pounds', 'pound', 'lbs', 'lb', 'imperial'] },
    { id: 'kg', synonyms: ['kilograms', 'kilogram', 'kilos', 'kilo', 'kg', 'metric'] },
  ],
  SideType: [
    { id: 'left', synonyms: ['left', 'left hand', 'left arm', 'left side'] },
    { id: 'right', synonyms: ['right', 'right hand', 'right arm', 'right side'] },
  ],
};

/**
 * What opens the coach when no platform event does (Alexa's launch is its own request): Dialogflow's welcome
 * intent hears these, and so does the local NLU.
 */
export const WELCOME_PHRASES: readonly string[] = [
  `open ${INVOCATION_NAME}`,
  `talk to ${INVOCATION_NAME}`,
  `start ${INVOCATION_NAME}`,
  `launch ${INVOCATION_NAME}`,
  `hi ${INVOCATION_NAME}`,
  `hello ${INVOCATION_NAME}`,
  'hi',
  'hello',
  'hey',
  'hi there',
  'hey there',
  'good morning',
  'good evening',
];

const builtin = (name: string, event: CoachEventType, samples: string[]): IntentDef => ({
  name: `AMAZON.${name}`,
  event,
  slots: [],
  samples,
});

export const INTENTS: IntentDef[] = [
  builtin('YesIntent', 'yes', ['yes', 'yeah', 'yep', 'sure', 'okay', 'ok', 'please do', 'sounds good', 'let\'s do it', 'yes please', 'correct', 'that\'s right']),
  builtin('NoIntent', 'no', ['no', 'nope', 'not now', 'no thanks', 'nah', 'that\'s wrong', 'no it isn\'t']),
  builtin('StopIntent', 'stop', ['stop', 'quit', 'exit', 'I\'m done for today', 'end the workout', 'goodbye']),
  builtin('CancelIntent', 'stop', ['cancel', 'never mind', 'forget it']),
  builtin('HelpIntent', 'help', ['help', 'what can I say', 'help me', 'I need help', 'what do I do']),
  builtin('FallbackIntent', 'fallback', []),
  builtin('PauseIntent', 'pause', ['pause', 'hold on', 'wait', 'give me a minute', 'pause the workout']),
  builtin('ResumeIntent', 'resume', ['resume', 'continue', 'keep going', 'carry on', 'pick up where I left off']),
  builtin('RepeatIntent', 'repeat', ['repeat', 'say that again', 'what did you say', 'repeat that', 'come again']),
  builtin('NextIntent', 'next', ['next', 'next one', 'next exercise']),
  builtin('StartOverIntent', 'startOver', ['start over', 'restart', 'start again', 'from the top']),
  builtin('NavigateHomeIntent', 'home', ['home', 'go home', 'main menu']),
  {
    name: 'CountIntent',
    event: 'count',
    slots: [{ name: 'count', type: 'AMAZON.NUMBER' }],
    samples: [
      '{count}',
      'I got {count}',
      'I did {count}',
      'got {count}',
      'did {count}',
      '{count} reps',
      '{count} rep',
      '{count} repetitions',
      'I got {count} reps',
      'I did {count} reps',
      'I managed {count}',
      'that was {count}',
      '{count} seconds',
      'I held it {count} seconds',
      'I held it for {count} seconds',
      'I carried it {count} seconds',
      'I made it to {count}',
    ],
  },
  {
    name: 'WeightIntent',
    event: 'weight',
    slots: [
      { name: 'weight', type: 'AMAZON.NUMBER' },
      { name: 'unit', type: 'UnitType' },
    ],
    samples: [
      '{weight} {unit}',
      'make it {weight} {unit}',
      'make it {weight}',
      'change the weight to {weight} {unit}',
      'change the weight to {weight}',
      'set the weight to {weight} {unit}',
      'use {weight} {unit}',
      'I\'m using {weight} {unit}',
      'the dumbbell is {weight} {unit}',
      'my dumbbell is {weight} {unit}',
      'I have {weight} {unit}',
      'change the weight',
    ],
  },
  {
    name: 'UnitsIntent',
    event: 'units',
    slots: [{ name: 'unit', type: 'UnitType' }],
    samples: ['{unit}', 'use {unit}', 'in {unit}', 'switch to {unit}', 'I use {unit}', 'change units to {unit}', 'I train in {unit}'],
  },
  {
    name: 'SideIntent',
    event: 'side',
    slots: [{ name: 'side', type: 'SideType' }],
    samples: ['{side}', 'my {side}', 'the {side}', 'the {side} one', '{side} is weaker', 'my {side} is weaker', 'the {side} is weaker', 'it\'s my {side}', 'probably my {side}'],
  },
  {
    name: 'SwitchWeakSideIntent',
    event: 'switchWeakSide',
    slots: [{ name: 'side', type: 'SideType' }],
    samples: [
      'switch the weak side',
      'switch my weak side',
      'switch sides',
      'swap my weak side',
      'my weak side is {side}',
      'my weak side is the {side}',
      'make {side} my weak side',
      'change my weak side to {side}',
      'my {side} is actually weaker',
      'the other side is weaker',
    ],
  },
  {
    name: 'ReadyIntent',
    event: 'ready',
    slots: [],
    samples: ['ready', 'I\'m ready', 'go', 'let\'s go', 'start the set', 'I\'m set', 'okay go', 'begin', 'ready to go'],
  },
  {
    name: 'StartWorkoutIntent',
    event: 'startWorkout',
    slots: [],
    samples: ['start my workout', 'start the workout', 'start a workout', 'let\'s work out', 'workout', 'let\'s train', 'start training', 'begin my workout', 'I want to work out', 'coach me'],
  },
  {
    name: 'StartTestIntent',
    event: 'startTest',
    slots: [],
    samples: ['start the baseline test', 'baseline test', 'the baseline', 'retest', 'test my strength', 'do the test', 'start a retest', 'test me', 'do a retest', 'test my gap'],
  },
  {
    name: 'ProgressIntent',
    event: 'progress',
    slots: [],
    samples: ['how am I doing', 'how\'s my progress', 'my progress', 'am I getting better', 'what\'s my gap', 'I\'m not making progress', 'how far have I come', 'show my progress'],
  },
  {
    name: 'WhatsNextIntent',
    event: 'whatsNext',
    slots: [],
    samples: ['what\'s next', 'what is next', 'what comes next', 'what\'s coming up', 'where am I', 'what\'s left'],
  },
  {
    name: 'WhyOneSideIntent',
    event: 'whyOneSide',
    slots: [],
    samples: ['why one side', 'why one side at a time', 'why not both arms', 'why do I train one side', 'why single arm', 'why only one arm', 'explain why'],
  },
  {
    name: 'PainIntent',
    event: 'pain',
    slots: [],
    samples: ['my back hurts', 'that hurts', 'it hurts', 'I feel pain', 'pain', 'I\'m in pain', 'my shoulder hurts', 'ouch', 'I hurt my back', 'something hurts'],
  },
  {
    name: 'LostFormIntent',
    event: 'lostForm',
    slots: [],
    samples: ['I lost form', 'lost form', 'my form broke', 'bad form', 'my form was bad', 'I cheated that one', 'my form slipped', 'sloppy form'],
  },
  {
    name: 'SkipIntent',
    event: 'skip',
    slots: [],
    samples: ['skip', 'skip this', 'skip it', 'skip this exercise', 'skip this set', 'move on', 'skip ahead'],
  },
  {
    name: 'SkipRestIntent',
    event: 'skipRest',
    slots: [],
    samples: ['skip the rest', 'skip the rest period', 'skip rest', 'no rest', 'I don\'t need the rest', 'I\'m rested'],
  },
  {
    name: 'DeleteDataIntent',
    event: 'deleteData',
    slots: [],
    samples: ['delete my data', 'erase my data', 'forget me', 'delete everything', 'reset my data', 'delete my account', 'remove my data'],
  },
  {
    name: 'BreakRemindersIntent',
    event: 'breakReminders',
    slots: [],
    samples: ['break reminders', 'remind me to take breaks', 'I\'m about to drive', 'posture break', 'road tips', 'I\'m driving', 'posture tips', 'what should I do while driving', 'tips for the road'],
  },
];

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
