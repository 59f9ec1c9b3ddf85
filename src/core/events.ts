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
  | 'whyOneSide'
  | 'pain'
  | 'lostForm'
  | 'deleteData'
  | 'breakReminders'
  | 'done'
  | 'sessionEnded';

/** One thing the user said or did in a conversation, already understood by a platform adapter. */
export type SpokenEvent =
  | { type: 'launch' }
  | { type: 'count'; value: number | null }
  /** A number said to replace the one just given ("no, fifteen", "sorry, I meant eight", "make that ten"). */
  | { type: 'correction'; value: number | null }
  | { type: 'weight'; value: number | null; unit: Unit | null }
  | { type: 'units'; unit: Unit | null }
  | { type: 'side'; side: Side | null }
  | { type: 'switchWeakSide'; side: Side | null }
  | { type: SimpleEventType };

export type SpokenEventType = SpokenEvent['type'];

/** One event for the coach: something the user said, or a skill event. */
export type CoachEvent = SpokenEvent | SkillEvent;

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
  locale: string;
  /** The request came from an in-car device: the vehicle may be moving. */
  inVehicle: boolean;
}
