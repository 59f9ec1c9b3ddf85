/**
 * Parked first: a host that cannot tell whether it is in a vehicle (the browser page) has the coach ask whether the
 * truck is parked before the first set of a session, with Echo Auto's rule and words for a driver who is not.
 */
import { Conversation, doWorkout, fastForward, onboard, withoutBookkeeping } from '../../support/conversation';

const PARKED_QUESTION = /Before your first set: I never coach exercises while the truck may be moving\. Is it parked\?$/;
const ECHO_AUTO_REFUSAL = /never coach exercises while the truck may be moving.*rolled-up towel.*Drive safe\.$/;

/** A new driver on the page, set up and the dumbbell weighed: the baseline's first set is next. */
const atFirstSet = (): Conversation => {
  const c = new Conversation({ vehicleUnknown: true });
  c.say('launch');
  c.say('yes');
  c.side('left');
  return c;
};

describe('parked first, where the host cannot tell whether it is in a vehicle', () => {
  it('setup is not held up; before the first set the coach asks whether the truck is parked, and yes leads to the set', () => {
    const c = atFirstSet();
    const asked = c.count(35);
    expect(asked.spoken).toMatch(PARKED_QUESTION);
    expect(asked.expects?.choices).toEqual(['yes', 'no']);
    expect(asked.repromptText).toBe('Is the truck parked? Say yes or no.');
    expect(c.doc.activity).toMatchObject({ kind: 'test', step: 'weak', waitingForGo: true });

    const parked = c.say('yes');
    expect(parked.spoken).toMatch(/Say go/i);
    expect(c.doc.parked).toBe(true);
    const go = c.say('ready');
    expect(go.pauses.length).toBeGreaterThan(0);
    expect(c.doc.activity).toMatchObject({ kind: 'test', waitingForGo: false });
  });

  it('"go" is not an answer to the question: it is asked again, and yes then starts the set the driver said go to', () => {
    const c = atFirstSet();
    c.count(35);
    expect(c.say('ready').spoken).toMatch(PARKED_QUESTION);
    expect(c.doc.activity).toMatchObject({ kind: 'test', waitingForGo: true });
    const started = c.say('yes');
    expect(started.pauses.length).toBeGreaterThan(0);
    expect(started.spoken).toMatch(/How many/);
  });

  it('no gets Echo Auto\'s answer, ends the session and holds for it: nothing is coached until the next session asks again', () => {
    const c = atFirstSet();
    c.count(35);
    const refused = c.say('no');
    expect(refused.spoken).toMatch(ECHO_AUTO_REFUSAL);
    expect(refused.endSession).toBe(true);
    const before = withoutBookkeeping(c.doc);
    const go = c.say('ready');
    expect(go.spoken).toMatch(ECHO_AUTO_REFUSAL);
    expect(go.pauses).toEqual([]);
    expect(withoutBookkeeping(c.doc)).toEqual(before);

    const nextSession = c.later({ hours: 2 }).say('launch');
    expect(nextSession.spoken).toMatch(/baseline test/);
    expect(nextSession.spoken).toMatch(PARKED_QUESTION);
  });

  it('the answer holds for the session: a whole workout asks once, and the next session asks again', () => {
    const c = fastForward(new Conversation({ vehicleUnknown: true }));
    const asked = c.later({ days: 2 }).say('launch');
    expect(asked.spoken).not.toMatch(PARKED_QUESTION);
    c.say('yes'); // the workout offered
    expect(c.last.spoken).toMatch(PARKED_QUESTION);
    c.say('yes');
    const turns = doWorkout(c);
    expect(turns.filter((t) => PARKED_QUESTION.test(t.spoken))).toEqual([]);
    expect(c.doc.workouts).toHaveLength(1);

    c.later({ days: 2 }).say('launch');
    expect(c.say('yes').spoken).toMatch(PARKED_QUESTION);
  });

  it('"I\'m driving" said on the page is the cab, as on Echo Auto: break reminders are asked about and a workout is refused', () => {
    const c = fastForward(new Conversation({ vehicleUnknown: true }));
    c.later({ days: 2 }).say('launch');
    const drive = c.say('breakReminders');
    expect(drive.spoken).toMatch(/How long is this drive/);
    c.say('no');
    const refused = c.say('startWorkout');
    expect(refused.spoken).toMatch(ECHO_AUTO_REFUSAL);
    expect(c.doc.activity).toBeNull();
  });

  it('"I\'m parked" answers it before it is asked: the workout starts without the question', () => {
    const c = fastForward(new Conversation({ vehicleUnknown: true }));
    c.later({ days: 2 }).say('launch');
    c.say('breakReminders');
    c.say('no');
    c.say('endDrive');
    expect(c.doc.parked).toBe(true);
    const started = c.say('startWorkout');
    expect(started.spoken).not.toMatch(PARKED_QUESTION);
    expect(started.spoken).toMatch(/Say go/i);
  });

  it('a host that can tell (an Echo in a hotel room, the terminal) is never asked', () => {
    const c = new Conversation();
    const turns = [onboard(c), ...doWorkout(c)];
    expect(c.transcript.filter((t) => PARKED_QUESTION.test(t.spoken))).toEqual([]);
    expect(turns.length).toBeGreaterThan(0);
  });
});
