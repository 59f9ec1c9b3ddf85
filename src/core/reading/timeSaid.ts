/**
 * Where an hour of the day is asked, the hour a line gives by two rules on its words: an hour said the military way
 * ("oh five hundred", "nineteen hundred", "1900", "0530") is that hour on the 24-hour clock, and a part of the day
 * after an hour ("nine at night", "six in the morning") says which half of the clock it is in; minutes counted from an
 * hour ("half past five", "a quarter to seven", "siete y cuarto", "cuarto para las ocho") are read from that hour.
 */
import type { SpokenEvent } from '../events';
import { phraseWords, saysAt, type LineWords } from './lineWords';
import { numbersSaid } from './numbersSaid';
import type { ReadingWords } from './readingWords';

const clock = (hour: number, minute: number): string | null =>
  Number.isInteger(hour) && hour >= 0 && hour <= 23 && Number.isInteger(minute) && minute >= 0 && minute <= 59
    ? `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
    : null;

/** "Oh five hundred", "nineteen hundred hours", "nineteen thirty", "1900", "0530". */
const militaryTime = (words: LineWords, w: ReadingWords): string | null => {
  const digits = words.find((word) => /^[0-2]\d[0-5]\d$/.test(word));
  if (digits) return clock(Number(digits.slice(0, 2)), Number(digits.slice(2)));
  const numbers = numbersSaid(words, w);
  const saidWithZero = (at: number): boolean => w.CLOCK_ZERO.includes(words[at - 1] ?? '');
  // "Nineteen thirty", "oh six fifteen": an hour past twelve, or said with its "oh", and its minutes right after it.
  for (const [i, hour] of numbers.entries()) {
    const minutes = numbers[i + 1];
    const clockHour = hour.value > 12 || saidWithZero(hour.start);
    if (clockHour && minutes && minutes.start === hour.end && minutes.value >= 10 && words[hour.end] !== w.HUNDRED) return clock(hour.value, minutes.value);
  }
  const hundred = w.HUNDRED === null ? -1 : words.indexOf(w.HUNDRED);
  if (hundred < 1) return null;
  const hours = numbersSaid(words.slice(0, hundred), w).find((n) => n.end === hundred);
  if (!hours || hours.value > 23) return null;
  // Said with its "oh" ("oh five hundred"), or past twelve ("nineteen hundred"): never a count of hundreds.
  if (!(saidWithZero(hours.start) || hours.value > 12 || words[hundred + 1] === w.HOURS)) return null;
  const minutes = numbersSaid(words.slice(hundred + 1), w).find((n) => n.start === 0);
  return clock(hours.value, minutes?.value ?? 0);
};

/** "Nine at night", "six in the morning", "7:30 in the evening": the hour with the half of the clock said after it. */
const hourWithDayPart = (words: LineWords, w: ReadingWords): string | null => {
  for (const said of numbersSaid(words, w)) {
    // "Quarter past seven in the evening": an hour counted from is left to the clock wordings that read it.
    if (w.BEFORE_COUNTED_HOUR.includes(words[said.start - 1] ?? '')) continue;
    let end = said.end;
    // "Siete y media de la noche": an hour said with its half.
    let minute = said.value % 1 === 0.5 ? 30 : 0;
    const whole = Math.floor(said.value);
    if (!Number.isInteger(said.value) && minute === 0) continue;
    const minutes = minute ? undefined : numbersSaid(words.slice(end), w).find((n) => n.start === 0 && n.value >= 0 && n.value <= 59);
    if (minutes) {
      minute = minutes.value;
      end += minutes.end;
    }
    const part = w.DAY_PARTS.find((p) => saysAt(words, end, p.words, w));
    if (!part || whole < 1 || whole > 12) continue;
    const hour = part.afternoon ? (whole === 12 ? 12 : whole + 12) : whole === 12 ? 0 : whole;
    return clock(hour, minute);
  }
  return null;
};

/** The hour counted from, with its minutes: in the part of the day said after them, or else as a bare hour is heard. */
const countedClock = (words: LineWords, partAt: number, hour: number, minutes: number, w: ReadingWords): string | null => {
  const part = w.DAY_PARTS.find((p) => saysAt(words, partAt, p.words, w));
  const hour24 = part ? (part.afternoon ? (hour % 12) + 12 : hour % 12) : bareHour(hour);
  const counted = (hour24 * 60 + minutes + 24 * 60) % (24 * 60);
  return clock(Math.floor(counted / 60), counted % 60);
};

/**
 * "Half past five", "a quarter to seven in the evening", "cuarto para las ocho": the hour counted from, said after the
 * minutes; "siete y cuarto", "ocho menos cuarto de la noche": said before them. With its part of the day when said, or
 * else as a bare hour is heard (one to four in the afternoon, the rest as said).
 */
const hourCountedFrom = (words: LineWords, w: ReadingWords): string | null => {
  for (let at = 0; at < words.length; at++) {
    const counted = w.COUNTED_FROM.find((c) => saysAt(words, at, c.words, w));
    if (!counted) continue;
    const after = at + phraseWords(counted.words, w).length;
    const hour = numbersSaid(words.slice(after), w).find((n) => n.start === 0);
    if (!hour || hour.value < 1 || hour.value > 12) return null;
    return countedClock(words, after + hour.end, hour.value, counted.minutes, w);
  }
  for (const hour of numbersSaid(words, w)) {
    const counted = w.COUNTED_AFTER_HOUR.find((c) => saysAt(words, hour.end, c.words, w));
    if (!counted || !Number.isInteger(hour.value) || hour.value < 1 || hour.value > 12) continue;
    return countedClock(words, hour.end + phraseWords(counted.words, w).length, hour.value, counted.minutes, w);
  }
  return null;
};

/** A bare hour, as the coach hears one: one to four is in the afternoon (no one trains at 2 a.m.), the rest as said. */
export const bareHour = (hour: number): number => (hour >= 1 && hour <= 4 ? hour + 12 : hour);

/**
 * An hour a platform heard as a number the military way ("nineteen hundred" as 1900, "oh five thirty" as 530): where an
 * hour is asked, a number from 100 to 2359 whose last two digits can be minutes is that time on the 24-hour clock.
 */
export const clockOfNumber = (event: SpokenEvent): string | null => {
  if ((event.type !== 'count' && event.type !== 'correction') || event.value === null || event.value < 100) return null;
  return clock(Math.floor(event.value / 100), event.value % 100);
};

export const timeSaid = (words: LineWords, w: ReadingWords): string | null =>
  militaryTime(words, w) ?? hourCountedFrom(words, w) ?? hourWithDayPart(words, w);
