/**
 * Reads a line a host heard by the question the coach asked, with rules every host shares and every language: the rules
 * read the words of the line's language (./readingWords.ts), which the line names:
 * 1. Pain wins: a line that reports pain is pain, whatever else it says (./painSaid.ts).
 * 2. A time zone said by name sets the zone (./zoneSaid.ts). A line the local NLU found to be about something else
 *    (mostly words the coach never uses) is not understood, whatever a platform took it for, unless it says outright
 *    what the driver wants (7.).
 * 3. Of the host's readings (its platform's NLU first, then its second reader), the one that answers the question asked
 *    wins, else the first that is not out of place (./fit.ts).
 * 4. Where a number is asked, a line that opens with an amount is that amount whatever comment follows ("eight, that's
 *    all I had"); a line with two numbers and a correction word means its last ("twelve, no eleven") (./numberAnswer.ts);
 *    "one" is a number only where a number is asked (./numbersSaid.ts); a number said twice over, run into one by a
 *    platform (1414), is said once.
 * 5. Where a unit or a side is asked, a line that names one is that answer; where yes or no is asked, a line that opens
 *    with yes, no or wait ("ten four", "negative", "hold on") is that answer. Mid-workout, a line that opens with a
 *    wait is a wait unless what follows asks the coach something or acts on the workout ("hold on, skip this one").
 * 6. A correction where a count is asked is the count asked for: it answers the question, not an earlier set. A
 *    greeting while a question waits asks the question again. A word that is "go" before a set and "done" after it
 *    (Spanish "ya", "listo") is done where the set's count is asked.
 * 7. Some lines say outright what they want (./saidOutright.ts): a greeting alone greets; "quit the workout" and "I'm
 *    done for tonight" end it; "let's get this workout going" starts one; "time remaining" asks how much is left.
 *    Where an hour is asked, "nineteen hundred" and "nine at night" are hours (./timeSaid.ts); where a weight is
 *    asked, "three five" is 35. A line that asks the time of day ("¿qué hora es?") says no length of time.
 */
import { languageWords } from '../../languages';
import type { HeardLine, SpokenEvent } from '../events';
import type { Side, Unit } from '../program';
import type { Expectation } from './expectation';
import { bestReading, fit, saysLittle } from './fit';
import { formSaid } from './formSaid';
import { afterFillers, bare, phraseAt, phrasesIn, phraseWords, type LineWords } from './lineWords';
import { numberAnswer, opensWithAmount, questionAt } from './numberAnswer';
import { numbersSaid } from './numbersSaid';
import { complains, saysPain } from './painSaid';
import type { ReadingWords } from './readingWords';
import { derivedOnce } from './readingWords';
import { reminderSaid } from './reminderSaid';
import { greets, howManyToDoAsked, quitSaid, startSaid, timeLeftAsked, weightAsked, weightMisjudged } from './saidOutright';
import { clockOfNumber } from './timeSaid';
import { zoneSaid } from './zoneSaid';

const tables = derivedOnce((w) => {
  const unitByName = new Map((Object.keys(w.UNIT_NAMES) as Unit[]).flatMap((unit) => w.UNIT_NAMES[unit].map((name) => [name, unit] as const)));
  return {
    /** The units a line names ("kilos" → kg). */
    unitByName,
    anyUnitName: [...unitByName.keys()],
    /** Fillers that also say yes ("okay", "yeah") are the answer where one is asked. */
    fillersButYes: w.FILLERS.filter((filler) => !w.YES_OPENINGS.includes(filler)),
    /** Fillers that also say a set is done ("ya") are the answer where a count is asked. */
    fillersButDone: w.FILLERS.filter((filler) => !w.READY_OR_DONE.includes(filler)),
    eitherSideNames: [...w.SIDE_NAMES.left, ...w.SIDE_NAMES.right],
  };
});

const unitsNamed = (words: LineWords, w: ReadingWords): Set<Unit> => {
  const { unitByName, anyUnitName } = tables(w);
  return new Set(phrasesIn(words, anyUnitName, w).flatMap(({ phrase }) => unitByName.get(phrase) ?? []));
};

/** Where yes or no (or "go") is asked: a line that opens with yes, no or wait. */
const openingAnswer = (words: LineWords, expecting: Expectation, w: ReadingWords): SpokenEvent | null => {
  const start = afterFillers(words, tables(w).fillersButYes, w);
  if (phraseAt(words, start, w.WAIT_OPENINGS, w)) return { type: 'pause' };
  if (phraseAt(words, start, w.YES_OPENINGS, w)) return expecting.yesNo ? { type: 'yes' } : { type: 'ready' };
  if (expecting.yesNo && phraseAt(words, start, w.NO_OPENINGS, w)) return { type: 'no' };
  return null;
};

/**
 * The one side a line names, but one it takes back ("not the left, the right"); with both named and a correction word
 * before the last ("no, el izquierdo, el derecho", "the left, no wait, the right"), the last side said, as the last of
 * two numbers with a correction is the one meant; null for none, or both without a correction.
 */
const sideNamed = (words: LineWords, w: ReadingWords): Side | null => {
  const takenBack = (at: number): boolean => w.TAKE_BACK.includes(words[at] ?? '');
  const named = phrasesIn(words.map(bare), tables(w).eitherSideNames, w).filter(({ start }) => !takenBack(start - 1) && !takenBack(start - 2));
  const sideOf = (phrase: string): Side => (w.SIDE_NAMES.left.includes(phrase) ? 'left' : 'right');
  const sides = new Set(named.map(({ phrase }) => sideOf(phrase)));
  if (sides.size === 1) return [...sides][0] as Side;
  const last = named[named.length - 1];
  return last && sides.size === 2 && phrasesIn(words.slice(0, last.start), w.CORRECTION_WORDS, w).length > 0 ? sideOf(last.phrase) : null;
};

/** Where a set's count is asked, a line of only "ya" or "listo" says the set is done, not that the driver is ready for one. */
const doneNotReady = (words: LineWords, best: SpokenEvent, expecting: Expectation, w: ReadingWords): boolean => {
  if ((expecting.number !== 'count' && expecting.number !== 'seconds') || best.type !== 'ready') return false;
  const start = afterFillers(words, tables(w).fillersButDone, w);
  const said = phraseAt(words, start, w.READY_OR_DONE, w);
  return said !== null && start + phraseWords(said, w).length === words.length;
};

/** The line opens by asking to wait ("hold on", "give me a sec"), and what follows asks the coach nothing. */
const waitsWithoutAsking = (words: LineWords, w: ReadingWords): boolean => {
  const start = afterFillers(words, w.FILLERS, w);
  const wait = phraseAt(words, start, w.WAIT_OPENINGS, w);
  if (!wait) return false;
  const rest = afterFillers(words, w.FILLERS, w, start + phraseWords(wait, w).length);
  return !questionAt(words, rest, w);
};

/**
 * Readings a wait that opens the line overrules mid-workout: going on ("ready", "resume", "done"), saying little, and
 * asking the coach something the rest of the line does not ask ("hold on, the wife needs me" read as a question).
 * A reading that acts on the workout (stop, skip, a weight, the weak side) stands.
 */
const waitOverrules = (best: SpokenEvent): boolean =>
  saysLittle(best) || ['resume', 'next', 'skipRest', 'whatsNext', 'whatWeight', 'timeLeft', 'progress', 'help', 'whyOneSide'].includes(best.type);

const byWords = (words: LineWords, best: SpokenEvent, expecting: Expectation, formLost: boolean, w: ReadingWords): SpokenEvent => {
  // "¿Qué hora es?" asks the time of day: no drive or break is an hour long in it.
  if ((best.type === 'driveLength' || best.type === 'breakInterval') && phrasesIn(words, w.TIME_ASKED, w).length > 0) return { type: 'fallback' };
  if (doneNotReady(words, best, expecting, w)) return { type: 'done' };
  if (expecting.number) {
    const answer = numberAnswer(words, best, expecting, formLost, w);
    if (answer) return answer;
  } else if (best.type !== 'weight' || best.unit === null) {
    // "One" is no number where none is asked ("my left's the weak one").
    const numbers = numbersSaid(words, w).filter((n) => !n.wordOne);
    if ((best.type === 'count' || best.type === 'correction' || best.type === 'weight') && best.value === 1 && numbers.length === 0 && words.some((word) => w.ONE_WORDS.includes(word))) {
      best = { type: 'fallback' };
    }
  }
  // What the words name is what was said: the side not taken back, the unit asked about ("what weight am I on, in lbs"),
  // the unit of a weight a reader took without it ("go up to forty-five pounds").
  const side = (best.type === 'side' || best.type === 'switchWeakSide') && best.side !== null ? sideNamed(words, w) : null;
  if (side && (best.type === 'side' || best.type === 'switchWeakSide')) best = { ...best, side };
  if ((best.type === 'whatWeight' || (best.type === 'weight' && best.value !== null)) && best.unit === null) {
    const units = unitsNamed(words, w);
    if (units.size === 1) best = { ...best, unit: [...units][0] as Unit };
  }
  if (expecting.busy && waitOverrules(best) && waitsWithoutAsking(words, w)) return { type: 'pause' };
  // A reading that says more than an answer, and is not out of place at the question, stands; any other gives way to
  // what the words answer.
  const aboutUnits = best.type === 'whatWeight' && best.unit !== null;
  if (!saysLittle(best) && fit(best, expecting) > 1 && !(expecting.units && aboutUnits)) return best;
  if (expecting.units && numbersSaid(words, w).length === 0) {
    const units = unitsNamed(words, w);
    if (units.size === 1) return { type: 'units', unit: [...units][0] as Unit };
  }
  if (expecting.side) {
    const side = sideNamed(words, w);
    if (side) return { type: 'side', side };
  }
  if (expecting.yesNo || expecting.go) {
    const answer = openingAnswer(words, expecting, w);
    if (answer) return answer;
  }
  return best;
};

/**
 * A number said twice over ("fourteen, fourteen", "ten ten"), which a platform runs together into one (1414, 1010): a
 * thousand or more, where a count, a carry's seconds or a weight is asked, written as one shorter number again and again,
 * is that number (the longest such, so "eleven eleven", 1111, is 11). No count or weight is a thousand.
 */
const SAID_TWICE_FROM = 1000;
const saidOnce = (value: number): number => {
  if (!Number.isInteger(value) || value < SAID_TWICE_FROM) return value;
  const digits = String(value);
  for (let length = Math.floor(digits.length / 2); length >= 1; length--) {
    const part = digits.slice(0, length);
    if (digits.length % length === 0 && part.repeat(digits.length / length) === digits) return Number(part);
  }
  return value;
};

/** The coach is waiting for an answer: a number, yes or no, a unit, a side, "go". */
const asksSomething = (expecting: Expectation): boolean =>
  expecting.number !== null || expecting.yesNo || expecting.units || expecting.side || expecting.go;

/**
 * The event as the answer to the question: a correction where a count is asked is that count; a greeting while a
 * question waits ("uh, hey") is a wish to hear the question again, not the coach opened anew; where an hour is asked,
 * a number heard the military way (1900) is that time.
 */
const asAnswer = (heard: SpokenEvent, expecting: Expectation): SpokenEvent => {
  const amountAsked = expecting.number === 'count' || expecting.number === 'seconds' || expecting.number === 'weight';
  const amount = heard.type === 'count' || heard.type === 'correction' || heard.type === 'weight' ? heard.value : null;
  const once = amount === null ? null : saidOnce(amount);
  const event = amountAsked && once !== amount ? { ...heard, value: once } : heard;
  if (event.type === 'launch' && asksSomething(expecting)) return { type: 'repeat' };
  if (event.type === 'correction' && event.value !== null && (expecting.number === 'count' || expecting.number === 'seconds')) {
    return { type: 'count', value: event.value };
  }
  if (event.type === 'weight' && event.value === null && event.unit !== null && expecting.units) return { type: 'units', unit: event.unit };
  const clock = expecting.number === 'time' ? clockOfNumber(event) : null;
  if (clock) return { type: 'timeOfDay', time: clock };
  return event;
};

/** An hour said where none is asked, in a line about reminding, is the workout reminder's (./reminderSaid.ts). */
const remindedAt = (best: SpokenEvent, words: LineWords | null, expecting: Expectation, w: ReadingWords): SpokenEvent =>
  (expecting.number !== 'time' && words && reminderSaid(words, best, w)) || best;

/**
 * Pain by the rule on the words; or a reading of pain, which is taken where there are no words to check it against
 * (an intent Alexa placed) or where the words say a word of pain that needs no body part ("that aches", "ouch"): a
 * classifier that takes "I'm back" for pain because of "back" is not trusted.
 */
const trustsPain = (words: LineWords | null, w: ReadingWords): boolean => words === null || complains(words, w);

/** The line is read with the words of its language, and only with them: each rule is handed them. */
export const readHeard = (heard: HeardLine, expecting: Expectation): SpokenEvent => {
  const w = languageWords(heard.language).reading;
  const words = heard.words === null ? null : w.wordsOfLine(heard.words);
  const readings = trustsPain(words, w) ? heard.readings : heard.readings.filter((reading) => reading.type !== 'pain');
  if ((words && saysPain(words, w)) || readings.some((reading) => reading.type === 'pain')) return { type: 'pain' };
  const zone = words && zoneSaid(words, w);
  if (zone) return { type: 'timeZone', zone };
  const offSubject = heard.aboutSomethingElse === true;
  const outright = words && (quitSaid(words, w) ?? startSaid(words, expecting.busy, w) ?? timeLeftAsked(words, w, offSubject) ?? howManyToDoAsked(words, w, offSubject) ?? weightMisjudged(words, w, offSubject) ?? weightAsked(words, w, offSubject) ?? (greets(words, w) ? ({ type: 'launch' } as const) : null));
  // A line about something else (the road, the weather) is not understood, whatever a platform took it for, unless its
  // words say outright what the driver wants ("how many series still left"); where a number is asked, a line that opens
  // with an amount answers it whatever its comment ("eleven and my grip is shot").
  if (offSubject && !outright && !(words && expecting.number && opensWithAmount(words, w))) return { type: 'fallback' };
  const best = outright ?? remindedAt(bestReading(readings, expecting), words, expecting, w);
  // "Ten, but the last two were sloppy": a count said with lost form lost its form, as the words say (./formSaid.ts);
  // with no words to read, as a reading says.
  const formLost = words
    ? formSaid(words, w) === true
    : readings.some((reading) => reading.type === 'lostForm' || (reading.type === 'count' && reading.formLost === true));
  const read = asAnswer(words ? byWords(words, best, expecting, formLost, w) : best, expecting);
  if (read.type !== 'count' || read.value === null) return read;
  return formLost ? { ...read, formLost: true } : { type: 'count', value: read.value };
};
