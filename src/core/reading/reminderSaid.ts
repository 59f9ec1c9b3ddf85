/**
 * "Remind me at 7 pm", "put a reminder for my workouts at half past seven at night": where no hour is asked, a line about
 * reminding that says an hour sets the workout reminder at that hour, unless it asks to be reminded to do something
 * other than train ("remind me to call the shipper at four").
 */
import type { SpokenEvent } from '../events';
import { phrasesIn, type LineWords } from './lineWords';
import { numbersSaid } from './numbersSaid';
import type { ReadingWords } from './readingWords';
import { bareHour, timeSaid } from './timeSaid';

/** "At seven", "at 7 30": the hour after "at", heard as a bare hour is. */
const hourAfterAt = (words: LineWords, w: ReadingWords): string | null => {
  const at = words.lastIndexOf(w.AT_HOUR);
  if (at === -1) return null;
  const [hour, minutes] = numbersSaid(words.slice(at + 1), w);
  if (!hour || hour.start !== 0 || !Number.isInteger(hour.value) || hour.value < 1 || hour.value > 12) return null;
  const minute = minutes && minutes.start === hour.end && minutes.value < 60 ? minutes.value : 0;
  return `${String(bareHour(hour.value)).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
};

/** Words that ask to be reminded: "remind me", "a reminder", "ping me" (the language's REMIND_STEMS and REMINDING). */
export const reminderSaid = (words: LineWords, best: SpokenEvent, w: ReadingWords): SpokenEvent | null => {
  const asked = phrasesIn(words, w.REMINDING, w)[0]?.start;
  const remind = asked ?? words.findIndex((word) => w.REMIND_STEMS.some((stem) => word.startsWith(stem)));
  if (remind === -1) return null;
  const to = words.findIndex((word, i) => i >= remind && w.REMIND_TO.includes(word));
  if (to !== -1 && to <= remind + 2 && !w.TRAINING_VERBS.includes(words[to + 1] ?? '')) return null;
  const time = timeSaid(words, w) ?? (best.type === 'timeOfDay' ? best.time : null) ?? hourAfterAt(words, w);
  return time === null ? null : { type: 'workoutReminders', time };
};
