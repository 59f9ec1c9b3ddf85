/**
 * Lines whose words say outright what the driver wants, whatever a classifier made of them:
 * - a line made only of greetings and what a driver calls the coach greets it ("yo", "mornin' back coach");
 * - a line that opens with a verb that ends something, said of the workout, ends the workout ("quit the workout",
 *   "let's call off this session"), or its reminders when it names them ("stop reminding me about workouts"); so does
 *   being done for the session ("I'm done for tonight, save it");
 * - a line that opens with a verb that starts something, said of the workout or the test, starts it where none is
 *   under way ("let's get this workout going", "I want to make the test again");
 * - a line that names what is counted with a word for what is left asks how much is left ("time remaining", "how many
 *   series still left"); "left" that names a side ("the left one", "left side") is no such word.
 */
import type { SpokenEvent } from '../events';
import { COACH_NAMES, DONE_WORDS, FILLERS, GREETINGS, LEFT_WORDS, QUESTION_OPENINGS, QUIT_VERBS, SESSION_ENDS, START_VERBS, TEST_VERBS, TEST_WORDS, WHAT_IS_LEFT, WISH_OPENINGS, WORKOUT_WORDS } from './english';
import { afterFillers, bare, phraseAt, phrasesIn, type LineWords } from './lineWords';

/** Words at most this far after the verb may name what it ends ("cancel the reminders for my workouts"). */
const OBJECT_REACH = 5;

// The joined tables the rules below look lines up in, made once: a table is sorted for look-up when first used.
const FILLERS_BUT_HEY = FILLERS.filter((filler) => filler !== 'hey');
const WISH_FILLERS = [...FILLERS, ...WISH_OPENINGS];
const WH_QUESTION_OPENINGS = QUESTION_OPENINGS.filter((opening) => opening.startsWith('wh') && opening !== 'what');

export const greets = (words: LineWords): boolean => {
  let at = afterFillers(words, FILLERS_BUT_HEY);
  let greeted = false;
  while (at < words.length) {
    const greeting = phraseAt(words, at, GREETINGS);
    const name = greeting ? null : phraseAt(words, at, COACH_NAMES);
    const said = greeting ?? name;
    if (!said) return false;
    greeted ||= greeting !== null;
    at += said.split(' ').length;
  }
  return greeted;
};

/** The verb of the table the line opens with (after fillers and wishes), and the words it acts on. */
const verbAndObject = (words: LineWords, verbs: readonly string[]): { verb: string; object: LineWords } | null => {
  const start = afterFillers(words, WISH_FILLERS);
  const verb = phraseAt(words, start, verbs);
  if (!verb) return null;
  const from = start + verb.split(' ').length;
  return { verb, object: words.slice(from, from + OBJECT_REACH) };
};

const doneForTheSession = (words: LineWords): boolean =>
  phrasesIn(words.map(bare), DONE_WORDS).some(({ end }) => phraseAt(words, end, SESSION_ENDS) !== null);

export const startSaid = (words: LineWords, busy: boolean): SpokenEvent | null => {
  if (busy) return null;
  const said = verbAndObject(words, [...START_VERBS, ...TEST_VERBS]);
  if (!said || said.object.some((word) => word.startsWith('remind'))) return null;
  if (phrasesIn(said.object, TEST_WORDS).length > 0) return { type: 'startTest' };
  return phrasesIn(said.object, WORKOUT_WORDS).length > 0 && !TEST_VERBS.includes(said.verb) ? { type: 'startWorkout' } : null;
};

const SIDE_NOUNS = ['side', 'one', 'arm', 'hand', 'shoulder', 'lat'];
/** Words before "left" that make it a side: "the left", "my left", "on the left". */
const BEFORE_SIDE = ['the', 'my', 'your', 'on', 'to', 'is', 'was'];

export const timeLeftAsked = (words: LineWords): SpokenEvent | null => {
  const lefts = phrasesIn(words, LEFT_WORDS).filter(({ phrase, start, end }) => phrase !== 'left' || (!BEFORE_SIDE.includes(words[start - 1] ?? '') && !SIDE_NOUNS.includes(words[end] ?? '')));
  const counted = phrasesIn(words, WHAT_IS_LEFT);
  const asked = lefts.some((left) => counted.some((what) => what.end <= left.start && left.start - what.end <= 2));
  return asked && !phraseAt(words, 0, WH_QUESTION_OPENINGS) ? { type: 'timeLeft' } : null;
};

export const quitSaid = (words: LineWords): SpokenEvent | null => {
  if (doneForTheSession(words)) return { type: 'stop' };
  const object = verbAndObject(words, QUIT_VERBS)?.object;
  if (!object || phrasesIn(object, WORKOUT_WORDS).length === 0) return null;
  return object.some((word) => word.startsWith('remind')) ? { type: 'stopWorkoutReminders' } : { type: 'stop' };
};
