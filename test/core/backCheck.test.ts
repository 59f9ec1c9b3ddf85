/** After back pain: the workout ends plainly, and the next start asks how the back feels and goes lighter if it hurts. */
import { Conversation, doWorkout, fastForward, onboard } from '../../support/conversation';

/** A driver who stopped the rows for back pain in their first workout and ended it there. */
const stoppedForPain = (): Conversation => {
  const c = new Conversation();
  onboard(c, { weight: 40 });
  c.say('yes');
  c.say('ready');
  c.count(10);
  c.say('pain');
  return c;
};

describe('after back pain', () => {
  it('the workout ends without "good work", and says the next one depends on the back', () => {
    const c = stoppedForPain();
    const end = c.say('no');
    expect(end.endSession).toBe(true);
    expect(end.spoken).toMatch(/we'll stop here for today/);
    expect(end.spoken).toMatch(/Your next workout can be on Wednesday, if your back feels okay\./);
    expect(end.spoken).toMatch(/see a physician/);
    expect(end.spoken).not.toMatch(/Good work/);
  });

  it('the next launch asks how the back feels before offering the workout', () => {
    const c = stoppedForPain();
    c.say('no');
    const launch = c.later({ days: 2 }).say('launch');
    expect(launch.spoken).toMatch(/Last time your back hurt\. Is it still hurting today\?$/);
    expect(launch.expects?.choices).toEqual(['yes', 'no']);
  });

  it('still hurting: two dumbbell steps lighter today, with the advice, then the workout is offered', () => {
    const c = stoppedForPain();
    c.say('no');
    c.later({ days: 2 }).say('launch');
    const hurts = c.say('yes');
    expect(hurts.spoken).toMatch(/we'll go light today: 30 pounds instead of 40 pounds/);
    expect(hurts.spoken).toMatch(/see a physician/);
    expect(hurts.spoken).toMatch(/Today is a workout day, with 30 pounds for your rows\. Ready to start your workout\?$/);
    expect(c.doc.weight).toBe(30);
    expect(c.doc.weightChanges[c.doc.weightChanges.length - 1]).toMatchObject({ from: 40, to: 30, reason: 'pain' });
    const start = c.say('yes');
    expect(start.spoken).toMatch(/Set 1 of 3: single-arm dumbbell row, 30 pounds/);
  });

  it('feeling fine: the weight stays, and the question is not asked again', () => {
    const c = stoppedForPain();
    c.say('no');
    c.later({ days: 2 }).say('launch');
    const fine = c.say('no');
    expect(fine.spoken).toMatch(/^Good\. Stop the moment anything hurts\. Today is a workout day, with 40 pounds/);
    expect(c.doc.weight).toBe(40);
    c.say('stop');
    expect(c.later({ minutes: 5 }).say('launch').spoken).not.toMatch(/back hurt/);
  });

  it('"start my workout" asks about the back first too, then starts the workout', () => {
    const c = stoppedForPain();
    c.say('no');
    const asked = c.later({ days: 2 }).say('startWorkout');
    expect(asked.spoken).toMatch(/Is it still hurting today\?$/);
    const start = c.say('no');
    expect(start.spoken).toMatch(/^Good\. Stop the moment anything hurts\. Today: three sets/);
  });

  it('pain said outside a workout is asked about at the next workout too', () => {
    const c = fastForward(new Conversation(), { workouts: 1 });
    c.later({ days: 1 }).say('pain');
    const launch = c.later({ days: 1 }).say('launch');
    expect(launch.spoken).toMatch(/Is it still hurting today\?$/);
  });

  it('a workout finished without pain ends as before', () => {
    const c = new Conversation();
    onboard(c);
    const turns = doWorkout(c);
    expect(turns[turns.length - 1]?.spoken).toMatch(/Rest up: your next workout can be on Wednesday\. Good work\./);
  });
});
