/**
 * Reads a line a host heard by the question the coach asked, with rules every host shares:
 * 1. Pain wins: a line that reports pain is pain, whatever else it says (./painSaid.ts).
 * 2. A time zone said by name sets the zone (./zoneSaid.ts). A line the local NLU found to be about something else
 *    (mostly words the coach never uses) is not understood, whatever a platform took it for.
 * 3. Of the host's readings (its platform's NLU first, then its second reader), the one that answers the question asked
 *    wins, else the first that is not out of place (starting a workout in the middle of one, "go" to "how many?").
 * 4. Where a number is asked, a line that opens with an amount is that amount whatever comment follows ("eight, that's
 *    all I had"); a line with two numbers and a correction word means its last ("twelve, no eleven"); "one" is a
 *    number only where a number is asked.
 * 5. Where a unit or a side is asked, a line that names one is that answer; where yes or no is asked, a line that opens
 *    with yes, no or wait ("ten four", "negative", "hold on") is that answer.
 * 6. A correction where a count is asked is the count asked for: it answers the question, not an earlier set.
 */
import type { HeardLine, SpokenEvent } from '../events';
import { parseSpokenDuration } from '../numbers';
import type { Side, Unit } from '../program';
import { CORRECTION_WORDS, FILLERS, HEDGES, NO_OPENINGS, SIDE_NAMES, TIME_UNITS, UNIT_NAMES, WAIT_OPENINGS, YES_OPENINGS } from './english';
import type { Expectation } from './expectation';
import { afterFillers, bare, phraseAt, phrasesIn, wordsOfLine, type LineWords } from './lineWords';
import { numbersSaid, type SaidNumber } from './numbersSaid';
import { complains, saysPain } from './painSaid';
import { zoneSaid } from './zoneSaid';

/** How well an event fits the question: 3 answers it, 2 may be said at any time, 1 is out of place, 0 is not understood. */
const fit = (event: SpokenEvent, expecting: Expectation): number => {
  switch (event.type) {
    case 'fallback':
      return 0;
    case 'count':
    case 'correction':
      if (event.value === null) return 1;
      if (expecting.number) return 3;
      return event.type === 'count' ? 1 : 2;
    case 'weight':
      if (event.value === null) return event.unit !== null && expecting.units ? 3 : 1;
      return expecting.number ? 3 : 2;
    case 'yes':
    case 'no':
      return expecting.yesNo || (event.type === 'yes' && expecting.go) ? 3 : 1;
    case 'ready':
      return expecting.go ? 3 : expecting.yesNo ? 2 : 1;
    case 'units':
      return expecting.units ? 3 : 2;
    case 'side':
      return expecting.side ? 3 : 1;
    case 'switchWeakSide':
      return expecting.side ? 3 : 2;
    case 'driveLength':
      return expecting.number === 'driveLength' || expecting.number === 'breakInterval' ? 3 : 1;
    case 'breakInterval':
      return expecting.number === 'breakInterval' ? 3 : 2;
    case 'timeOfDay':
      return expecting.number === 'time' ? 3 : 1;
    case 'workoutReminders':
      return expecting.number === 'time' && event.time !== null ? 3 : 2;
    case 'startWorkout':
    case 'startTest':
    case 'launch':
      return expecting.busy ? 1 : 2;
    default:
      return 2;
  }
};

/** The reading that fits the question best; the first wins a tie (the platform's own, then the whole line's). */
const bestReading = (readings: readonly SpokenEvent[], expecting: Expectation): SpokenEvent =>
  readings.reduce<SpokenEvent | null>((best, reading) => (best === null || fit(reading, expecting) > fit(best, expecting) ? reading : best), null) ?? {
    type: 'fallback',
  };

/**
 * Readings that say no more than an answer would, which the words may read better by the question: nothing understood,
 * "done", lost form, a yes or no, "go", a side, a number intent without its number.
 */
const saysLittle = (event: SpokenEvent): boolean => {
  switch (event.type) {
    case 'fallback':
    case 'done':
    case 'lostForm':
    case 'yes':
    case 'no':
    case 'ready':
    case 'side':
    case 'repeat':
      return true;
    case 'count':
    case 'correction':
    case 'weight':
      return event.value === null;
    case 'switchWeakSide':
      return event.side === null;
    case 'timeOfDay':
    case 'workoutReminders':
      return event.time === null;
    case 'driveLength':
    case 'breakInterval':
      return event.minutes === null;
    default:
      return false;
  }
};

const idsOf = <K extends string>(names: Readonly<Record<K, readonly string[]>>, words: LineWords, from = 0): K[] => {
  const ids = Object.keys(names) as K[];
  return phrasesIn(words.slice(from), ids.flatMap((id) => names[id])).map(({ phrase }) => ids.find((id) => names[id].includes(phrase as never)) as K);
};

/** The number a line with a correction in it means: the last, when a correction word comes before it, or all but one are taken back with "not". */
const meantNumber = (words: LineWords, numbers: readonly SaidNumber[]): SaidNumber | null => {
  if (numbers.length < 2) return null;
  const kept = numbers.filter((n) => words[n.start - 1] !== 'not');
  if (kept.length === 1) return kept[0] ?? null;
  const last = numbers[numbers.length - 1];
  const before = numbers[numbers.length - 2];
  if (!last || !before) return null;
  const between = words.slice(before.end, last.start);
  return phrasesIn(between, CORRECTION_WORDS).length > 0 ? last : null;
};

/**
 * Where a line's amount starts, after the words that open it ("uh", "okay so") and hedge it ("about", "a good"); a line
 * that opens by asking to wait ("just a minute", "one sec") gives no amount.
 */
const amountStart = (words: LineWords): number =>
  phraseAt(words, afterFillers(words, FILLERS), WAIT_OPENINGS) ? words.length : afterFillers(words, [...FILLERS, ...HEDGES]);

/** A number the line opens with, and what follows it. */
const openingNumber = (words: LineWords, numbers: readonly SaidNumber[]): SaidNumber | null => {
  const start = amountStart(words);
  return numbers.find((n) => n.start === start) ?? null;
};

const unitAfter = (words: LineWords, number: SaidNumber): Unit | null => {
  const said = phraseAt(words, number.end, [...UNIT_NAMES.lb, ...UNIT_NAMES.kg, 'pounder']);
  if (said === null) return null;
  return said === 'pounder' || (UNIT_NAMES.lb as readonly string[]).includes(said) ? 'lb' : 'kg';
};

/** Words a length of time is said in before its unit: "a", "half", "one and a half", "forty five". */
const amountWord = (word: string): boolean => ['a', 'an', 'half', 'and'].includes(word) || numbersSaid([word]).length > 0 || word === 'one';

/** The line opens with a length of time ("a minute flat", "forty five seconds"): its seconds. */
const openingSeconds = (words: LineWords): number | null => {
  const from = words.slice(amountStart(words));
  const timeAt = from.findIndex((word) => TIME_UNITS.includes(word));
  if (timeAt === -1 || timeAt > 4 || !from.slice(0, timeAt).every(amountWord)) return null;
  const end = from[timeAt + 1] === 'and' ? Math.min(from.length, timeAt + 4) : timeAt + 1;
  return parseSpokenDuration(from.slice(0, end).join(' '));
};

/** The reading answers the question with its value already: a count, a weight, a time of day, a drive's length. */
const answersWithValue = (event: SpokenEvent, expecting: Expectation): boolean => fit(event, expecting) === 3 && !saysLittle(event);

/** "Every two hours", "five hours": minutes, where a drive's length or a break's interval is asked. */
const lengthMinutes = (words: LineWords, amount: SaidNumber): number | null => {
  const unit = (words[amount.end] ?? '').replace(/'.*$/, '');
  if (['hour', 'hours', 'hr', 'hrs'].includes(unit)) return amount.value * 60;
  if (['minute', 'minutes', 'min', 'mins'].includes(unit)) return amount.value;
  return null;
};

/**
 * Where a number is asked: the amount the line gives, whatever comment follows ("eight, that's all I had"); the last of
 * two with a correction between them; a number said with its half keeps its half. Null when the words give none, or the
 * reading is something the driver asked for that takes no number ("give me two minutes").
 */
const numberAnswer = (words: LineWords, best: SpokenEvent, expecting: Expectation, formLost: boolean): SpokenEvent | null => {
  const numbers = numbersSaid(words).filter((n) => !n.wordOne || expecting.number);
  const meant = meantNumber(words, numbers);
  const counted = best.type === 'count' || best.type === 'correction' || best.type === 'weight';
  if (counted && best.value !== null) {
    if (meant) return { ...best, value: meant.value };
    // "The forty pounder": a unit said right after the weight's number is its unit.
    const said = best.type === 'weight' && best.unit === null ? numbers.find((n) => n.value === best.value) : undefined;
    const unit = said ? unitAfter(words, said) : null;
    if (unit) return { type: 'weight', value: best.value, unit };
    const halved = numbers.length === 1 && numbers[0] && !Number.isInteger(numbers[0].value) && Math.floor(numbers[0].value) === best.value ? numbers[0] : null;
    return halved ? { ...best, value: halved.value } : null;
  }
  if (answersWithValue(best, expecting)) return null;
  // "A minute flat", "half a minute": where a carry's seconds are asked, a line that opens with a length of time is that length.
  const seconds = expecting.number === 'seconds' ? openingSeconds(words) : null;
  if (seconds !== null) return { type: 'count', value: seconds };
  const opening = openingNumber(words, numbers);
  const alone = numbers.length === 1 && best.type !== 'fallback' && (fit(best, expecting) <= 1 || saysLittle(best)) ? (numbers[0] ?? null) : null;
  const amount = meant ?? opening ?? alone;
  if (!amount) return null;
  const unit = unitAfter(words, amount);
  if (unit) return { type: 'weight', value: amount.value, unit };
  if (expecting.number === 'driveLength' || expecting.number === 'breakInterval') {
    const minutes = lengthMinutes(words, amount);
    if (minutes !== null) return expecting.number === 'driveLength' ? { type: 'driveLength', minutes } : { type: 'breakInterval', minutes };
  }
  if (TIME_UNITS.includes((words[amount.end] ?? '').replace(/'.*$/, ''))) {
    if (expecting.number !== 'seconds' && expecting.number !== 'count') return null;
    const timed = openingSeconds(words);
    return timed === null ? null : { type: 'count', value: timed };
  }
  return formLost ? { type: 'count', value: amount.value, formLost: true } : { type: 'count', value: amount.value };
};

/** Where yes or no (or "go") is asked: a line that opens with yes, no or wait. */
const openingAnswer = (words: LineWords, expecting: Expectation): SpokenEvent | null => {
  const start = afterFillers(words, FILLERS.filter((filler) => !YES_OPENINGS.includes(filler)));
  if (phraseAt(words, start, WAIT_OPENINGS)) return { type: 'pause' };
  if (phraseAt(words, start, YES_OPENINGS)) return expecting.yesNo ? { type: 'yes' } : { type: 'ready' };
  if (expecting.yesNo && phraseAt(words, start, NO_OPENINGS)) return { type: 'no' };
  return null;
};

/** The one side a line names, but one it takes back ("not the left, the right"); null for none or both. */
const sideNamed = (words: LineWords): Side | null => {
  const named = phrasesIn(words.map(bare), [...SIDE_NAMES.left, ...SIDE_NAMES.right]).filter(({ start }) => words[start - 1] !== 'not' && words[start - 2] !== 'not');
  const sides = new Set(named.map(({ phrase }) => ((SIDE_NAMES.left as readonly string[]).includes(phrase) ? 'left' : 'right')));
  return sides.size === 1 ? ([...sides][0] as Side) : null;
};

const byWords = (words: LineWords, best: SpokenEvent, expecting: Expectation, formLost: boolean): SpokenEvent => {
  if (expecting.number) {
    const answer = numberAnswer(words, best, expecting, formLost);
    if (answer) return answer;
  } else if (best.type !== 'weight' || best.unit === null) {
    // "One" is no number where none is asked ("my left's the weak one").
    const numbers = numbersSaid(words).filter((n) => !n.wordOne);
    if ((best.type === 'count' || best.type === 'correction' || best.type === 'weight') && best.value === 1 && numbers.length === 0 && words.includes('one')) {
      best = { type: 'fallback' };
    }
  }
  const aboutUnits = best.type === 'whatWeight' && best.unit !== null;
  if (!saysLittle(best) && !(best.type === 'weight' && best.value === null) && !(expecting.units && aboutUnits)) return best;
  if (expecting.units && numbersSaid(words).length === 0) {
    const units = new Set(idsOf(UNIT_NAMES, words));
    if (units.size === 1) return { type: 'units', unit: [...units][0] as Unit };
  }
  if (expecting.side) {
    const side = sideNamed(words);
    if (side) return { type: 'side', side };
  }
  if (expecting.yesNo || expecting.go) {
    const answer = openingAnswer(words, expecting);
    if (answer) return answer;
  }
  return best;
};

/** The coach is waiting for an answer: a number, yes or no, a unit, a side, "go". */
const asksSomething = (expecting: Expectation): boolean =>
  expecting.number !== null || expecting.yesNo || expecting.units || expecting.side || expecting.go;

/**
 * The event as the answer to the question: a correction where a count is asked is that count; a greeting while a
 * question waits ("uh, hey") is a wish to hear the question again, not the coach opened anew.
 */
const asAnswer = (event: SpokenEvent, expecting: Expectation): SpokenEvent => {
  if (event.type === 'launch' && asksSomething(expecting)) return { type: 'repeat' };
  if (event.type === 'correction' && event.value !== null && (expecting.number === 'count' || expecting.number === 'seconds')) {
    return { type: 'count', value: event.value };
  }
  if (event.type === 'weight' && event.value === null && event.unit !== null && expecting.units) return { type: 'units', unit: event.unit };
  return event;
};

/**
 * Pain by the rule on the words; or a reading of pain, which is taken where there are no words to check it against
 * (an intent Alexa placed) or where the words complain of something (a complaint or a cry, with or without a body
 * part): a classifier that takes "I'm back" for pain because of "back" is not trusted.
 */
const trustsPain = (words: LineWords | null): boolean => words === null || complains(words);

export const readHeard = (heard: HeardLine, expecting: Expectation): SpokenEvent => {
  const words = heard.words === null ? null : wordsOfLine(heard.words);
  const readings = trustsPain(words) ? heard.readings : heard.readings.filter((reading) => reading.type !== 'pain');
  if ((words && saysPain(words)) || readings.some((reading) => reading.type === 'pain')) return { type: 'pain' };
  const zone = words && zoneSaid(words);
  if (zone) return { type: 'timeZone', zone };
  // A line about something else (the road, the weather) is not understood, whatever a platform took it for.
  if (heard.aboutSomethingElse) return { type: 'fallback' };
  const best = bestReading(readings, expecting);
  // "Ten, but the last two were sloppy": a count said with lost form in any reading of the line lost its form.
  const formLost = readings.some((reading) => reading.type === 'lostForm' || (reading.type === 'count' && reading.formLost === true));
  const read = asAnswer(words ? byWords(words, best, expecting, formLost) : best, expecting);
  return read.type === 'count' && read.value !== null && formLost ? { ...read, formLost: true } : read;
};
