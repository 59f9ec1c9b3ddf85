/** Calendar days where the user is now: drivers cross time zones, so every day is computed in `zone`. */
import { DateTime } from 'luxon';

export const FALLBACK_TIME_ZONE = 'America/Chicago';

export const isValidTimeZone = (zone: string | null | undefined): zone is string =>
  !!zone && DateTime.now().setZone(zone).isValid;

export const at = (iso: string, zone: string): DateTime => DateTime.fromISO(iso, { setZone: false }).setZone(zone);

/** The local calendar date (YYYY-MM-DD) of an instant, in the given zone. */
export const localDay = (iso: string, zone: string): string => at(iso, zone).toISODate() ?? '';

/** Whole local calendar days from `fromIso` to `toIso` (0 = same day, 1 = the next day). */
export const calendarDaysBetween = (fromIso: string, toIso: string, zone: string): number => {
  const from = at(fromIso, zone).startOf('day');
  const to = at(toIso, zone).startOf('day');
  return Math.round(to.diff(from, 'days').days);
};

export const addDays = (iso: string, days: number, zone: string): string =>
  at(iso, zone).plus({ days }).toISO() ?? iso;
