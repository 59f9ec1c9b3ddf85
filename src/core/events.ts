import type { ReminderJob } from './document';
import type { Language } from '../languages/locales';
import type { Side, Unit } from './program';

/** Events that carry no values. */
export type SimpleEventType =
  | 'yes'
  | 'no'
  | 'stop'
  | 'help'
  | 'fallback'
  | 'pause'
  | 'resume'
  | 'repeat'
  | 'next'
  | 'skip'
  | 'skipRest'
  | 'startOver'
  | 'home'
  | 'ready'
  | 'startWorkout'
  | 'startTest'
  | 'progress'
  | 'whatsNext'
  /** "How much is left": the sets and the minutes left in this session. */
  | 'timeLeft'
  | 'whyOneSide'
  | 'pain'
  | 'lostForm'
  | 'deleteData'
  | 'breakReminders'
  /** "Give me a posture break": the two-minute break of band pull-aparts, now. */
  | 'postureBreak'
  | 'endDrive'
  | 'stopWorkoutReminders'
  | 'done'
  | 'sessionEnded';

/** One thing the user said or did in a conversation, already understood by a platform adapter. */
export type SpokenEvent =
  | { type: 'launch' }
  /** With `formLost`, "ten, but I lost form": the count of a set that lost its form. */
  | { type: 'count'; value: number | null; formLost?: boolean }
  /** A number said to replace the one just given ("no, fifteen", "sorry, I meant eight", "make that ten"). */
  | { type: 'correction'; value: number | null }
  | { type: 'weight'; value: number | null; unit: Unit | null }
  | { type: 'units'; unit: Unit | null }
  | { type: 'side'; side: Side | null }
  | { type: 'switchWeakSide'; side: Side | null }
  /** How long the drive is ("five hours", "about five and a half hours"), in minutes. */
  | { type: 'driveLength'; minutes: number | null }
  /** How often to take a break ("every 60 minutes"), in minutes. */
  | { type: 'breakInterval'; minutes: number | null }
  /** A local time of day, "HH:MM" ("seven in the morning" is "07:00"). */
  | { type: 'timeOfDay'; time: string | null }
  /** "Remind me to work out", with the time when it was said ("… at seven in the morning"). */
  | { type: 'workoutReminders'; time: string | null }
  /** "I'm on central time now": the IANA zone the driver says they are in. */
  | { type: 'timeZone'; zone: string | null }
  /** "What weight am I using", in the unit asked for when one was ("… in kilos"). */
  | { type: 'whatWeight'; unit: Unit | null }
  | { type: SimpleEventType };

/**
 * A line a host heard, before the coach reads it by the question it asked (./reading/readHeard.ts): what the host's
 * NLUs made of it, its platform's own reading first, and the words said when the host has them (the consoles,
 * Dialogflow, the lines Alexa hands over in words).
 */
export interface HeardLine {
  type: 'heard';
  readings: SpokenEvent[];
  words: string | null;
  /** The language the words are in, which the reading rules read them by. */
  language: Language;
  /** The words are mostly ones the coach never uses: the line is about something else, whatever a platform made of it. */
  aboutSomethingElse?: boolean;
}

/**
 * What the host reports in the conversation without an intent: the driver's answer to Alexa's own question for the
 * reminders permission, and what the host did with the reminders the last reply asked for (said by no one).
 */
export type HostEvent = { type: 'remindersPermission'; answer: 'accepted' | 'denied' | 'notAnswered' } | RemindersResult;

/** Why reminders could not be set: no permission, or the reminders service failed or did not answer in time. */
export type ReminderFailure = 'permission' | 'error' | 'timeout';

/**
 * The host's report on a reply's reminder request, as the host found its reminders at the end: the alert of each
 * reminder asked for, in the order asked (null, or left out at the end, for one that is not set), the ones it deleted
 * (or found already gone), and why it stopped short, if it did. `settled: false` when it cannot tell that nothing
 * else is held (a call given up whose reminder may still be made); absent means settled.
 */
export interface RemindersResult {
  type: 'remindersDone';
  /** The job of the request this answers (absent: the one last asked for). */
  job?: ReminderJob;
  created: (string | null)[];
  cancelled: string[];
  failure: ReminderFailure | null;
  settled?: boolean;
}

export type SpokenEventType = SpokenEvent['type'];

/** One event for the coach: something the user said (read, or still to be read), something the host reports, or a skill event. */
export type CoachEvent = SpokenEvent | HeardLine | HostEvent | SkillEvent;

/**
 * What Alexa reports outside any conversation (skill events): the driver enabled or disabled the skill, or changed
 * what it may do. Nothing is said in return.
 */
export type SkillEvent =
  | { type: 'skillEnabled' }
  /** The driver disabled the skill: everything stored about them goes. */
  | { type: 'skillDisabled' }
  /** The permission scopes the driver has granted now, in full (an empty list when none is left). */
  | { type: 'permissionsChanged'; granted: string[] };

const SKILL_EVENT_TYPES: ReadonlySet<CoachEventType> = new Set<SkillEvent['type']>(['skillEnabled', 'skillDisabled', 'permissionsChanged']);

export const isSkillEvent = (event: CoachEvent): event is SkillEvent => SKILL_EVENT_TYPES.has(event.type);

export type CoachEventType = CoachEvent['type'];

/** What the coach knows about the moment of the event. */
export interface CoachContext {
  /** The request's instant, ISO 8601. */
  now: string;
  /** IANA zone where the user is now (from the device, else the last known one, else a default). */
  timeZone: string;
  /** The zone the host reported for this request, if it did. */
  reportedZone?: string | null;
  /**
   * The reported zone is the device's own setting (Alexa's), which a zone the driver names does not change; a browser's
   * or an integration's report gives way to a zone the driver names.
   */
  zoneFromDevice?: boolean;
  locale: string;
  /** The request came from an in-car device: the vehicle may be moving. */
  inVehicle: boolean;
  /**
   * The host cannot tell whether it is in a vehicle (the browser page, an assistant): the coach asks whether the truck
   * is parked before the first set of a session, and takes the answer (or "I'm driving") for the rest of it.
   */
  vehicleUnknown?: boolean;
  /**
   * Whether the host can set reminders, and what it knows of the driver's permission for them: absent when the host
   * has no reminders service (Dialogflow, the consoles); 'unknown' when only the reminders service can tell.
   */
  reminders?: 'granted' | 'missing' | 'unknown';
}
