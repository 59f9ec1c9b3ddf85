/**
 * Where an hour of the day is asked, the hour a line gives by two rules on its words: an hour said the military way
 * ("oh five hundred", "nineteen hundred", "1900", "0530") is that hour on the 24-hour clock, and a part of the day
 * after an hour ("nine at night", "six in the morning") says which half of the clock it is in.
 */
import type { SpokenEvent } from '../events';
import { DAY_PARTS } from './english';
import { phraseAt, type LineWords } from './lineWords';
import { numbersSaid } from './numbersSaid';

const clock = (hour: number, minute: number): string | null =>
  Number.isInteger(hour) && hour >= 0 && hour <= 23 && Number.isInteger(minute) && minute >= 0 && minute <= 59
    ? `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
    : null;

/** "Oh five hundred", "nineteen hundred hours", "1900", "0530". */
const militaryTime = (words: LineWords): string | null => {
  const digits = words.find((word) => /^[0-2]\d[0-5]\d$/.test(word));
  if (digits) return clock(Number(digits.slice(0, 2)), Number(digits.slice(2)));
  const hundred = words.indexOf('hundred');
  if (hundred < 1) return null;
  const hours = numbersSaid(words.slice(0, hundred)).find((n) => n.end === hundred);
  if (!hours || hours.value > 23) return null;
  // Said with its "oh" ("oh five hundred"), or past twelve ("nineteen hundred"): never a count of hundreds.
  if (!(words[hours.start - 1] === 'oh' || words[hours.start - 1] === 'zero' || hours.value > 12 || words[hundred + 1] === 'hours')) return null;
  const minutes = numbersSaid(words.slice(hundred + 1)).find((n) => n.start === 0);
  return clock(hours.value, minutes?.value ?? 0);
};

/** "Nine at night", "six in the morning", "7:30 in the evening": the hour with the half of the clock said after it. */
const hourWithDayPart = (words: LineWords): string | null => {
  for (const said of numbersSaid(words)) {
    // "Quarter past seven in the evening": an hour counted from is left to the clock wordings that read it.
    if (['past', 'to', 'after', 'til', 'till', 'before', 'of'].includes(words[said.start - 1] ?? '')) continue;
    let end = said.end;
    let minute = 0;
    const minutes = numbersSaid(words.slice(end)).find((n) => n.start === 0 && n.value >= 0 && n.value <= 59);
    if (minutes) {
      minute = minutes.value;
      end += minutes.end;
    }
    const part = DAY_PARTS.find((p) => phraseAt(words, end, [p.words]) !== null);
    if (!part || said.value < 1 || said.value > 12) continue;
    const hour = part.afternoon ? (said.value === 12 ? 12 : said.value + 12) : said.value === 12 ? 0 : said.value;
    return clock(hour, minute);
  }
  return null;
};

/**
 * An hour a platform heard as a number the military way ("nineteen hundred" as 1900, "oh five thirty" as 530): where an
 * hour is asked, a number from 100 to 2359 whose last two digits can be minutes is that time on the 24-hour clock.
 */
export const clockOfNumber = (event: SpokenEvent): string | null => {
  if ((event.type !== 'count' && event.type !== 'correction') || event.value === null || event.value < 100) return null;
  return clock(Math.floor(event.value / 100), event.value % 100);
};

export const timeSaid = (words: LineWords): string | null => militaryTime(words) ?? hourWithDayPart(words);
