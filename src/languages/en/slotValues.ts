/**
 * English's wordings of the custom slot types' values that are generated rather than listed: a carry's length, a
 * drive's length and a time of day, each value named by its id (src/model/clockWordings.ts: "PT1M30S", "PT5H30M",
 * "19:30") with every wording of it as a synonym. Spanish's are in ../es/slotValues.ts; the listed values (units, sides,
 * body parts, complaints, time zones) are English's reading words (./readingWords.ts).
 *
 * How drivers say how long they carried the dumbbell when it is not a plain count of seconds: "a minute", "a minute
 * and a half", "two minutes ten", "half a minute". Plain seconds ("forty five seconds") are a number said with
 * "seconds" and stay with the number slot.
 *
 * How drivers say a drive's length and a time of day: "five and a half hours", "five hours thirty"; "seven in the
 * morning", "seven a.m.". A bare hour ("seven") is left to the number slot, so it never takes a count away from a
 * workout.
 */
import { numberWords } from './numbersHeard';

/** The longest carry the coach takes, in whole minutes (PROGRAM.limits.maxSeconds is five minutes). */
const MAX_MINUTES = 5;

/** Seconds said after the minutes ("a minute fifteen"), in the steps a driver rounds to. */
const SECONDS_AFTER_MINUTES = [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55];

/** "a minute", "one minute"; "two minutes", … */
const minuteWords = (minutes: number): string[] =>
  minutes === 1 ? ['a minute', 'one minute'] : numberWords(minutes).map((n) => `${n} minutes`);

/** The wordings of whole minutes: "a minute", "a full minute", "two minutes", "two full minutes". */
const wholeMinutes = (minutes: number): string[] => {
  const counted = minuteWords(minutes);
  const full = minutes === 1 ? ['a full minute', 'one full minute', 'a whole minute'] : numberWords(minutes).map((n) => `${n} full minutes`);
  return [...counted, ...full];
};

/** "a minute and a half", "one and a half minutes", "two minutes and a half", "two and a half minutes". */
const andAHalf = (minutes: number): string[] => {
  const counted = minuteWords(minutes);
  const spelled = minutes === 1 ? ['one'] : numberWords(minutes);
  return [...counted.map((m) => `${m} and a half`), ...spelled.map((n) => `${n} and a half minutes`)];
};

/** "a minute fifteen", "a minute and fifteen seconds", "a minute fifteen seconds", with "forty five" and "forty-five". */
const minutesAndSeconds = (minutes: number, seconds: number): string[] => {
  const secondWords = numberWords(seconds).filter((w) => !w.startsWith('fourty'));
  return minuteWords(minutes).flatMap((m) => secondWords.flatMap((s) => [`${m} ${s}`, `${m} and ${s} seconds`, `${m} ${s} seconds`]));
};

/** Every wording with the seconds it means, longest carry last; a wording is listed once. */
export const durationWordings = (): { seconds: number; wordings: string[] }[] => {
  const bySeconds = new Map<number, string[]>();
  const owner = new Map<string, number>();
  const add = (seconds: number, wordings: readonly string[]): void => {
    for (const wording of wordings) {
      const taken = owner.get(wording);
      if (taken !== undefined) {
        if (taken !== seconds) throw new Error(`"${wording}" means both ${taken} and ${seconds} seconds`);
        continue;
      }
      owner.set(wording, seconds);
      bySeconds.set(seconds, [...(bySeconds.get(seconds) ?? []), wording]);
    }
  };
  add(30, ['half a minute', 'a half minute']);
  for (let minutes = 1; minutes <= MAX_MINUTES; minutes += 1) {
    add(minutes * 60, wholeMinutes(minutes));
    if (minutes === MAX_MINUTES) break;
    add(minutes * 60 + 30, andAHalf(minutes));
    for (const seconds of SECONDS_AFTER_MINUTES) add(minutes * 60 + seconds, minutesAndSeconds(minutes, seconds));
  }
  return [...bySeconds.entries()].sort(([a], [b]) => a - b).map(([seconds, wordings]) => ({ seconds, wordings }));
};

/** The longest drive a value names, in hours (PROGRAM.reminders.longestDriveHours caps what is planned). */
export const LONGEST_DRIVE_HOURS = 14;

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

export const FIRST_HOUR = 4;
export const LAST_HOUR = 22;
/** On the hour, the half hour and the quarters ("a quarter past seven"). */
export const MINUTES = [0, 15, 30, 45];

export const spokenHour = (hour24: number): string => numberWords(hour24 % 12 === 0 ? 12 : hour24 % 12)[0] ?? '';

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
export const halfOfDay = (hour24: number): string[] => {
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
