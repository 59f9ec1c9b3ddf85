/**
 * How the coach says a number in Spanish, from cero to 999: "doce", "veintidós", "treinta y cinco", "ciento veinte".
 * Before a noun, one agrees with it: "un día", "una semana", "veintiún días", "treinta y una repeticiones". These are
 * the coach's own words; the words a driver says are read elsewhere.
 */
import type { Noun } from '../../core/spoken';

const BELOW_THIRTY = [
  'cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve',
  'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve',
  'veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve',
];
const TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const HUNDREDS = ['', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos', 'setecientos', 'ochocientos', 'novecientos'];

const belowHundred = (n: number): string => {
  if (n < 30) return BELOW_THIRTY[n] ?? String(n);
  const ones = n % 10;
  const tens = TENS[Math.floor(n / 10)] ?? '';
  return ones === 0 ? tens : `${tens} y ${BELOW_THIRTY[ones] ?? ''}`;
};

/** "doce", "cien", "ciento uno": a number said on its own (and counted out loud). */
export const spelled = (n: number): string => {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n === 100) return 'cien';
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return belowHundred(rest);
  return rest === 0 ? (HUNDREDS[hundreds] ?? '') : `${HUNDREDS[hundreds] ?? ''} ${belowHundred(rest)}`;
};

/** The nouns the coach counts whose Spanish word is feminine: "una repetición", "una serie", "una ronda", "una semana". */
const FEMININE: ReadonlySet<Noun> = new Set<Noun>(['rep', 'set', 'round', 'week']);

/** "un día de descanso", "una semana", "veintiún días": a number agreeing with the noun said after it. */
export const spelledBefore = (n: number, noun: Noun): string => {
  const word = spelled(n);
  if (!/uno$/.test(word)) return word;
  if (FEMININE.has(noun)) return word.replace(/uno$/, 'una');
  return word === 'veintiuno' ? 'veintiún' : word.replace(/uno$/, 'un');
};

/** The strong side's count, "uno, dos, tres…", in words: a digit on its own would be read in the voice's language. */
export const countedAloud = spelled;
