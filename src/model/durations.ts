/**
 * How drivers say how long they carried the dumbbell when it is not a plain count of seconds: "a minute", "a minute
 * and a half", "two minutes ten", "half a minute". Each value of the DurationType slot is one length, named by its
 * ISO 8601 duration ("PT1M30S"), with every wording of it as a synonym. Plain seconds ("forty five seconds") are a
 * number said with "seconds" and stay with the number slot.
 */
import { numberWords } from '../languages/en/numbersHeard';

/** The longest carry the coach takes, in whole minutes (PROGRAM.limits.maxSeconds is five minutes). */
const MAX_MINUTES = 5;

/** Seconds said after the minutes ("a minute fifteen"), in the steps a driver rounds to. */
const SECONDS_AFTER_MINUTES = [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55];

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
