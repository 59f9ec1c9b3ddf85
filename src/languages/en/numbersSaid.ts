/** How the coach says a number in English: the first of the number words it reads ("twelve", "a hundred"…). */
import { numberWords } from './numbersHeard';

export const spelled = (n: number): string => numberWords(n)[0] ?? String(n);

/** English counts a rep as a digit: every voice reads it as the word, and a screen shows it as the number. */
export const countedAloud = (n: number): string => String(n);
