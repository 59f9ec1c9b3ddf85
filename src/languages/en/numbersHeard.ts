/**
 * Ways of writing the whole numbers a user may type to the coach (reps, seconds, pounds, kilograms), from
 * zero to MAX_NUMBER: digits and English words ("twelve", "thirty five", "forty-five", "a hundred and
 * twenty"). The coach reads spoken numbers with these words, and the table feeds the local NLU's number
 * entity, so the words alone decide what is a number: "for" and "to" are not in it.
 */
export const MAX_NUMBER = 300;

export const ONES = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];

/** Tens, with the common misspelling of forty that would otherwise be read as a smaller number. */
export const TENS: Record<number, string[]> = {
  2: ['twenty'],
  3: ['thirty'],
  4: ['forty', 'fourty'],
  5: ['fifty'],
  6: ['sixty'],
  7: ['seventy'],
  8: ['eighty'],
  9: ['ninety'],
};

const wordFor = <T>(table: Readonly<Record<number, T>> | readonly T[], n: number): T => {
  const word = (table as Record<number, T | undefined>)[n];
  if (word === undefined) throw new RangeError(`No words for ${n}`);
  return word;
};

const belowHundred = (n: number): string[] => {
  if (n < 20) return [wordFor(ONES, n)];
  const tens = wordFor(TENS, Math.floor(n / 10));
  const ones = n % 10;
  if (ones === 0) return tens;
  return tens.flatMap((t) => [`${t} ${wordFor(ONES, ones)}`, `${t}-${wordFor(ONES, ones)}`]);
};

/** Every spelling of `n` in words, e.g. 120 → "one hundred and twenty", "a hundred twenty", … */
export const numberWords = (n: number): string[] => {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`No words for ${n}`);
  if (n < 100) return belowHundred(n);
  const hundreds = Math.floor(n / 100);
  const heads = hundreds === 1 ? ['one hundred', 'a hundred'] : [`${wordFor(ONES, hundreds)} hundred`];
  const rest = n % 100;
  if (rest === 0) return heads;
  return heads.flatMap((head) => belowHundred(rest).flatMap((r) => [`${head} and ${r}`, `${head} ${r}`]));
};

/** Digits first, then the words: [{ value: '12', texts: ['12', 'twelve'] }, …]. */
export const numberTable = (max: number = MAX_NUMBER): { value: string; texts: string[] }[] =>
  Array.from({ length: max + 1 }, (_, n) => ({ value: String(n), texts: [String(n), ...numberWords(n)] }));
