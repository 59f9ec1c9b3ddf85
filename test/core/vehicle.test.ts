/** Requests from an in-car device: never coach an exercise; give the road tips and end; still answer "how am I doing". */
import { Conversation, fastForward, onboard, withoutBookkeeping } from '../../support/conversation';

const expectRoadTips = (spoken: string) => {
  expect(spoken).toMatch(/60 to 90 minutes/);
  expect(spoken).toMatch(/15 band pull-aparts/);
  expect(spoken).toMatch(/rolled(-up)? towel/);
};

describe('in the vehicle', () => {
  it('a new user gets the road tips and no exercise coaching; the session ends', () => {
    const c = new Conversation({ inVehicle: true });
    const said = c.say('launch');
    expect(said.spoken).toMatch(/never coach exercises while the truck may be moving/);
    expectRoadTips(said.spoken);
    expect(said.endSession).toBe(true);
    expect(said.spoken).not.toMatch(/dumbbell|Set \d/);
    expect(c.doc.activity).toBeNull();
  });

  it('the safety notice and first use wait until the user is parked', () => {
    const c = new Conversation({ inVehicle: true });
    c.say('launch');
    c.inVehicle(false);
    const parked = c.say('launch');
    expect(parked.spoken).toMatch(/not medical advice/);
  });

  it('on a workout day, launch starts no workout', () => {
    const c = fastForward(new Conversation(), { workouts: 1 });
    const before = withoutBookkeeping(c.doc);
    const said = c.at('2024-05-08T14:00:00Z').inVehicle().say('launch');
    expectRoadTips(said.spoken);
    expect(said.endSession).toBe(true);
    expect(said.spoken).not.toMatch(/Ready to start your workout/);
    expect(withoutBookkeeping(c.doc)).toEqual(before);
  });

  it.each(['startWorkout', 'startTest', 'ready'] as const)('"%s" is refused with the road tips', (event) => {
    const c = fastForward(new Conversation(), { workouts: 1 });
    const said = c.at('2024-05-08T14:00:00Z').inVehicle().say(event);
    expectRoadTips(said.spoken);
    expect(said.endSession).toBe(true);
    expect(c.doc.activity).toBeNull();
  });

  it('a workout in progress is not advanced: a count is not taken', () => {
    const c = new Conversation();
    onboard(c);
    c.say('yes');
    c.say('ready');
    const before = withoutBookkeeping(c.doc);
    const said = c.inVehicle().count(12);
    expectRoadTips(said.spoken);
    expect(said.endSession).toBe(true);
    expect(withoutBookkeeping(c.doc)).toEqual(before);
  });

  it('"how am I doing" is still answered', () => {
    const c = fastForward(new Conversation(), { workouts: 2 });
    const said = c.later({ days: 1 }).inVehicle().say('progress');
    expect(said.spoken).toMatch(/Your baseline gap was 4 reps, 31 percent/);
    expect(said.spoken).toMatch(/You've done 2 workouts so far/);
  });

  it('break reminders ask how long the drive is and how often to break, then say the breaks, the towel tip, and end', () => {
    const c = fastForward(new Conversation());
    const asked = c.inVehicle().say('breakReminders');
    expect(asked.spoken).toMatch(/How long is this drive/);
    expect(asked.endSession).toBe(false);
    expect(c.count(4).spoken).toMatch(/A break every 75 minutes\. Is that good, or do you want them every 60 or every 90 minutes\?$/);
    const said = c.say('yes');
    expect(said.spoken).toMatch(/^I can't set reminders here\. Take your breaks at .*: every 75 minutes, get out of the cab and do 15 band pull-aparts\./);
    expect(said.spoken).toMatch(/rolled-up towel/);
    expect(said.spoken).toMatch(/Drive safe\.$/);
    expect(said.endSession).toBe(true);
  });

  it('parked, break reminders ask about the drive too', () => {
    const c = fastForward(new Conversation());
    expect(c.say('breakReminders').spoken).toMatch(/How long is this drive, five hours for example\?$/);
  });

  it('"delete my data" works from the cab, confirmed first', () => {
    const c = fastForward(new Conversation()).inVehicle();
    c.say('deleteData');
    expect(c.doc.pending).toEqual({ kind: 'confirmDelete' });
    expect(c.say('yes').deleteUser).toBe(true);
  });

  it('"how am I doing" from the cab with a stopped workout does not go on to coach the next set', () => {
    const c = new Conversation();
    onboard(c);
    c.say('yes'); // row set 1 introduced, waiting for "go"
    c.say('stop');
    const said = c.later({ hours: 3 }).inVehicle().say('progress');
    expect(said.spoken).toMatch(/Your baseline gap was 4 reps/);
    // Coaching the set from an in-car device is what PROGRAM.md forbids: no set intro, no "say go".
    expect(said.spoken).not.toMatch(/Set \d of \d: single-arm dumbbell row/);
    expect(said.spoken).not.toMatch(/Say go/);
  });
});
