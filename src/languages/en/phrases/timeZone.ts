/**
 * What drivers say of their time zone.
 */
import type { TIME_ZONE_INTENTS } from '../../../core/flows/timeZone.intents';
import type { PhrasesOf } from '../../../core/intentShapes';
import { all, say } from '../../phrasing';

/** "I'm on central time now": the zone the driver says they are in. */
const timeZoneSamples = (): string[] =>
  all(
    ["I'm on {zone} time", "I'm in {zone} time", "we're on {zone} time", 'switch to {zone} time', 'set my time zone to {zone}'],
    say(['', 'okay', 'hey', 'just so you know', 'heads up'], ["I'm", "we're", "I'm now", "we're now", 'now', "I'm back", "we're back", 'back'], ['on', 'in'], ['{zone} time', 'the {zone} time zone', '{zone}'], ['', 'now', 'today', 'this week', 'tonight', 'for a while']),
    say(['', 'okay', 'we', 'I', 'just'], ['crossed into', 'drove into', 'moved into', 'got into'], ['{zone} time', 'the {zone} time zone', '{zone}'], ['', 'today', 'a while ago']),
    say(['', 'please', 'can you'], ['switch to', 'change to', 'use', 'go by', 'set my time zone to', 'change my time zone to', 'set the time zone to', 'change the time zone to', 'put me on'], ['{zone} time', '{zone}'], ['', 'please']),
    say(['', 'it is', "it's"], ['{zone} time', '{zone} time here', '{zone} time now'], ['', 'here', 'now']),
    say(['my time zone is', 'the time zone is', 'time zone', 'my zone is', "I'm in the"], ['{zone}', '{zone} time', '{zone} zone'], ['', 'now']),
    // Asked, not said: the coach answers with the zone it goes by.
    say(['', 'hey', 'so'], ['what time zone', 'which time zone', 'what zone', 'which zone'], ['are you using', 'are you on', 'are you in', 'do you use', 'do you go by', 'am I on', 'am I in', 'are we on', 'are my reminders on', 'is my schedule on'], ['', 'now', 'right now', 'for me']),
  ).filter((sample) => !/\b(now) (now)\b/.test(sample) && !/^(it is|it's) \{zone\} time (here|now) (here|now)$/.test(sample));

export const TIME_ZONE_PHRASES: PhrasesOf<typeof TIME_ZONE_INTENTS> = {
  TimeZoneIntent: timeZoneSamples,
};
