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

/** One thing the user did, already understood by a platform adapter. */
export type CoachEvent =
  | { type: 'launch' }
  | { type: 'count'; value: number | null }
  /** A number said to replace the one just given ("no, fifteen", "sorry, I meant eight", "make that ten"). */
  | { type: 'correction'; value: number | null }
  | { type: 'weight'; value: number | null; unit: Unit | null }
  | { type: 'units'; unit: Unit | null }
  | { type: 'side'; side: Side | null }
  | { type: 'switchWeakSide'; side: Side | null }
  | { type: SimpleEventType };

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
