/**
 * What is not words in how drivers say a drive's length, a carry's length and a time of day: the ids the custom slot
 * values are named by (a drive's length and a carry's by their ISO 8601 duration, "PT5H30M", "PT1M30S"; a time of day by
 * its 24-hour "HH:MM"), and a typed time ("7 pm", "19:30") put in a language's words for the local NLU. The wordings are
 * each language's (src/languages/en/slotValues.ts and clockSaid.ts, src/languages/es/slotValues.ts and clockSaid.ts).
 */

export const isoDuration = (seconds: number): string => {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return `PT${minutes > 0 ? `${minutes}M` : ''}${rest > 0 || minutes === 0 ? `${rest}S` : ''}`;
};

/** Seconds in an ISO 8601 duration of minutes and seconds ("PT1M30S" → 90); null for anything else. */
export const secondsOfIsoDuration = (iso: string): number | null => {
  const match = /^PT(?:(\d+)M)?(?:(\d+)S)?$/.exec(iso);
  if (!match || (match[1] === undefined && match[2] === undefined)) return null;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
};

/** Minutes in a drive length's id ("PT5H30M" → 330); null for anything else. */
export const minutesOfDriveLength = (id: string): number | null => {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(id);
  if (!match || (match[1] === undefined && match[2] === undefined)) return null;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
};

/** How a language says a time it reads typed: its words for the hours, for "thirty", and a time in its words. */
export interface ClockSaying {
  /** "one" to "twelve", as a line may say the hour before "pm". */
  hourWords: readonly string[];
  /** Said after an hour for its half past ("seven thirty pm"), when the language says so. */
  thirty: string | null;
  /** A time on the 24-hour clock in words the language model knows; null for one to leave as typed. */
  said(hour24: number, minute: number): string | null;
}

/** "7 am", "7:30 p.m.", "seven thirty pm": an hour (digits or a word), the minutes if any, and the half of the day. */
const writtenTime = (saying: ClockSaying): RegExp =>
  new RegExp(`\\b(\\d{1,2}|${saying.hourWords.join('|')})(?::([0-5]\\d)| (${[saying.thirty, "o'clock"].filter(Boolean).join('|')}))?\\s*([ap])\\.?\\s?m\\b\\.?`, 'gi');

/** "19:30", "07:15": the 24-hour clock, two digits for the hour, and no "am" or "pm" after it. */
const TWENTY_FOUR_HOUR = /\b([01]\d|2[0-3]):([0-5]\d)\b(?!\s*[ap]\.?\s?m\b)/gi;

const writtenTimePatterns = new WeakMap<ClockSaying, RegExp>();

/**
 * A typed or transcribed time ("7 pm", "7:30 a.m.", "seven thirty pm", "19:30") in words the language model knows
 * ("seven thirty in the evening"), for the local NLU: the words around it are left as they are, and so is a time the
 * language says no words for. A 24-hour time needs its two digits ("07:30"): "7:30" alone may be a carry's time.
 */
export const timesSaidIn = (text: string, saying: ClockSaying): string => {
  let pattern = writtenTimePatterns.get(saying);
  if (!pattern) writtenTimePatterns.set(saying, (pattern = writtenTime(saying)));
  return text
    .replace(pattern, (whole: string, hour: string, digits: string | undefined, said: string | undefined, half: string) => {
      const h = /^\d+$/.test(hour) ? Number(hour) : saying.hourWords.indexOf(hour.toLowerCase()) + 1;
      if (h < 1 || h > 12) return whole;
      const minute = digits !== undefined ? Number(digits) : said !== undefined && said.toLowerCase() === saying.thirty ? 30 : 0;
      const hour24 = (h % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
      return saying.said(hour24, minute) ?? whole;
    })
    .replace(TWENTY_FOUR_HOUR, (whole: string, hour: string, minute: string) => saying.said(Number(hour), Number(minute)) ?? whole);
};
