/**
 * What the driver asks in the middle of things, and what the coach says back: how much is left (from the program's
 * data and the rests), the weight in use (in the unit asked for), a weight named during the baseline test, and a
 * time zone named where the host cannot ask the device.
 */
import { coach } from '../../src/core/coach';
import { workoutLeft } from '../../src/core/flows/timeLeft';
import type { UserDocument } from '../../src/core/document';
import type { CoachEvent } from '../../src/core/events';
import { turnContext } from '../../src/turns/turnContext';
import { Conversation, DEFAULT_PLAN, inBaselineTest, onboard, workoutOf } from '../../support/conversation';

const inFirstWorkout = (): Conversation => {
  const c = new Conversation();
  onboard(c);
  c.say('yes');
  return c;
};

describe('how much is left', () => {
  it('counts the sets, the finisher and the minutes of a whole workout, under the 20-minute cap', () => {
    const whole = workoutLeft(null);
    expect(whole).toMatchObject({ sets: 7, finisher: true });
    expect(whole.seconds).toBeGreaterThan(10 * 60);
    expect(whole.seconds).toBeLessThanOrEqual(20 * 60);
  });

  it('answers in the middle of the first set, then asks for the count again', () => {
    const c = inFirstWorkout();
    c.say('ready');
    const said = c.say('timeLeft');
    expect(said.spoken).toMatch(/^7 sets and the finisher to go, about \d+ minutes\. How many reps did you get on your left side\?$/);
  });

  it('grows shorter as the sets are done, and ends with the last one', () => {
    const c = inFirstWorkout();
    c.say('ready');
    const before = workoutLeft(workoutOf(c));
    c.count(DEFAULT_PLAN.rows[0] ?? 10);
    const after = workoutLeft(workoutOf(c));
    expect(after.sets).toBe(before.sets - 1);
    expect(after.seconds).toBeLessThan(before.seconds);
    while (workoutOf(c).position.exercise !== 'carry' || workoutOf(c).position.set < 2) {
      if (workoutOf(c).position.waitingForGo) c.say('ready');
      else c.count(workoutOf(c).position.exercise === 'carry' ? 40 : 10);
    }
    if (workoutOf(c).position.waitingForGo) c.say('ready');
    expect(c.say('timeLeft').spoken).toMatch(/^1 set to go, about 2 minutes\./);
  });

  it('in a test: the sides left; with nothing under way: how long a whole workout takes', () => {
    const c = inBaselineTest();
    expect(c.say('timeLeft').spoken).toMatch(/^2 sides left in the test, about \d+ minutes\./);
    const idle = new Conversation();
    onboard(idle);
    idle.say('no');
    expect(idle.say('timeLeft').spoken).toMatch(/^Nothing is under way\. A whole workout takes about \d+ minutes\./);
  });
});

describe('what weight', () => {
  it('says the working weight, and in the unit asked for when it is not the driver\'s', () => {
    const c = inFirstWorkout();
    expect(c.say({ type: 'whatWeight', unit: null }).spoken).toMatch(/^You're using 35 pounds\./);
    expect(c.say({ type: 'whatWeight', unit: 'kg' }).spoken).toMatch(/^You're using 35 pounds: that's about 16 kilos\./);
    expect(c.doc.units).toBe('lb');
  });

  it('before any weight is set: what to pick', () => {
    const c = new Conversation();
    c.say('launch');
    c.say('yes');
    c.side('left');
    expect(c.say({ type: 'whatWeight', unit: null }).spoken).toMatch(/^Pick a dumbbell you could hold for about a minute: 40 to 50 pounds for most men/);
  });
});

describe('a weight named during the baseline test', () => {
  it('before the first side lifts, is the test\'s weight', () => {
    const c = new Conversation();
    c.say('launch');
    c.say('yes');
    c.side('left');
    c.count(30);
    expect(c.weight(35, 'lb').spoken).toMatch(/^Got it, 35 pounds, not 30 pounds\./);
    expect(c.doc.activity).toMatchObject({ kind: 'test', weight: 35, step: 'weak', waitingForGo: true });
  });

  it('after the first side has lifted, the test keeps its weight and the workouts use the new one', () => {
    const c = inBaselineTest(30);
    c.count(10);
    expect(c.weight(35, 'lb').spoken).toMatch(/^The test stays at 30 pounds, so both sides lift the same\. Your workouts will use 35 pounds\./);
    c.count(12);
    expect(c.doc.tests[0]).toMatchObject({ weight: 30 });
    expect(c.doc.weight).toBe(35);
    expect(c.say('yes').spoken).toMatch(/35 pounds/);
  });
});

describe('a time zone named', () => {
  const run = (document: UserDocument | null, event: CoachEvent, reported: string | null, fromDevice = false) => {
    const context = turnContext({ now: '2024-05-06T14:00:00Z', deviceTimeZone: reported, defaultTimeZone: 'America/Chicago', locale: 'en-US', zoneFromDevice: fromDevice });
    return coach({ userId: 'u', document, event, context: context(document) });
  };
  const driver = (): UserDocument => {
    const c = new Conversation();
    onboard(c);
    c.say('no');
    return c.doc;
  };

  it('where the host cannot ask the device, is the zone from now on, while the host reports what it did then', () => {
    const first = run(driver(), { type: 'timeZone', zone: 'America/Denver' }, 'America/New_York');
    expect(first.reply.speech.map((s) => ('text' in s ? s.text : '')).join(' ')).toMatch(/Okay, Mountain time from now on/);
    expect(first.document?.zoneSaid).toEqual({ zone: 'America/Denver', over: 'America/New_York' });
    const next = turnContext({ now: '2024-05-06T15:00:00Z', deviceTimeZone: 'America/New_York', defaultTimeZone: 'America/Chicago', locale: 'en-US' });
    expect(next(first.document).timeZone).toBe('America/Denver');
    // The host moved (its report changed): its report wins again.
    const moved = turnContext({ now: '2024-05-07T15:00:00Z', deviceTimeZone: 'America/Los_Angeles', defaultTimeZone: 'America/Chicago', locale: 'en-US' });
    expect(moved(first.document).timeZone).toBe('America/Los_Angeles');
  });

  it("where the device's own setting is the zone (Alexa), says which zone it goes by and where to change it", () => {
    const said = run(driver(), { type: 'timeZone', zone: 'America/Denver' }, 'America/Chicago', true);
    expect(said.reply.speech.map((s) => ('text' in s ? s.text : '')).join(' ')).toMatch(/I go by the time zone this device is set to: Central time\. To change it, set the device's time zone in the Alexa app/);
    expect(said.document?.zoneSaid).toBeNull();
    expect(said.document?.timeZone).toBe('America/Chicago');
  });

  it('asked which zone it goes by ("what time zone are you on"), says the zone in use and how to tell it another, changing nothing', () => {
    const document = driver();
    const said = run(document, { type: 'timeZone', zone: null }, 'America/New_York');
    expect(said.reply.speech.map((s) => ('text' in s ? s.text : '')).join(' ')).toMatch(/^I'm going by Eastern time\. If you're somewhere else, tell me, like: I'm on Central time\./);
    expect(said.document?.zoneSaid).toBeNull();
    const onAlexa = run(document, { type: 'timeZone', zone: null }, 'America/Denver', true);
    expect(onAlexa.reply.speech.map((s) => ('text' in s ? s.text : '')).join(' ')).toMatch(/I go by the time zone this device is set to: Mountain time/);
  });
});
