/**
 * The browser page's own words (buttons, labels, notes, headings, what a screen reader is told), never the coach's:
 * those come with each reply. The console router serves every language's table to the page (src/web/pageWordsModule.ts);
 * `{{name}}` is filled by the page.
 */
import { pageChoiceWords } from '../words';
import { CHOICES_EN } from './choices';

export const PAGE_EN = {
  /** The language's name in itself, on the switch that chooses it. */
  LANGUAGE_NAME: 'English',
  /** The language's short name, on the switch where a narrow phone leaves no room for the whole name. */
  LANGUAGE_CODE: 'EN',
  /** The locale the page listens, speaks and sends in when the browser names none of this language. */
  LOCALE: 'en-US',
  SWITCH_LANGUAGE: 'Switch the page to English',

  TITLE: 'Back Coach',
  VOICE_ON: 'Voice on',
  VOICE_OFF: 'Voice off',
  NO_VOICE: 'No voice here',
  HANDS_FREE: 'Hands-free',

  WHERE_YOU_ARE: 'Where you are',
  NOTHING_IN_PROGRESS: 'No test or workout in progress.',
  NOW: 'Now',
  STEP: 'Step',
  EXERCISE: 'Exercise',
  TURN: 'Turn',
  WEAK_SIDE_SO_FAR: 'Weak side so far',
  STRONG_SIDE: 'Strong side',
  REP: 'Rep',
  REP_OF: 'of',
  YOUR_PROGRESS: 'Your progress',

  COUNTDOWN_rest: 'Rest',
  COUNTDOWN_set: 'Your set',
  COUNTDOWN_count: 'Strong side',
  COUNTDOWN_NEWS: '{{what}}: {{seconds}} seconds',
  SKIP_REST: 'Skip the rest',

  WORKOUT: 'Workout',
  BASELINE_TEST: 'Baseline test',
  RETEST: 'Retest',
  PAUSED: '{{activity}} (paused)',
  TEST_STRONG: 'Strong side',
  TEST_WEAK: 'Weak side',
  TEST_WEIGHT: 'The weight',
  FINISHER: 'Finisher, weak side only',
  SET_reps: 'Set {{set}} of {{sets}}',
  SET_seconds: 'Round {{set}} of {{sets}}',
  WITH_WEIGHT: '{{exercise}}, {{weight}} {{unit}}',
  /** A side's own word (`{{Side}}` is it capitalized), and a side as a heading. */
  SIDE_left: 'left',
  SIDE_right: 'right',
  SIDE_weak: 'weak',
  SIDE_HEADING_left: 'Left side',
  SIDE_HEADING_right: 'Right side',
  TURN_WEAK: '{{Side}} (weak)',
  TURN_STRONG: '{{Side}} (strong)',
  NOT_STARTED: 'Not started',
  STRONG_AS_MANY: '{{strong}}: as many as you can',
  STRONG_AFTER: '{{strong}}: after the {{weak}} side',
  STRONG_SITS_OUT: '{{strong}}: sits out the finisher',
  STRONG_CAP: '{{strong}}: {{cap}} {{measure}}, then stop',
  MEASURE_reps: 'reps',
  MEASURE_seconds: 'seconds',
  MEASURE_reps_one: 'rep',
  MEASURE_seconds_one: 'second',
  SO_FAR: '{{amount}} {{measure}}',

  CONVERSATION: 'Conversation',
  TRANSCRIPT: 'Transcript',
  YOU: 'You:',
  COACH: 'Coach:',
  ANSWERS: 'Answers',
  ANSWER_NOW: 'Answer now',
  OPEN_COACH: 'Open the coach',
  /** The answer buttons' words, by the answer each gives. */
  ...pageChoiceWords(CHOICES_EN),

  KEYPAD_reps: 'Reps',
  KEYPAD_seconds: 'Seconds',
  KEYPAD_lb: 'Weight in pounds',
  KEYPAD_kg: 'Weight in kilograms',
  KEYPAD_RANGE: '{{min}} to {{max}}',
  CLEAR: 'Clear',
  CLEAR_NUMBER: 'Clear the number',
  DECIMAL_POINT: 'Decimal point',
  SEND: 'Send',
  SEND_NUMBER: 'Send the number',

  WHAT_YOU_SAY: 'What you say to the coach',
  TYPE_HERE: 'Type what you would say…',
  TALK: 'Talk',
  LISTENING: 'Listening…',
  HINT: 'Enter sends. Esc quiets the coach. Sending or talking over the coach cuts the reply short.',
  CANNOT_LISTEN: 'This browser cannot listen, so type or tap your answers (Chrome, Edge and Safari can listen).',

  INTERRUPTED: '(interrupted)',
  STOPPED_LISTENING: 'The coach has stopped listening. Say or type anything, or press Open the coach, to start again.',
  CANNOT_REACH: 'Could not reach the coach: {{why}}',
  SERVER_UNREACHABLE: 'the server cannot be reached.',
  SERVER_ANSWERED: 'the server answered {{status}}.',
  // What the page says for each code the server refuses or fails a line with (src/web/public/api.js).
  SERVER_FAILED: 'something went wrong on its server. Try again.',
  LINE_TOO_LONG: 'that line is too long to send. Say it in fewer words.',
  LINE_EMPTY: 'there was nothing to send. Say or type your answer.',
  SIGN_IN_AGAIN: 'the page needs its password again. Reload the page.',
  TOO_MANY_SIGN_INS: 'too many wrong passwords from here. Wait a few minutes, then reload the page.',
  PAGE_OUT_OF_DATE: 'this page is out of date. Reload it.',
  NO_MICROPHONE: 'The microphone is not available here (allow it for this page, or use https or localhost). Type instead.',
  NO_SPEECH_SERVICE: "The browser's speech service cannot be reached. Type instead.",
  VOICE_BLOCKED: 'The browser keeps the voice off until you press a key or tap the page.',
  NO_VOICE_IN_LANGUAGE: "This browser has no English voice, so the coach's words are only shown here.",
} as const;

export type PageKey = keyof typeof PAGE_EN;
