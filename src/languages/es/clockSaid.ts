/**
 * How a time typed in Spanish ("8 pm", "8:30 p.m.", "a las 20:00", "7 a. m.") is said, for the local NLU and the
 * reading rules: the hour on the twelve-hour clock, its minutes, and the part of the day ("ocho treinta de la noche"),
 * as the language model's times of day and the rules' parts of the day say it (src/model/clockWordings.ts reads it, as it
 * reads English's ../en/clockSaid.ts).
 */
import { spelled } from './numbersSaid';

/** "la una", "las dos": one is "una" when it names an hour. */
const hourWord = (hour12: number): string => (hour12 === 1 ? 'una' : spelled(hour12));

/** The part of the day an hour is in: the small hours, the morning, the afternoon until seven, then the night. */
const partOfDay = (hour24: number): string =>
  hour24 < 6 ? 'de la madrugada' : hour24 < 12 ? 'de la mañana' : hour24 < 19 ? 'de la tarde' : 'de la noche';

export const SPANISH_CLOCK = {
  hourWords: Array.from({ length: 12 }, (_, i) => hourWord(i + 1)),
  thirty: null,
  /** 20:30 is "ocho treinta de la noche", 07:00 "siete de la mañana". */
  said: (hour24: number, minute: number): string | null => {
    if (!Number.isInteger(hour24) || hour24 < 0 || hour24 > 23 || !Number.isInteger(minute) || minute < 0 || minute > 59) return null;
    const hour12 = hour24 % 12 === 0 ? 12 : hour24 % 12;
    return `${hourWord(hour12)}${minute === 0 ? '' : ` ${spelled(minute)}`} ${partOfDay(hour24)}`;
  },
};
