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

/**
 * Instants in a zone, kept by the instant and the zone. Placing an instant in a zone asks Intl for the zone's offset,
 * and a turn asks about the same few instants again and again (every past workout, at every turn, to count the days
 * since it): without this, the offsets were about a third of a turn's time. luxon's DateTimes never change, so one
 * can be handed out many times.
 */
const MAX_KEPT = 5000;
const keptBy = <T>(compute: (iso: string, zone: string) => T): ((iso: string, zone: string) => T) => {
  const kept = new Map<string, T>();
  return (iso, zone) => {
    const key = `${zone} ${iso}`;
    let value = kept.get(key);
    if (value === undefined) {
      value = compute(iso, zone);
      if (kept.size >= MAX_KEPT) kept.clear();
      kept.set(key, value);
    }
    return value;
  };
};

/** An instant to the millisecond with its offset, as `toISOString` and luxon's `toISO` write it. */
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * Such an instant (a turn's `now`, the times the coach stores and works out) is read by the engine's own parser, a few
 * times faster than luxon's; it is taken only when its wall time, put back, is the very text it came with, so a day
 * that does not exist ("2026-02-30") or any other form goes to luxon as before.
 */
const instantOf = (iso: string): number | null => {
  const parts = ISO_INSTANT.exec(iso);
  if (!parts) return null;
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return null;
  const offsetMinutes = parts[2] ? (parts[2] === '-' ? -1 : 1) * (Number(parts[3]) * 60 + Number(parts[4])) : 0;
  const wall = new Date(ms + offsetMinutes * 60_000);
  return Number.isFinite(wall.getTime()) && wall.toISOString().slice(0, 23) === parts[1] ? ms : null;
};

export const at = keptBy((iso, zone): DateTime => {
  const ms = instantOf(iso);
  return ms === null ? DateTime.fromISO(iso, { setZone: false }).setZone(zone) : DateTime.fromMillis(ms, { zone });
});

/** The local calendar date (YYYY-MM-DD) of an instant, in the given zone. */
export const localDay = keptBy((iso, zone): string => at(iso, zone).toISODate() ?? '');

/** The local calendar date of an instant as a count of days, so that days between are a subtraction. */
const dayNumber = keptBy((iso, zone): number => {
  const local = at(iso, zone);
  return Math.round(Date.UTC(local.year, local.month - 1, local.day) / 86_400_000);
});

/** Whole local calendar days from `fromIso` to `toIso` (0 = same day, 1 = the next day). */
export const calendarDaysBetween = (fromIso: string, toIso: string, zone: string): number => dayNumber(toIso, zone) - dayNumber(fromIso, zone);

export const addDays = (iso: string, days: number, zone: string): string =>
  at(iso, zone).plus({ days }).toISO() ?? iso;
