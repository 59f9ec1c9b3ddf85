/**
 * The words a language gives the reading rules (./readHeard.ts and the rules it calls): the rules are one set of code,
 * and each language names its own fillers, yes, no and wait, corrections, body parts and complaints, units, sides,
 * numbers and lengths of time, in its folder: src/languages/en/readingWords.ts, src/languages/es/readingWords.ts. A line
 * is read with the words of its conversation's language, which ./readHeard.ts hands every rule: no rule has a language
 * of its own.
 */
import type { LineWords } from './lineWords';

type Words = readonly string[];

export interface ReadingWords {
  /** The words of a line as the rules read them (lower case, no punctuation, shortenings written out). */
  wordsOfLine(text: string): string[];
  /** A number said in words from `at` ("twenty two", "treinta y cinco"), with where it ends; null when none starts there. */
  numberAt(words: LineWords, at: number): { value: number; end: number } | null;
  /** The seconds of a length of time said in these words ("a minute and a half", "un minuto y diez"); null for none. */
  duration(words: LineWords): number | null;

  UNIT_NAMES: { lb: Words; kg: Words };
  /** Words after a number that name a weight in pounds beside the unit's names ("the forty pounder"). */
  POUND_NOUNS: Words;
  SIDE_NAMES: { left: Words; right: Words };
  /** Words right before a side or a number that take it back ("not the left", "not twelve"). */
  TAKE_BACK: Words;
  /** Lines that say "go" before a set and "done" after it (Spanish "ya", "listo"): done where the set's count is asked. */
  READY_OR_DONE: Words;
  /** Questions that ask the time of day ("what time", "qué hora"): a line that asks one says no length of time. */
  TIME_ASKED: Words;

  BODY_PARTS: readonly { id: string; names: Words }[];
  COMPLAINTS: readonly { id: string; alone: boolean; names: Words }[];
  ALARMS: Words;
  PAIN_CRIES: Words;
  NEGATORS: Words;
  /** A line opening with these wonders whether it could hurt ("will this hurt my shoulder?"). */
  WONDERING: Words;
  /** Words a question opens with ("how", "what's", "cuánto"). */
  QUESTION_OPENINGS: Words;
  /** "My" before a body part, said with a cry to stop ("whoa, my shoulder"). */
  MY: Words;
  /** The body part that is also a side's name ("wait, my side's the left"): no pain with a cry alone. */
  SIDE_PART: string;

  FORM_WORDS: Words;
  FORM_WENT_BAD_ALONE: Words;
  FORM_WENT_BAD: Words;
  /** Every form of the verbs a rep is cheated by ("swinging", "jerked"). */
  CHEATS: Words;
  FORM_HELD: Words;

  TIME_ZONES: readonly { id: string; names: Words }[];
  ZONE_ABBREVIATIONS: Readonly<Record<string, string>>;
  /** What follows a zone's name when a zone is meant ("central time"). */
  ZONE_WORDS: Words;
  /** What comes before a zone's name when a zone is meant ("hora del centro"); then the name is a zone outright. */
  ZONE_LEADS: Words;
  /** Words a zone's single-word name comes after ("into mountain"), and after it ("mountain now"). */
  ZONE_INTO: Words;
  ZONE_AFTER: Words;

  YES_OPENINGS: Words;
  NO_OPENINGS: Words;
  WAIT_OPENINGS: Words;
  CORRECTION_WORDS: Words;
  FILLERS: Words;
  HEDGES: Words;
  AMOUNT_LEADS: Words;

  GREETINGS: Words;
  COACH_NAMES: Words;
  QUIT_VERBS: Words;
  START_VERBS: Words;
  TEST_WORDS: Words;
  TEST_VERBS: Words;
  DONE_WORDS: Words;
  SESSION_ENDS: Words;
  /** What is left, named as the workout's own parts ("sets", "series"), or asked only as an amount ("how many", "time"). */
  WORKOUT_PARTS: Words;
  AMOUNT_ASKED: Words;
  LEFT_WORDS: Words;
  /** More of what is counted is what is left ("how many more", "cuántas más"), unless it is more of a weight word. */
  MORE_WORDS: Words;
  WEIGHT_WORDS: Words;
  /** The word for what is left that also names a side ("the left one"), when there is one. */
  LEFT_AS_SIDE: string | null;
  /** Words around "left" that make it a side: before it ("the left"), after it ("left side"). */
  BEFORE_SIDE: Words;
  /** Verbs before "left" that make it a side ("my weak side is left") unless an amount was asked just before ("how much time is left"). */
  SIDE_LINKS: Words;
  SIDE_NOUNS: Words;
  /** "How many": with a present form of "do" after it as the verb ("how many do I do", "cuántas hago"), how many to do is asked. */
  COUNT_ASKED: Words;
  /** "Too" before how a weight feels ("too heavy", "muy pesada"): the weight is wrong, and another is wanted. */
  TOO_WORDS: Words;
  WEIGHT_FEELS: Words;
  /** Words that carry no subject of their own (articles, pronouns, "be", "have", "do"), as the local NLU weighs them. */
  FUNCTION_WORDS: Words;
  DO_VERBS: Words;
  /** A "do" followed by one of these is the question's auxiliary ("how many do I have"), not its verb. */
  DO_SUBJECTS: Words;
  /** A line with one of these asks what was done ("how many did I do"), not what to do. */
  PAST_AUXILIARIES: Words;
  /** Questions about something other than what is left open with these ("where's the next rest area left"). */
  NOT_LEFT_OPENINGS: Words;
  WORKOUT_WORDS: Words;
  WISH_OPENINGS: Words;
  /** Words that start a wish to be reminded ("remind", "recuérdame"), by how they start, and phrases that ask it ("ping me"). */
  REMIND_STEMS: Words;
  REMINDING: Words;
  /** The word an hour follows in a reminder ("at seven"), and the one a thing to be reminded of follows ("remind me to"). */
  AT_HOUR: string;
  REMIND_TO: Words;
  TRAINING_VERBS: Words;

  NUMBER_PHRASES: readonly { words: string; value: number }[];
  NOT_NUMBERS: Words;
  /** The words for one, which are a number only where a number is asked ("one", "uno", "una", "un"). */
  ONE_WORDS: Words;
  BEFORE_PRONOUN_ONE: Words;
  /**
   * The article of "the one", which closing a line after a word that restricts or does ("just the one", "only did the
   * one") is the number one; null where the language says it without one ("solo una").
   */
  ARTICLE_OF_ONE: string | null;
  ONE_COUNTED_AFTER: Words;
  AFTER_DETERMINER_ONE: Words;
  /** After a number, dozens ("two dozen"); null where the language says them as a number's own words. */
  DOZEN: string | null;
  NAMES_BEFORE_NUMBER: Words;
  NAMES_AFTER_NUMBER: Words;
  TIME_UNITS: Words;
  HOUR_WORDS: Words;
  MINUTE_WORDS: Words;
  /** Words a length of time is said in before its unit ("a", "half", "and"). */
  DURATION_WORDS: Words;
  /** "And", as between minutes and seconds ("a minute and ten seconds"). */
  AND: string;
  AND_A_HALF: Words;

  DAY_PARTS: readonly { words: string; afternoon: boolean }[];
  /** Minutes counted from an hour said before it ("half past five"); and the words such an hour follows. */
  COUNTED_FROM: readonly { words: string; minutes: number }[];
  BEFORE_COUNTED_HOUR: Words;
  /** Minutes counted from an hour said before them ("siete y cuarto", "ocho menos cuarto"), where the language says so. */
  COUNTED_AFTER_HOUR: readonly { words: string; minutes: number }[];
  /** Said before an hour the military way ("oh five hundred"); "hundred" and "hours" after it, where the language says so. */
  CLOCK_ZERO: Words;
  HUNDRED: string | null;
  HOURS: string | null;
}

/**
 * What a rule works out from a language's words (a table of every body part's names, say), worked out once per
 * language: the rules' tables are looked up by identity (./lineWords.ts), so each must be made once.
 */
export const derivedOnce = <T>(derive: (w: ReadingWords) => T): ((w: ReadingWords) => T) => {
  const made = new WeakMap<ReadingWords, T>();
  return (w) => {
    let derived = made.get(w);
    if (derived === undefined) {
      derived = derive(w);
      made.set(w, derived);
    }
    return derived;
  };
};
