/**
 * Parked first. Echo Auto tells the skill it is in a vehicle, and the coach then coaches no exercise. A host that
 * cannot tell (the browser page, an assistant) says so, and the coach asks whether the truck is parked before the
 * first set of a session; the answer, or "I'm driving" and "I'm parked" said at any point, holds for the session.
 */
import type { UserDocument } from '../document';
import type { CoachContext, CoachEvent } from '../events';
import type { Turn } from '../turn';
import { refuseInVehicle } from './schedule';

/** The host cannot tell, and the driver has not said this session. */
export const mustAskParked = (turn: Turn): boolean => turn.ctx.vehicleUnknown === true && turn.doc.parked === null;

/** "Is the truck parked?", then the question for where the driver stands ('ask') or the set they said go to ('go'). */
export const askParked = (turn: Turn, then: 'ask' | 'go'): void => {
  turn.doc.pending = { kind: 'askParked', then };
  turn.ask('ASK_PARKED', {}, { key: 'ASK_PARKED_SHORT' });
};

/** Not parked: Echo Auto's answer, and the rest of the session is coached as from the cab. */
export const notParked = (turn: Turn): void => {
  turn.doc.parked = false;
  refuseInVehicle(turn);
};

/**
 * Before the turn: a new session forgets what was said in the last one, and where the host cannot tell, "I'm driving"
 * (break reminders asked for) means the cab and "I'm parked" (the drive ended) means parked.
 */
export const noteVehicleSaid = (doc: UserDocument, event: CoachEvent, context: CoachContext): void => {
  if (event.type === 'launch' || event.type === 'sessionEnded') doc.parked = null;
  if (!context.vehicleUnknown) return;
  if (event.type === 'breakReminders') doc.parked = false;
  else if (event.type === 'endDrive') doc.parked = true;
};

/** The context the coach answers in: a driver who said they are driving is in a vehicle, as on Echo Auto. */
export const withVehicleSaid = (context: CoachContext, doc: UserDocument): CoachContext =>
  context.vehicleUnknown && doc.parked === false ? { ...context, inVehicle: true } : context;
