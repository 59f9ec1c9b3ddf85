/**
 * Whether a line says the form of a set was lost, by rule: a word for form with a word that says it went bad ("form got
 * off", "technique was not so good", "the last ones was bad"), a word that says so alone ("kinda sloppy"), or a cheat
 * described by its verb ("I was swinging",
 * "jerked it up", "leaned some at the end"). A line that says the form held ("form was fine", "good form") says it was
 * not lost. Null when the line says nothing of form, so that another reading may.
 */
import { bare, phrasesIn, type LineWords } from './lineWords';
import type { ReadingWords } from './readingWords';

/** Words at most this far apart still speak of each other ("form on the last two got sloppy"). */
const REACH = 5;

export const formSaid = (words: LineWords, w: ReadingWords): boolean | null => {
  const bareWords = words.map(bare);
  if (phrasesIn(bareWords, w.CHEATS, w).length > 0 || phrasesIn(bareWords, w.FORM_WENT_BAD_ALONE, w).length > 0) return true;
  const forms = phrasesIn(bareWords, w.FORM_WORDS, w);
  if (forms.length === 0) return null;
  const near = (found: readonly { start: number; end: number }[]): boolean =>
    found.some(({ start, end }) => forms.some((form) => Math.abs(start - form.end) <= REACH || Math.abs(form.start - end) <= REACH));
  if (near(phrasesIn(bareWords, w.FORM_WENT_BAD, w))) return true;
  if (near(phrasesIn(bareWords, w.FORM_HELD, w))) return false;
  return null;
};
