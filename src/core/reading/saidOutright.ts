/**
 * Lines whose words say outright what the driver wants, whatever a classifier made of them:
 * - a line made only of greetings and what a driver calls the coach greets it ("yo", "mornin' back coach");
 * - a line that opens with a verb that ends something, said of the workout, ends the workout ("quit the workout",
 *   "let's call off this session"), or its reminders when it names them ("stop reminding me about workouts"); so does
 *   being done for the session ("I'm done for tonight, save it");
 * - a line that opens with a verb that starts something, said of the workout or the test, starts it where none is
 *   under way ("let's get this workout going", "I want to make the test again");
 * - a line that names what is counted with a word for what is left asks how much is left ("time remaining", "how many
 *   series still left"), and so does more of it ("how many more", "cuántas series más"); "left" that names a side ("the left
 *   one", "left side") is no such word, and more weight is no more of the workout. In a line otherwise about something
 *   else, what is left must be the workout's own parts ("any exercises left"), not only an amount ("how many miles
 *   are left").
 * - the weight said to be too heavy or too light, with no number, asks for another ("this is way too heavy");
 * - a line that asks how many with "do" as its verb ("how many do I do on the other side", "cuántas hago") asks what
 *   comes next, unless it says a number or asks what was done ("how many did I do");
 * - a line that opens with a question word and then the weight, with nothing after the weight, or a word with no
 *   subject of its own or a verb that asks ("what weight am I supposed to be swinging", "which weight I use", "¿cuál es mi peso?"), asks
 *   which weight, where it says no number; "what's the weight limit on this bridge" names a limit, not the coach's weight.
 */
import type { SpokenEvent } from '../events';
import { afterFillers, bare, phraseAt, phrasesIn, phraseWords, type LineWords } from './lineWords';
import { numbersSaid } from './numbersSaid';
import { derivedOnce, type ReadingWords } from './readingWords';

/**
 * Words at most this far after what is counted may say it is what is left ("how many sets are still left"), and
 * further when all the words between carry no subject of their own ("how many sets do I have left"; not "how many hours
 * I got left", which counts hours).
 */
const LEFT_REACH = 2;
const LEFT_REACH_OVER_FUNCTION_WORDS = 4;

/** Words with no subject of their own at most this many between the question word and the weight ("what's my weight"). */
const WEIGHT_ASKED_REACH = 2;

/** Words at most this far after the verb may name what it ends ("cancel the reminders for my workouts"). */
const OBJECT_REACH = 5;

const tables = derivedOnce((w) => ({
  /** A greeting ("hey", "oye") greets when a greeting is what the line says ("hey coach"), so it is no filler there. */
  fillersButGreetings: w.FILLERS.filter((filler) => !w.GREETINGS.includes(filler)),
  fillersAndWishes: [...w.FILLERS, ...w.WISH_OPENINGS],
  startingVerbs: [...w.START_VERBS, ...w.TEST_VERBS],
  whatIsLeft: [...w.WORKOUT_PARTS, ...w.AMOUNT_ASKED],
  weightWords: [...w.WEIGHT_WORDS, ...w.UNIT_NAMES.lb, ...w.UNIT_NAMES.kg],
}));

export const greets = (words: LineWords, w: ReadingWords): boolean => {
  let at = afterFillers(words, tables(w).fillersButGreetings, w);
  let greeted = false;
  while (at < words.length) {
    const greeting = phraseAt(words, at, w.GREETINGS, w);
    const name = greeting ? null : phraseAt(words, at, w.COACH_NAMES, w);
    const said = greeting ?? name;
    if (!said) return false;
    greeted ||= greeting !== null;
    at += phraseWords(said, w).length;
  }
  return greeted;
};

/** The verb of the table the line opens with (after fillers and wishes), and the words it acts on. */
const verbAndObject = (words: LineWords, verbs: readonly string[], w: ReadingWords): { verb: string; object: LineWords } | null => {
  const start = afterFillers(words, tables(w).fillersAndWishes, w);
  const verb = phraseAt(words, start, verbs, w);
  if (!verb) return null;
  const from = start + phraseWords(verb, w).length;
  return { verb, object: words.slice(from, from + OBJECT_REACH) };
};

const doneForTheSession = (words: LineWords, w: ReadingWords): boolean =>
  phrasesIn(words.map(bare), w.DONE_WORDS, w).some(({ end }) => phraseAt(words, end, w.SESSION_ENDS, w) !== null);

/** The words name reminders ("reminders", "recordatorios"). */
const namesReminders = (object: LineWords, w: ReadingWords): boolean => object.some((word) => w.REMIND_STEMS.some((stem) => word.startsWith(stem)));

export const startSaid = (words: LineWords, busy: boolean, w: ReadingWords): SpokenEvent | null => {
  if (busy) return null;
  const said = verbAndObject(words, tables(w).startingVerbs, w);
  if (!said || namesReminders(said.object, w)) return null;
  if (phrasesIn(said.object, w.TEST_WORDS, w).length > 0) return { type: 'startTest' };
  return phrasesIn(said.object, w.WORKOUT_WORDS, w).length > 0 && !w.TEST_VERBS.includes(said.verb) ? { type: 'startWorkout' } : null;
};

export const timeLeftAsked = (words: LineWords, w: ReadingWords, offSubject = false): SpokenEvent | null => {
  if (phraseAt(words, 0, w.NOT_LEFT_OPENINGS, w)) return null;
  // In a line otherwise about something else ("how many miles are left"), only the workout's own parts are what is left.
  const counted = phrasesIn(words, offSubject ? w.WORKOUT_PARTS : tables(w).whatIsLeft, w);
  const amountJustBefore = (start: number): boolean =>
    counted.some(
      (what) =>
        what.end <= start &&
        (start - what.end <= LEFT_REACH ||
          (start - what.end <= LEFT_REACH_OVER_FUNCTION_WORDS && words.slice(what.end, start).every((word) => w.FUNCTION_WORDS.includes(word)))),
    );
  // "Left" that names a side ("the left one", "left side", "my weak side is left") is no word for what is left; "is
  // left" just after an amount asked ("how much time is left") is.
  const namesSide = (start: number, end: number): boolean => {
    const before = words[start - 1] ?? '';
    return w.SIDE_NOUNS.includes(words[end] ?? '') || w.BEFORE_SIDE.includes(before) || (w.SIDE_LINKS.includes(before) && !amountJustBefore(start));
  };
  const lefts = phrasesIn(words, w.LEFT_WORDS, w).filter(({ phrase, start, end }) => phrase !== w.LEFT_AS_SIDE || !namesSide(start, end));
  if (lefts.some((left) => amountJustBefore(left.start))) return { type: 'timeLeft' };
  // "How many more", "cuántas series más": more of what is counted, but not more weight ("how much more weight").
  const more = phrasesIn(words, w.MORE_WORDS, w).filter(({ end }) => !tables(w).weightWords.includes(words[end] ?? ''));
  return more.some(({ start }) => counted.some((what) => what.end === start)) ? { type: 'timeLeft' } : null;
};

/**
 * The weight said to be too heavy or too light, with no number said ("this is way too heavy", "man, that's too light"):
 * another weight is wanted. What comes before says what is too heavy, so it may only be the weight itself, words with
 * no subject of their own, or fillers: "the trailer is way too heavy" is about the trailer.
 */
export const weightMisjudged = (words: LineWords, w: ReadingWords, offSubject = false): SpokenEvent | null => {
  if (offSubject || numbersSaid(words, w).length > 0) return null;
  const said = phrasesIn(words, w.TOO_WORDS, w).find(({ end }) => phraseAt(words, end, w.WEIGHT_FEELS, w) !== null);
  if (!said) return null;
  const ofTheWeight = words.slice(0, said.start).every((word) => w.FUNCTION_WORDS.includes(word) || w.FILLERS.includes(word) || w.WEIGHT_WORDS.includes(bare(word)));
  return ofTheWeight ? { type: 'weight', value: null, unit: null } : null;
};

/** How many to do, asked with "do" as the verb and no number said ("how many do I do on the other side"): what comes next. */
export const howManyToDoAsked = (words: LineWords, w: ReadingWords, offSubject = false): SpokenEvent | null => {
  const asked = offSubject ? undefined : phrasesIn(words, w.COUNT_ASKED, w)[0];
  if (!asked || words.some((word) => w.PAST_AUXILIARIES.includes(word))) return null;
  if (numbersSaid(words, w).length > 0) return null;
  const doing = words.some((word, at) => at >= asked.end && w.DO_VERBS.includes(word) && !w.DO_SUBJECTS.includes(words[at + 1] ?? ''));
  return doing ? { type: 'whatsNext' } : null;
};

export const quitSaid = (words: LineWords, w: ReadingWords): SpokenEvent | null => {
  if (doneForTheSession(words, w)) return { type: 'stop' };
  const object = verbAndObject(words, w.QUIT_VERBS, w)?.object;
  if (!object || phrasesIn(object, w.WORKOUT_WORDS, w).length === 0) return null;
  return namesReminders(object, w) ? { type: 'stopWorkoutReminders' } : { type: 'stop' };
};

/** A question that opens with a question word and then the weight, and names nothing after it: which weight to use. */
export const weightAsked = (words: LineWords, w: ReadingWords, offSubject = false): SpokenEvent | null => {
  // A number may be the answer ("what weight, um, thirty"): the readings and the question asked decide such a line.
  if (offSubject || numbersSaid(words, w).length > 0) return null;
  const start = afterFillers(words, w.FILLERS, w);
  const question = phraseAt(words, start, w.QUESTION_OPENINGS, w);
  if (!question) return null;
  let at = start + phraseWords(question, w).length;
  for (let skipped = 0; skipped < WEIGHT_ASKED_REACH && w.FUNCTION_WORDS.includes(words[at] ?? ''); skipped++) at++;
  if (!w.WEIGHT_WORDS.includes(bare(words[at] ?? ''))) return null;
  const next = words[at + 1];
  return next === undefined || w.FUNCTION_WORDS.includes(next) || w.WONDERING.includes(next) ? { type: 'whatWeight', unit: null } : null;
};
