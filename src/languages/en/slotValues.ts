/**
 * How drivers say a drive's length and a time of day, as custom slot values every platform resolves the same way:
 * a drive's length is named by its ISO 8601 duration ("PT5H30M": "five and a half hours", "five hours thirty"), a
 * time of day by its 24-hour "HH:MM" ("07:00": "seven in the morning", "seven a.m."). A bare hour ("seven") is left
 * to the number slot, so it never takes a count away from a workout.
 */
import { numberWords } from './numbersHeard';

/** The longest drive a value names, in hours (PROGRAM.reminders.longestDriveHours caps what is planned). */
const LONGEST_DRIVE_HOURS = 14;

/** "Every hour" says a length too, with no article; "a five hour drive" says it before what it measures. */
const hourWords = (hours: number): string[] => {
  if (hours === 1) return ['an hour', 'one hour', 'hour'];
  const spelled = numberWords(hours).flatMap((n) => [`${n} hours`, `about ${n} hours`, `${n} hour`]);
  return hours === 2 ? [...spelled, 'a couple hours', 'a couple of hours', 'couple hours', 'couple of hours'] : spelled;
};

/** The ways a drive's length is typed: "5 hours", "5 hrs", "5.5 hours". Digits, so for the hosts that read typed words only. */
const writtenHours = (hours: number, half: boolean): string[] => {
  const amount = half ? [`${hours}.5`, `${hours} and a half`] : [`${hours}`];
  return amount.flatMap((n) => [`${n} ${hours === 1 && !half ? 'hour' : 'hours'}`, `${n} hrs`, `${n}h`]);
};

/** Every wording of a drive's length with its ISO 8601 duration: half an hour to fourteen hours, in half hours. */
export const driveLengthWordings = (): { id: string; wordings: string[]; written: string[] }[] => {
  const lengths: { id: string; wordings: string[]; written: string[] }[] = [
    { id: 'PT30M', wordings: ['half an hour', 'thirty minutes'], written: ['30 minutes', '30 mins', '0.5 hours'] },
  ];
  for (let hours = 1; hours <= LONGEST_DRIVE_HOURS; hours++) {
    lengths.push({ id: `PT${hours}H`, wordings: hourWords(hours), written: writtenHours(hours, false) });
    if (hours === LONGEST_DRIVE_HOURS) break;
    const spelled = hours === 1 ? ['one'] : numberWords(hours);
    const half = [
      ...(hours === 1 ? ['an hour and a half', 'ninety minutes', 'hour and a half'] : []),
      ...spelled.flatMap((n) => [`${n} and a half hours`, `${n} and a half hour`]),
      ...hourWords(hours).flatMap((h) => [`${h} and a half`, `${h} thirty`, `${h} and thirty minutes`]),
    ];
    lengths.push({ id: `PT${hours}H30M`, wordings: [...new Set(half)], written: writtenHours(hours, true) });
  }
  return lengths;
};

/** Minutes in a drive length's id ("PT5H30M" → 330); null for anything else. */
export const minutesOfDriveLength = (id: string): number | null => {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(id);
  if (!match || (match[1] === undefined && match[2] === undefined)) return null;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
};

const FIRST_HOUR = 4;
const LAST_HOUR = 22;
/** On the hour, the half hour and the quarters ("a quarter past seven"). */
const MINUTES = [0, 15, 30, 45];

const spokenHour = (hour24: number): string => numberWords(hour24 % 12 === 0 ? 12 : hour24 % 12)[0] ?? '';

/** "seven", "seven o'clock", "seven thirty", "half past seven": the clock as said, without the half of the day. */
const clockFaces = (hour24: number, minute: number): string[] => {
  const hour = spokenHour(hour24);
  if (minute === 0) return [hour, `${hour} o'clock`];
  const faces = numberWords(minute).filter((w) => !w.startsWith('fourty')).map((m) => `${hour} ${m}`);
  if (minute === 30) faces.push(`half past ${hour}`);
  if (minute === 15) faces.push(`quarter past ${hour}`, `a quarter past ${hour}`, `quarter after ${hour}`);
  if (minute === 45) faces.push(`quarter to ${spokenHour(hour24 + 1)}`, `a quarter to ${spokenHour(hour24 + 1)}`, `quarter of ${spokenHour(hour24 + 1)}`);
  return faces;
};

/**
 * The words for the half of the day an hour is in: "a.m." and "in the morning", "p.m." and "in the evening"; "am" and
 * "pm" as they are often written out ("six pm").
 */
const halfOfDay = (hour24: number): string[] => {
  if (hour24 < 12) return ['a.m.', 'am', 'in the morning'];
  const pm = ['p.m.', 'pm'];
  if (hour24 < 17) return [...pm, 'in the afternoon'];
  return [...pm, 'in the evening', ...(hour24 >= 19 ? ['at night'] : [])];
};

/** The ways a time is typed: "7 pm", "7pm", "7:30 p.m.", "19:30". Digits, so for the hosts that read typed words only. */
const writtenTimes = (hour24: number, minute: number): string[] => {
  const hour = hour24 % 12 === 0 ? 12 : hour24 % 12;
  const mm = String(minute).padStart(2, '0');
  const clocks = minute === 0 ? [`${hour}`, `${hour}:00`] : [`${hour}:${mm}`];
  const halves = hour24 < 12 ? ['am', 'a.m.'] : ['pm', 'p.m.'];
  return [...clocks.flatMap((clock) => halves.flatMap((half) => [`${clock} ${half}`, `${clock}${half}`])), `${String(hour24).padStart(2, '0')}:${mm}`];
};

/** Every wording of a time of day from four in the morning to ten at night, in half hours, with its "HH:MM". */
export const timeOfDayWordings = (): { id: string; wordings: string[]; written: string[] }[] => {
  const times: { id: string; wordings: string[]; written: string[] }[] = [];
  for (let hour = FIRST_HOUR; hour <= LAST_HOUR; hour++) {
    for (const minute of MINUTES) {
      if (hour === LAST_HOUR && minute > 0) break;
      const faces = clockFaces(hour, minute);
      // "seven o'clock" takes "in the morning", not "a.m.".
      const wordings = faces.flatMap((face) => halfOfDay(hour).filter((half) => !face.endsWith("o'clock") || half.startsWith('in ')).map((half) => `${face} ${half}`));
      if (hour === 12 && minute === 0) wordings.push('noon', 'midday', 'twelve noon', 'lunchtime');
      // "seven thirty", "seven o'clock": the half of the day a workout is likelier in (the morning from five, else the afternoon).
      const likelier = hour >= 5 && hour <= 11 ? true : hour >= 13 && hour <= 16;
      const said = minute === 0 ? faces.filter((face) => face.endsWith("o'clock")) : faces.filter((face) => face.split(' ').length === 2 && !face.startsWith('half'));
      if (likelier) wordings.push(...said);
      times.push({ id: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, wordings: [...new Set(wordings)], written: writtenTimes(hour, minute) });
    }
  }
  return times;
};

/** "one" to "twelve", as the number table spells them. */
const HOUR_WORDS = Array.from({ length: 12 }, (_, i) => numberWords(i + 1)[0] ?? String(i + 1));

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

/** The time as the coach's own wordings say it without doubt: "seven thirty in the evening", "noon"; null outside them. */
const unambiguousWording = (hour24: number, minute: number): string | null => {
  if (hour24 < FIRST_HOUR || hour24 > LAST_HOUR || !MINUTES.includes(minute) || (hour24 === LAST_HOUR && minute > 0)) return null;
  if (hour24 === 12 && minute === 0) return 'noon';
  const face = minute === 0 ? spokenHour(hour24) : `${spokenHour(hour24)} ${numberWords(minute)[0] ?? ''}`;
  const half = halfOfDay(hour24).find((words) => words.startsWith('in '));
  return half ? `${face} ${half}` : null;
};

export const ENGLISH_CLOCK: ClockSaying = { hourWords: HOUR_WORDS, thirty: 'thirty', said: unambiguousWording };

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

/** A typed time in English's words: "7 pm" is "seven in the evening". */
export const spokenTimesIn = (text: string): string => timesSaidIn(text, ENGLISH_CLOCK);

/** "5 hours", "5.5 hrs", "5 and a half hours", "1 hour": hours in digits, half an hour more or not. */
const WRITTEN_HOURS = /\b(\d{1,2})(\.5| and a half)?\s*(?:hours?|hrs?)\b/gi;

/**
 * A drive's length typed or transcribed in digits ("5 hours", "5.5 hrs") in words the language model knows ("five
 * hours", "five and a half hours"), for the local NLU; lengths longer than any drive planned are left as they are.
 */
export const spokenHoursIn = (text: string): string =>
  text.replace(WRITTEN_HOURS, (whole: string, digits: string, half: string | undefined) => {
    const hours = Number(digits);
    if (hours < 1 || hours > LONGEST_DRIVE_HOURS || (half && hours === LONGEST_DRIVE_HOURS)) return whole;
    if (hours === 1) return half ? 'an hour and a half' : 'an hour';
    const words = numberWords(hours)[0] ?? digits;
    return half ? `${words} and a half hours` : `${words} hours`;
  });
