/** Calendar days where the user is now: drivers cross time zones, so every day is computed in `zone`. */
import { DateTime, Settings } from 'luxon';

export const FALLBACK_TIME_ZONE = 'America/Chicago';

// Every date the coach words is worded in the reply's locale (setLocale), so luxon's own default is set here rather
// than asked of the system: asking is an Intl call that costs a few milliseconds at the first date of every process.
Settings.defaultLocale = 'en-US';

/**
 * What each zone asked about was found to be. Finding out is an Intl call; a zone is asked about at every turn, and
 * a launch with no zone of its own needs none at all: the fallback and UTC are in every Intl's zone data.
 */
const zoneValidity = new Map<string, boolean>([
  ['UTC', true],
  [FALLBACK_TIME_ZONE, true],
]);
const MAX_ZONES_KEPT = 1000;

export const isValidTimeZone = (zone: string | null | undefined): zone is string => {
  if (!zone) return false;
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    valid = DateTime.now().setZone(zone).isValid;
    if (zoneValidity.size < MAX_ZONES_KEPT) zoneValidity.set(zone, valid);
  }
  return valid;
};

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
