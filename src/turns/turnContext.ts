/**
 * The context of a turn as every host builds it: the request's instant, the zone the device reports now (else the
 * user's last known one, else the deployment's default), the locale, and whether the request came from a car.
 */
import type { UserDocument } from '../core/document';
import type { CoachContext } from '../core/events';
import { isValidTimeZone } from '../core/time';

export interface TurnWhere {
  now: string;
  /** The zone the device or integration reports for this request, when it does. */
  deviceTimeZone: string | null;
  defaultTimeZone: string;
  locale: string;
  inVehicle?: boolean;
  /** What the host can do with reminders (see CoachContext); absent for a host without them. */
  reminders?: CoachContext['reminders'];
}

export const chooseTimeZone = (device: string | null | undefined, lastKnown: string | null | undefined, fallback: string): string =>
  [device, lastKnown, fallback].find(isValidTimeZone) ?? 'UTC';

export const turnContext =
  ({ now, deviceTimeZone, defaultTimeZone, locale, inVehicle = false, reminders }: TurnWhere) =>
  (stored: UserDocument | null): CoachContext => ({
    now,
    timeZone: chooseTimeZone(deviceTimeZone, stored?.timeZone, defaultTimeZone),
    locale,
    inVehicle,
    ...(reminders ? { reminders } : {}),
  });
