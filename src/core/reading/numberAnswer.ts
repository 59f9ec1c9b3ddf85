/**
 * Where a number is asked, the amount a line gives, by rules on its words: the amount it opens with whatever comment
 * follows, the last of two numbers with a correction between them, a unit or a length of time said after the number.
 */
import type { SpokenEvent } from '../events';
import type { Unit } from '../program';
import type { Expectation } from './expectation';
import { answersWithValue, fit, saysLittle } from './fit';
import { afterFillers, bare, phraseAt, phrasesIn, phraseWords, type LineWords } from './lineWords';
import { numbersSaid, oneCounted, type SaidNumber } from './numbersSaid';
import { derivedOnce, type ReadingWords } from './readingWords';
import { timeSaid } from './timeSaid';

const tables = derivedOnce((w) => ({
  fillersAndHedges: [...w.FILLERS, ...w.HEDGES],
  correctionOpenings: [...w.NO_OPENINGS, ...w.CORRECTION_WORDS],
  /** What may come between a correction's opening and the amount it gives ("no, uh, it was about fifteen"). */
  beforeCorrectedAmount: [...w.FILLERS, ...w.NO_OPENINGS, ...w.CORRECTION_WORDS, ...w.HEDGES, ...w.AMOUNT_LEADS],
  unitsAfterNumber: [...w.UNIT_NAMES.lb, ...w.UNIT_NAMES.kg, ...w.POUND_NOUNS],
}));

/** The word after the number, without what is run into it ("hours'll" is "hours"). */
const wordAfter = (words: LineWords, number: SaidNumber): string => (words[number.end] ?? '').replace(/'.*$/, '');

/** The number is taken back by the word before it ("not twelve"). */
const takenBack = (words: LineWords, n: SaidNumber, w: ReadingWords): boolean => w.TAKE_BACK.includes(words[n.start - 1] ?? '');

/** The number a line with a correction in it means: the last, when a correction word comes before it, or all but one are taken back with "not". */
const meantNumber = (words: LineWords, numbers: readonly SaidNumber[], w: ReadingWords): SaidNumber | null => {
  if (numbers.length < 2) return null;
  const kept = numbers.filter((n) => !takenBack(words, n, w));
  if (kept.length === 1) return kept[0] ?? null;
  const last = numbers[numbers.length - 1];
  const before = numbers[numbers.length - 2];
  if (!last || !before) return null;
  const between = words.slice(before.end, last.start);
  return phrasesIn(between, w.CORRECTION_WORDS, w).length > 0 ? last : null;
};

/**
 * Where a line's amount starts, after the words that open it ("uh", "okay so") and hedge it ("about", "a good"); a line
 * that opens by asking to wait ("just a minute", "one sec") gives no amount.
 */
const amountStart = (words: LineWords, w: ReadingWords): number =>
  phraseAt(words, afterFillers(words, w.FILLERS, w), w.WAIT_OPENINGS, w) ? words.length : afterFillers(words, tables(w).fillersAndHedges, w);

/**
 * A number the line opens with, and what follows it; or one said after a no or a correction ("no sir, fifteen", "nah
 * 16", "no, no, it was fourteen"), which is the amount meant, unless it is the one taken back ("no, not ten").
 */
const openingNumber = (words: LineWords, numbers: readonly SaidNumber[], w: ReadingWords): SaidNumber | null => {
  const start = amountStart(words, w);
  const opening = numbers.find((n) => n.start === start);
  if (opening || !phraseAt(words, start, tables(w).correctionOpenings, w)) return opening ?? null;
  const corrected = afterFillers(words, tables(w).beforeCorrectedAmount, w, start);
  return numbers.find((n) => n.start === corrected && !takenBack(words, n, w)) ?? null;
};

/** The line opens with an amount ("eleven and my grip is shot", "about ten, I think"). */
export const opensWithAmount = (words: LineWords, w: ReadingWords): boolean =>
  openingNumber(words, numbersSaid(words, w).filter((n) => !n.wordOne), w) !== null;

/** "Three five", "four oh": where a weight is asked, a line that opens with two digits said one by one is the number they write. */
const digitByDigit = (words: LineWords, w: ReadingWords): SaidNumber | null => {
  const start = amountStart(words, w);
  const digit = (word: string | undefined): number | null => {
    if (w.CLOCK_ZERO.includes(word ?? '')) return 0;
    const said = word === undefined ? undefined : numbersSaid([word], w)[0];
    return said && !said.wordOne && Number.isInteger(said.value) && said.value <= 9 && !/\d/.test(word ?? '') ? said.value : said?.wordOne ? 1 : null;
  };
  const tens = digit(words[start]);
  const ones = digit(words[start + 1]);
  if (tens === null || ones === null || tens === 0 || digit(words[start + 2]) !== null) return null;
  return { value: tens * 10 + ones, start, end: start + 2, wordOne: false };
};

const unitAfter = (words: LineWords, number: SaidNumber, w: ReadingWords): Unit | null => {
  // "Forty pounds'll do": the unit with what is run into it.
  const said = phraseAt(words.map(bare), number.end, tables(w).unitsAfterNumber, w);
  if (said === null) return null;
  return w.POUND_NOUNS.includes(said) || w.UNIT_NAMES.lb.includes(said) ? 'lb' : 'kg';
};

/** "Doce kilos y medio", "twelve pounds and a half": a half said after the number's unit is the number's. */
const halfAfterUnit = (words: LineWords, number: SaidNumber, w: ReadingWords): boolean => {
  const unit = phraseAt(words.map(bare), number.end, tables(w).unitsAfterNumber, w);
  return unit !== null && Number.isInteger(number.value) && phraseAt(words, number.end + phraseWords(unit, w).length, w.AND_A_HALF, w) !== null;
};

/** Words a length of time is said in before its unit: "a", "half", "one and a half", "forty five". */
const amountWord = (word: string, w: ReadingWords): boolean => w.DURATION_WORDS.includes(word) || numbersSaid([word], w).length > 0;

/** The line opens with a length of time ("a minute flat", "forty five seconds"): its seconds. */
const openingSeconds = (words: LineWords, w: ReadingWords): number | null => {
  const from = words.slice(amountStart(words, w));
  const timeAt = from.findIndex((word) => w.TIME_UNITS.includes(word));
  if (timeAt === -1 || timeAt > 4 || !from.slice(0, timeAt).every((word) => amountWord(word, w))) return null;
  // "a minute and ten seconds", "a minute fifteen": the seconds said after the minutes belong to the length.
  const secondsAfter = numbersSaid(from.slice(timeAt + 1), w).find((n) => n.start === 0);
  const end = from[timeAt + 1] === w.AND ? Math.min(from.length, timeAt + 4) : secondsAfter ? timeAt + 1 + secondsAfter.end : timeAt + 1;
  return w.duration(from.slice(0, end));
};

/** "Every two hours", "five hours", "six hours and a half": minutes, where a drive's length or a break's interval is asked. */
const lengthMinutes = (words: LineWords, amount: SaidNumber, w: ReadingWords): number | null => {
  const unit = wordAfter(words, amount);
  const half = phraseAt(words, amount.end + 1, w.AND_A_HALF, w) ? 0.5 : 0;
  if (w.HOUR_WORDS.includes(unit)) {
    // "Three hours and forty five minutes", "five hours thirty".
    const after = amount.end + 1 + (words[amount.end + 1] === w.AND ? 1 : 0);
    const minutes = half ? undefined : numbersSaid(words.slice(after), w).find((n) => n.start === 0 && n.value < 60);
    return (amount.value + half) * 60 + (minutes?.value ?? 0);
  }
  if (w.MINUTE_WORDS.includes(unit)) return amount.value + half;
  return null;
};

/** The number names something other than the amount asked: a set, a road, a length of time ("skip set two", "two minutes"). */
const namesSomethingElse = (words: LineWords, number: SaidNumber, w: ReadingWords): boolean => {
  const after = wordAfter(words, number);
  return w.NAMES_BEFORE_NUMBER.includes(words[number.start - 1] ?? '') || w.NAMES_AFTER_NUMBER.includes(after) || w.TIME_UNITS.includes(after);
};

/**
 * "One" before a word that names a thing ("give me one posture break", "dame una pausa de postura") is its article,
 * not a count, in a line a reading takes for something that says more than an answer: the word after it is neither a
 * word with no subject of its own nor a length of time.
 */
const oneBeforeAThing = (words: LineWords, number: SaidNumber, best: SpokenEvent, w: ReadingWords): boolean => {
  const after = words[number.end];
  if (!number.wordOne || after === undefined || saysLittle(best) || best.type === 'fallback') return false;
  return !w.FUNCTION_WORDS.includes(after) && !w.TIME_UNITS.includes(after) && w.numberAt(words, number.end) === null;
};

/**
 * Readings a lone number does not overrule: those with an amount of their own ("pause for two"), and questions to the
 * coach, whose numbers are part of the question ("is three sets enough").
 */
const keepsItsNumber = (event: SpokenEvent): boolean =>
  [
    'count', 'correction', 'weight', 'driveLength', 'breakInterval', 'timeOfDay', 'workoutReminders', 'breakReminders', 'pause',
    'timeLeft', 'whatsNext', 'progress', 'whatWeight', 'help', 'whyOneSide',
  ].includes(event.type);

/**
 * Readings whose number is a length of time on the road ("remind me every couple hours", "a six hour drive"): where a
 * count, a carry's seconds or a weight is asked, the number is theirs only when a unit of time follows it. "I only got a
 * couple" and "I'm running a forty five pounder" answer the question.
 */
const lengthOnTheRoad = (event: SpokenEvent): boolean => event.type === 'breakReminders' || event.type === 'driveLength' || event.type === 'breakInterval';

/** Readings that ask the coach something: a number in them is part of the question ("is three sets enough"), when the line asks one. */
const asksTheCoach = (event: SpokenEvent): boolean => ['timeLeft', 'whatsNext', 'progress', 'whatWeight', 'help', 'whyOneSide'].includes(event.type);

/** A question starts at `at`: a question word or a verb that asks ("is it", "should"). */
export const questionAt = (words: LineWords, at: number, w: ReadingWords): boolean =>
  phraseAt(words, at, w.QUESTION_OPENINGS, w) !== null || phraseAt(words, at, w.WONDERING, w) !== null;

/** The line is put as a question: it opens with one, after its fillers. */
const putAsQuestion = (words: LineWords, w: ReadingWords): boolean => questionAt(words, afterFillers(words, w.FILLERS, w), w);

const timeUnitAfter = (words: LineWords, number: SaidNumber, w: ReadingWords): boolean => w.TIME_UNITS.includes(wordAfter(words, number));

/**
 * Where a number is asked: the amount the line gives, whatever comment follows ("eight, that's all I had"); the last of
 * two with a correction between them; a number said with its half keeps its half. Null when the words give none, or the
 * reading is something the driver asked for that takes no number ("give me two minutes").
 */
export const numberAnswer = (words: LineWords, best: SpokenEvent, expecting: Expectation, formLost: boolean, w: ReadingWords): SpokenEvent | null => {
  const numbers = numbersSaid(words, w)
    .filter((n) => (!n.wordOne || expecting.number) && !oneBeforeAThing(words, n, best, w))
    .map((n) => (halfAfterUnit(words, n, w) ? { ...n, value: n.value + 0.5 } : n));
  if (expecting.number === 'time') {
    const time = timeSaid(words, w);
    const heardTime = best.type === 'timeOfDay' || best.type === 'workoutReminders' ? best.time : null;
    if (time !== null && time !== heardTime) return { type: 'timeOfDay', time };
  }
  if (expecting.number === 'weight') {
    const written = digitByDigit(words, w);
    if (written) return { type: 'weight', value: written.value, unit: unitAfter(words, written, w) };
  }
  const meant = meantNumber(words, numbers, w);
  const counted = best.type === 'count' || best.type === 'correction' || best.type === 'weight';
  const countAsked = expecting.number === 'count' || expecting.number === 'seconds';
  const opening = openingNumber(words, numbers, w);
  // "Ten, but the last three were trash": where a count is asked, a weight with no unit from a line that opens with an amount is that amount, counted.
  if (best.type === 'weight' && best.unit === null && countAsked && opening && !meant) {
    // A carry's length of time is its seconds ("1 minute").
    const value = (expecting.number === 'seconds' ? openingSeconds(words, w) : null) ?? opening.value;
    return formLost ? { type: 'count', value, formLost: true } : { type: 'count', value };
  }
  if (counted && best.value !== null) {
    if (meant) return { ...best, value: meant.value };
    // A carry: a line that opens with a length of time is that length, whatever number a platform took from it ("one minute and ten seconds").
    const seconds = expecting.number === 'seconds' && best.type !== 'weight' ? openingSeconds(words, w) : null;
    if (seconds !== null) return seconds === best.value ? null : { ...best, value: seconds };
    // "The forty pounder": a unit said right after the weight's number is its unit, and where a weight is asked, a
    // number a reader took for a count is that weight ("like twenty five pounds, so yeah").
    const unitless = (best.type === 'weight' && best.unit === null) || (best.type === 'count' && expecting.number === 'weight');
    const said = unitless ? numbers.find((n) => n.value === best.value) : undefined;
    const unit = said ? unitAfter(words, said, w) : null;
    if (unit) return { type: 'weight', value: best.value, unit };
    // A number the words do not say gives way to the one they do ("go up to forty five" heard as 40, "twelve and a half" as 12).
    const only = numbers.length === 1 && numbers[0] && !namesSomethingElse(words, numbers[0], w) ? numbers[0] : undefined;
    return only && only.value !== best.value ? { ...best, value: only.value } : null;
  }
  const lengthAsked = expecting.number === 'driveLength' || expecting.number === 'breakInterval';
  if (lengthAsked && (best.type === 'driveLength' || best.type === 'breakInterval') && best.minutes !== null) {
    // "Six hours and a half": the words' own length, where a platform kept only its whole hours.
    const said = numbers.map((n) => lengthMinutes(words, n, w)).find((minutes) => minutes !== null) ?? null;
    return said !== null && said !== best.minutes ? { ...best, minutes: said } : null;
  }
  if (answersWithValue(best, expecting)) return null;
  // "A minute flat", "half a minute": where a carry's seconds are asked, a line that opens with a length of time is that length.
  const seconds = expecting.number === 'seconds' ? openingSeconds(words, w) : null;
  if (seconds !== null) return { type: 'count', value: seconds };
  // A line on the coach's own subject (one about something else never gets here) with one number in it answers the
  // number asked, unless the number names something else or the reading takes an amount of its own ("give me two minutes").
  const only = numbers.length === 1 && numbers[0] && !namesSomethingElse(words, numbers[0], w) && !takenBack(words, numbers[0], w) ? numbers[0] : null;
  // "Just got the one" is the count, whatever amount a reading takes of its own ("just a sec" is a pause).
  const roadLengthWithoutTime = only !== null && lengthOnTheRoad(best) && !lengthAsked && !timeUnitAfter(words, only, w);
  // "It says fifteen on the handle": a question a reader found in a line that asks nothing keeps no number.
  const questionNotAsked = only !== null && asksTheCoach(best) && !putAsQuestion(words, w);
  const alone =
    only && (fit(best, expecting) <= 1 || saysLittle(best) || !keepsItsNumber(best) || oneCounted(words, only.start, w) || roadLengthWithoutTime || questionNotAsked)
      ? only
      : null;
  const amount = meant ?? opening ?? alone;
  if (!amount) return null;
  const unit = unitAfter(words, amount, w);
  if (unit) return { type: 'weight', value: amount.value, unit };
  if (lengthAsked) {
    const minutes = lengthMinutes(words, amount, w);
    if (minutes !== null) return expecting.number === 'driveLength' ? { type: 'driveLength', minutes } : { type: 'breakInterval', minutes };
  }
  if (timeUnitAfter(words, amount, w)) {
    if (expecting.number !== 'seconds' && expecting.number !== 'count') return null;
    const timed = openingSeconds(words, w);
    return timed === null ? null : { type: 'count', value: timed };
  }
  return formLost ? { type: 'count', value: amount.value, formLost: true } : { type: 'count', value: amount.value };
};
