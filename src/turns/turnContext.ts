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
  /** The host cannot tell whether it is in a vehicle (see CoachContext). */
  vehicleUnknown?: boolean;
  /** What the host can do with reminders (see CoachContext); absent for a host without them. */
  reminders?: CoachContext['reminders'];
  /** The zone reported is the device's own setting (Alexa's): a zone the driver names does not change it. */
  zoneFromDevice?: boolean;
}

/**
 * The zone of a turn: a zone the driver named, while the host reports what it reported then (the host has not moved);
 * else the zone the host reports, the last known one, or the deployment's default.
 */
export const chooseTimeZone = (device: string | null | undefined, stored: Pick<UserDocument, 'timeZone' | 'zoneSaid'> | null | undefined, fallback: string): string => {
  const said = stored?.zoneSaid;
  if (said && isValidTimeZone(said.zone) && (!isValidTimeZone(device) || device === said.over)) return said.zone;
  return [device, stored?.timeZone, fallback].find(isValidTimeZone) ?? 'UTC';
};

export const turnContext =
  ({ now, deviceTimeZone, defaultTimeZone, locale, inVehicle = false, vehicleUnknown = false, reminders, zoneFromDevice = false }: TurnWhere) =>
  (stored: UserDocument | null): CoachContext => {
    const reported = isValidTimeZone(deviceTimeZone) ? deviceTimeZone : null;
    const fromDevice = zoneFromDevice && reported !== null;
    return {
      now,
      timeZone: fromDevice ? reported : chooseTimeZone(reported, stored, defaultTimeZone),
      locale,
      inVehicle,
      ...(vehicleUnknown && !inVehicle ? { vehicleUnknown } : {}),
      reportedZone: reported,
      zoneFromDevice: fromDevice,
      ...(reminders ? { reminders } : {}),
    };
  };
