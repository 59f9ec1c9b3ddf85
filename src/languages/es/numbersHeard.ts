/**
 * The whole numbers a Spanish-speaking driver says to the coach (reps, seconds, pounds, kilos), from cero to
 * trescientos, as a table like English's (src/languages/en/numbersHeard.ts): digits and every way of saying each one
 * ("veintiuno", "veintiún", "veinte y uno", "dieciseis" without its accent, "ciento cinco", "cien"), and the counts said
 * as a quantity ("una docena", "un par", "media docena"). A half is said after a weight: "veinte y medio".
 */
import { spelled } from './numbersSaid';

export const MAX_NUMBER_HEARD = 300;

/** Said after a whole number, these add a half: "veinte y medio", "doce y media", "cuarenta punto cinco". */
export const HALF_WORDS: readonly string[] = ['y medio', 'y media', 'punto cinco'];

/** Counts said as a quantity rather than a number. */
const QUANTITIES: Readonly<Record<number, readonly string[]>> = {
  2: ['un par', 'un par de', 'par'],
  6: ['media docena'],
  12: ['una docena', 'docena'],
  24: ['dos docenas'],
};

const withoutAccents = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** "uno" before a noun: "veintiún", "treinta y un", "una", "veintiuna" (said of kilos, libras, repeticiones). */
const agreeing = (word: string): string[] => (/uno$/.test(word) ? [word.replace(/uno$/, 'un'), word.replace(/uno$/, 'una'), ...(word === 'veintiuno' ? ['veintiún'] : [])] : []);

/** "dieciséis" as "diez y seis", "veintidós" as "veinte y dos": the old spellings, still said slowly. */
const spacedOut = (n: number): string[] => {
  if (n > 15 && n < 20) return [`diez y ${spelled(n - 10)}`, `dieci ${spelled(n - 10)}`];
  if (n > 20 && n < 30) return [`veinte y ${spelled(n - 20)}`, `veinti ${spelled(n - 20)}`];
  return [];
};

/** Every way of saying `n` below a hundred, as itself and as the tail of a larger number. */
const belowHundred = (n: number): string[] => {
  const word = spelled(n);
  return [word, ...agreeing(word), ...spacedOut(n)];
};

/** Every way of saying `n` in words: 105 → "ciento cinco"; 100 → "cien", "ciento"; 21 → "veintiuno", "veintiún", … */
export const spanishNumberWords = (n: number): string[] => {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`No words for ${n}`);
  const heads = n < 100 ? [] : [spelled(Math.floor(n / 100) * 100).replace(/^cien$/, 'ciento')];
  const rest = n % 100;
  const said = n < 100 ? belowHundred(n) : rest === 0 ? (n === 100 ? ['cien', 'ciento', 'un ciento'] : [spelled(n)]) : heads.flatMap((head) => belowHundred(rest).map((tail) => `${head} ${tail}`));
  const all = [...said, ...(QUANTITIES[n] ?? [])];
  return [...new Set([...all, ...all.map(withoutAccents)])];
};

/** Digits first, then the words: [{ value: '12', texts: ['12', 'doce', 'una docena', …] }, …]. */
export const spanishNumberTable = (max: number = MAX_NUMBER_HEARD): { value: string; texts: string[] }[] =>
  Array.from({ length: max + 1 }, (_, n) => ({ value: String(n), texts: [String(n), ...spanishNumberWords(n)] }));

/** The number a driver's words say, or null: "treinta y cinco" → 35, "una docena" → 12, "veinte y medio" → 20.5. */
export const numberHeard = (words: string): number | null => {
  const said = withoutAccents(words.trim().toLowerCase().replace(/\s+/g, ' '));
  const half = HALF_WORDS.map(withoutAccents).find((ending) => said.endsWith(` ${ending}`));
  const whole = half ? said.slice(0, -(half.length + 1)) : said;
  const entry = spanishNumberTable().find(({ texts }) => texts.some((text) => withoutAccents(text) === whole));
  return entry ? Number(entry.value) + (half ? 0.5 : 0) : null;
};
