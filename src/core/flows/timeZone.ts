/**
 * "I'm on central time now." Where the host cannot ask the device (the consoles, Dialogflow), the zone named is the
 * driver's from now on, until their host reports a zone other than the one it reported then. Where the device's own
 * setting is the zone (Alexa), the coach says which zone it goes by and where to change it. Asked which zone it goes by
 * ("what time zone are you on"), it says so, and how to tell it another.
 */
import { isValidTimeZone } from '../time';
import type { Turn } from '../turn';

export const takeTimeZone = (turn: Turn, zone: string | null): void => {
  // "What time zone are you on?", or a zone not caught: the zone in use, and how to change it.
  if (zone === null || !isValidTimeZone(zone)) {
    return void turn.say(turn.ctx.zoneFromDevice ? 'ZONE_FROM_DEVICE' : 'ZONE_IN_USE', { zone: { zoneName: turn.zone } });
  }
  if (zone === turn.zone && !turn.doc.zoneSaid) return void turn.say('ZONE_SAME', { zone: { zoneName: zone } });
  if (turn.ctx.zoneFromDevice) {
    turn.say(zone === turn.zone ? 'ZONE_SAME' : 'ZONE_FROM_DEVICE', { zone: { zoneName: turn.zone } });
    return;
  }
  turn.doc.zoneSaid = { zone, over: turn.ctx.reportedZone ?? null };
  turn.useZone(zone);
  turn.say('ZONE_SET', { zone: { zoneName: zone } });
};
