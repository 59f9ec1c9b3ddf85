/**
 * "Remind me at 7 pm", "put a reminder for my workouts at half past seven at night": where no hour is asked, a line about
 * reminding that says an hour sets the workout reminder at that hour, unless it asks to be reminded to do something
 * other than train ("remind me to call the shipper at four").
 */
import type { SpokenEvent } from '../events';
import { phrasesIn, type LineWords } from './lineWords';
import { numbersSaid } from './numbersSaid';
import { bareHour, timeSaid } from './timeSaid';

/** What "remind me to …" may go on with and still be about the workout. */
const TRAINING_VERBS: readonly string[] = ['work', 'workout', 'train', 'exercise', 'lift', 'do', 'get', 'hit'];

/** "At seven", "at 7 30": the hour after "at", heard as a bare hour is. */
const hourAfterAt = (words: LineWords): string | null => {
  const at = words.lastIndexOf('at');
  if (at === -1) return null;
  const [hour, minutes] = numbersSaid(words.slice(at + 1));
  if (!hour || hour.start !== 0 || !Number.isInteger(hour.value) || hour.value < 1 || hour.value > 12) return null;
  const minute = minutes && minutes.start === hour.end && minutes.value < 60 ? minutes.value : 0;
  return `${String(bareHour(hour.value)).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
};

/** Words that ask to be reminded: "remind me", "a reminder", "ping me". */
const REMINDING: readonly string[] = ['ping me', 'nudge me', 'buzz me', 'alert me', 'notify me', 'holler at me'];

export const reminderSaid = (words: LineWords, best: SpokenEvent): SpokenEvent | null => {
  const asked = phrasesIn(words, REMINDING)[0]?.start;
  const remind = asked ?? words.findIndex((word) => word.startsWith('remind'));
  if (remind === -1) return null;
  const to = words.indexOf('to', remind);
  if (to !== -1 && to <= remind + 2 && !TRAINING_VERBS.includes(words[to + 1] ?? '')) return null;
  const time = timeSaid(words) ?? (best.type === 'timeOfDay' ? best.time : null) ?? hourAfterAt(words);
  return time === null ? null : { type: 'workoutReminders', time };
};
