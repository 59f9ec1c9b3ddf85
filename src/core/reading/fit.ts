/**
 * How well each reading of a heard line fits the question the coach asked, and which reading wins.
 */
import type { SpokenEvent } from '../events';
import type { Expectation } from './expectation';

/** How well an event fits the question: 3 answers it, 2 may be said at any time, 1 is out of place, 0 is not understood. */
export const fit = (event: SpokenEvent, expecting: Expectation): number => {
  switch (event.type) {
    case 'fallback':
      return 0;
    case 'count':
    case 'correction':
      if (event.value === null) return 1;
      if (expecting.number) return 3;
      return event.type === 'count' ? 1 : 2;
    case 'weight':
      if (event.value === null) return event.unit !== null && expecting.units ? 3 : 1;
      return expecting.number ? 3 : 2;
    case 'yes':
    case 'no':
      return expecting.yesNo || (event.type === 'yes' && expecting.go) ? 3 : 1;
    case 'ready':
      return expecting.go ? 3 : expecting.yesNo ? 2 : 1;
    case 'units':
      return expecting.units ? 3 : 2;
    case 'side':
      return expecting.side ? 3 : 1;
    case 'switchWeakSide':
      return expecting.side ? 3 : 2;
    // A reading of the length or hour asked for, but without it, answers less than one with it ("3ish hours").
    case 'driveLength':
      return event.minutes !== null && (expecting.number === 'driveLength' || expecting.number === 'breakInterval') ? 3 : 1;
    case 'breakInterval':
      return expecting.number === 'breakInterval' ? (event.minutes === null ? 1 : 3) : 2;
    case 'timeOfDay':
      return expecting.number === 'time' && event.time !== null ? 3 : 1;
    case 'workoutReminders':
      return expecting.number === 'time' && event.time !== null ? 3 : 2;
    case 'startWorkout':
    case 'startTest':
    case 'launch':
      return expecting.busy ? 1 : 2;
    default:
      return 2;
  }
};

/** The reading that fits the question best; the first wins a tie (the platform's own, then the whole line's). */
export const bestReading = (readings: readonly SpokenEvent[], expecting: Expectation): SpokenEvent =>
  readings.reduce<SpokenEvent | null>((best, reading) => (best === null || fit(reading, expecting) > fit(best, expecting) ? reading : best), null) ?? {
    type: 'fallback',
  };

/**
 * Readings that say no more than an answer would, which the words may read better by the question: nothing understood,
 * "done", lost form, a yes or no, "go", a side, a number intent without its number.
 */
export const saysLittle = (event: SpokenEvent): boolean => {
  switch (event.type) {
    case 'fallback':
    case 'done':
    case 'lostForm':
    case 'yes':
    case 'no':
    case 'ready':
    case 'side':
    case 'repeat':
      return true;
    case 'count':
    case 'correction':
    case 'weight':
      return event.value === null;
    case 'switchWeakSide':
      return event.side === null;
    case 'timeOfDay':
    case 'workoutReminders':
      return event.time === null;
    case 'driveLength':
    case 'breakInterval':
      return event.minutes === null;
    default:
      return false;
  }
};

/** The reading answers the question with its value already: a count, a weight, a time of day, a drive's length. */
export const answersWithValue = (event: SpokenEvent, expecting: Expectation): boolean => fit(event, expecting) === 3 && !saysLittle(event);
