/**
 * What Spanish typing shortens, written out as the reading rules read a line: "q onda" is "que onda". English's
 * shortenings (../en/shortenings.ts) are not Spanish: "ya" stays "ya", "em" "em" and "u" "u".
 */
import { plainWord, writtenOut, type WordReader } from '../../core/reading/lineWords';

/** Shortenings a driver types, as the words they stand for, without accents as a line is read ("qué" is "que"). */
const SHORTENINGS: Readonly<Record<string, string>> = {
  q: 'que',
  k: 'que',
};

/** A Spanish word of a line: without the quotes around it, a held letter said once ("siii"), a shortening written out. */
export const spanishWord: WordReader = (word) => plainWord(word).flatMap((said) => writtenOut(said, SHORTENINGS));
