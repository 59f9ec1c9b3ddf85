/**
 * Lines whose words say outright what the driver wants, whatever a classifier made of them:
 * - a line made only of greetings and what a driver calls the coach greets it ("yo", "mornin' back coach");
 * - a line that opens with a verb that ends something, said of the workout, ends the workout ("quit the workout",
 *   "let's call off this session"), or its reminders when it names them ("stop reminding me about workouts").
 */
import type { SpokenEvent } from '../events';
import { COACH_NAMES, FILLERS, GREETINGS, QUIT_VERBS, WISH_OPENINGS, WORKOUT_WORDS } from './english';
import { afterFillers, phraseAt, phrasesIn, type LineWords } from './lineWords';

/** Words at most this far after the verb may name what it ends ("cancel the reminders for my workouts"). */
const OBJECT_REACH = 5;

export const greets = (words: LineWords): boolean => {
  let at = afterFillers(words, FILLERS.filter((filler) => filler !== 'hey'));
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

export const quitSaid = (words: LineWords): SpokenEvent | null => {
  const start = afterFillers(words, [...FILLERS, ...WISH_OPENINGS]);
  const verb = phraseAt(words, start, QUIT_VERBS);
  if (!verb) return null;
  const from = start + verb.split(' ').length;
  const object = words.slice(from, from + OBJECT_REACH);
  if (phrasesIn(object, WORKOUT_WORDS).length === 0) return null;
  return object.some((word) => word.startsWith('remind')) ? { type: 'stopWorkoutReminders' } : { type: 'stop' };
};
