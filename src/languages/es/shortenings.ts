/**
 * What Spanish typing shortens, written out as the reading rules read a line. English's shortenings
 * (../en/shortenings.ts) are not Spanish: "ya" stays "ya" and "em" "em".
 */
import { plainWord, type WordReader } from '../../core/reading/lineWords';

/** A Spanish word of a line: without the quotes around it, a held letter said once ("siii"). */
export const spanishWord: WordReader = plainWord;
