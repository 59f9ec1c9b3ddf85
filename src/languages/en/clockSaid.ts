/**
 * How a time or a drive's length typed in digits is said in English, for the local NLU: "7 pm" is "seven in the
 * evening", "5.5 hrs" "five and a half hours", in the wordings of the language model's values (./slotValues.ts). A
 * time is read by src/model/clockWordings.ts with these words.
 */
import { numberWords } from './numbersHeard';
import { FIRST_HOUR, halfOfDay, LAST_HOUR, LONGEST_DRIVE_HOURS, MINUTES, spokenHour } from './slotValues';

/** "one" to "twelve", as the number table spells them. */
const HOUR_WORDS = Array.from({ length: 12 }, (_, i) => numberWords(i + 1)[0] ?? String(i + 1));

/** The time as the coach's own wordings say it without doubt: "seven thirty in the evening", "noon"; null outside them. */
const unambiguousWording = (hour24: number, minute: number): string | null => {
  if (hour24 < FIRST_HOUR || hour24 > LAST_HOUR || !MINUTES.includes(minute) || (hour24 === LAST_HOUR && minute > 0)) return null;
  if (hour24 === 12 && minute === 0) return 'noon';
  const face = minute === 0 ? spokenHour(hour24) : `${spokenHour(hour24)} ${numberWords(minute)[0] ?? ''}`;
  const half = halfOfDay(hour24).find((words) => words.startsWith('in '));
  return half ? `${face} ${half}` : null;
};

export const ENGLISH_CLOCK = { hourWords: HOUR_WORDS, thirty: 'thirty', said: unambiguousWording };

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
