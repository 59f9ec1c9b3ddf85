/** Schedule: three workouts a week on non-consecutive local days; a rest day gets the posture break instead. */
import { Conversation, doWorkout, fastForward, onboard, strongCountIn } from '../../support/conversation';

/** Baseline and one workout on Monday May 6, 2024 at 09:00 in Chicago. */
const trainedMonday = () => fastForward(new Conversation(), { workouts: 1 });

describe('schedule', () => {
  describe('the day after a workout', () => {
    it('advises rest at launch and offers the posture break; no workout is started', () => {
      const c = trainedMonday();
      const said = c.at('2024-05-07T14:00:00Z').say('launch');
      expect(said.spoken).toMatch(/You trained yesterday/);
      expect(said.spoken).toMatch(/Today is a rest day/);
      expect(said.spoken).toMatch(/Do you want the two-minute posture break instead\?$/);
      expect(c.doc.activity).toBeNull();
      expect(c.doc.pending).toEqual({ kind: 'offerPostureBreak' });
      expect(c.doc.workouts).toHaveLength(1);
    });

    it('"yes" coaches the posture break: 15 band pull-aparts counted out loud, then the session ends', () => {
      const c = trainedMonday();
      c.at('2024-05-07T14:00:00Z').say('launch');
      const said = c.say('yes');
      expect(said.spoken).toMatch(/Posture break/);
      expect(said.spoken).toMatch(/15 pull-aparts/);
      const counted = strongCountIn([{ kind: 'text', text: 'exactly 15 reps' }, ...said.speech.slice(said.speech.findIndex((s) => s.kind === 'text' && s.text.includes('pull-aparts')) + 1)]);
      expect(counted?.numbers).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
      expect(new Set(counted?.gaps).size).toBe(1);
      expect(said.endSession).toBe(true);
      expect(c.doc.activity).toBeNull();
      expect(c.doc.workouts).toHaveLength(1);
    });

    it('"no" ends the session without a workout', () => {
      const c = trainedMonday();
      c.at('2024-05-07T14:00:00Z').say('launch');
      const said = c.say('no');
      expect(said.endSession).toBe(true);
      expect(said.spoken).toMatch(/enjoy the rest day/);
      expect(c.doc.activity).toBeNull();
      expect(c.doc.workouts).toHaveLength(1);
    });

    it('refuses "start my workout" the same way', () => {
      const c = trainedMonday();
      const said = c.at('2024-05-07T14:00:00Z').say('startWorkout');
      expect(said.spoken).toMatch(/You trained yesterday/);
      expect(said.spoken).toMatch(/posture break instead\?$/);
      expect(c.doc.activity).toBeNull();
    });

    it('refuses "go" / "ready" outside a workout the same way', () => {
      const c = trainedMonday();
      const said = c.at('2024-05-07T14:00:00Z').say('ready');
      expect(said.spoken).toMatch(/You trained yesterday/);
      expect(c.doc.activity).toBeNull();
    });
  });

  it('on the same day, says the workout is done and names the next workout day', () => {
    const c = trainedMonday();
    const said = c.at('2024-05-06T23:00:00Z').say('startWorkout');
    expect(said.spoken).toMatch(/You've already trained today\. Rest is part of the program: your next workout can be on Wednesday\./);
    expect(said.spoken).toMatch(/posture break instead\?$/);
    expect(c.doc.activity).toBeNull();
  });

  it('two days later offers the workout at launch, and "yes" starts it', () => {
    const c = trainedMonday();
    const said = c.at('2024-05-08T14:00:00Z').say('launch');
    expect(said.spoken).toMatch(/Today is a workout day, with 35 pounds for your rows\. Ready to start your workout\?$/);
    const yes = c.say('yes');
    expect(yes.spoken).toMatch(/Set 1 of 3/);
    expect(c.doc.activity?.kind).toBe('workout');
  });

  it('"no" to the offered workout ends the session', () => {
    const c = trainedMonday();
    c.at('2024-05-08T14:00:00Z').say('launch');
    const said = c.say('no');
    expect(said.endSession).toBe(true);
    expect(c.doc.activity).toBeNull();
  });

  it('two days later "start my workout" starts it at once', () => {
    const c = trainedMonday();
    const said = c.at('2024-05-08T14:00:00Z').say('startWorkout');
    expect(said.spoken).toMatch(/Set 1 of 3/);
  });

  describe('days are the user\'s local calendar days where they are now', () => {
    /** A workout at 22:00 in Chicago on Monday May 6 (03:00 UTC on Tuesday). */
    const lateInChicago = () => {
      const c = new Conversation().zone('America/Chicago').atLocal('2024-05-06T09:00');
      onboard(c);
      c.say('no');
      c.atLocal('2024-05-06T22:00');
      doWorkout(c);
      expect(c.doc.workouts[0]!.startedAt).toBe('2024-05-07T03:00:00.000Z');
      return c;
    };

    it('23:30 the same evening in Denver is the same local day, not "yesterday"', () => {
      const c = lateInChicago();
      const said = c.zone('America/Denver').atLocal('2024-05-06T23:30').say('launch');
      expect(said.spoken).toMatch(/You've already trained today/);
      expect(said.spoken).not.toMatch(/yesterday/);
      expect(c.doc.activity).toBeNull();
    });

    it('00:30 the next local day in Denver is "yesterday"', () => {
      const c = lateInChicago();
      const said = c.zone('America/Denver').atLocal('2024-05-07T00:30').say('launch');
      expect(said.spoken).toMatch(/You trained yesterday/);
      expect(c.doc.activity).toBeNull();
    });

    it('"start my workout" at 00:30 the next local day in Denver is refused as the day after', () => {
      const c = lateInChicago();
      const said = c.zone('America/Denver').atLocal('2024-05-07T00:30').say('startWorkout');
      expect(said.spoken).toMatch(/You trained yesterday/);
      expect(said.spoken).toMatch(/posture break instead\?$/);
    });

    it('two local days later in Denver the workout is offered again', () => {
      const c = lateInChicago();
      const said = c.zone('America/Denver').atLocal('2024-05-08T07:00').say('launch');
      expect(said.spoken).toMatch(/Ready to start your workout\?$/);
    });

    it('stores the zone the user is in now', () => {
      const c = lateInChicago();
      c.zone('America/Denver').atLocal('2024-05-06T23:30').say('launch');
      expect(c.doc.timeZone).toBe('America/Denver');
    });
  });

  it('a due retest waits for a day that is not the day after a workout', () => {
    const c = trainedMonday();
    c.at('2024-06-04T14:00:00Z');
    doWorkout(c);
    const dayAfter = c.at('2024-06-05T14:00:00Z').say('launch');
    expect(dayAfter.spoken).toMatch(/You trained yesterday/);
    expect(dayAfter.spoken).not.toMatch(/retest/);
    c.say('no');
    const next = c.at('2024-06-06T14:00:00Z').say('launch');
    expect(next.spoken).toMatch(/Do you want to retest now\?$/);
  });
});

describe('at most three workouts in any seven local days', () => {
  /** Monday, Wednesday and Friday of the week of May 6, 2024. */
  const mondayWednesdayFriday = () => fastForward(new Conversation(), { workouts: 3, everyDays: 2 });

  it("after Monday, Wednesday and Friday, Sunday is a rest day and the next workout is tomorrow, Monday", () => {
    const c = mondayWednesdayFriday();
    expect(c.doc.workouts.map((w) => w.startedAt.slice(0, 10))).toEqual(['2024-05-06', '2024-05-08', '2024-05-10']);
    const sunday = c.at('2024-05-12T14:00:00Z').say('launch');
    expect(sunday.spoken).toMatch(/That's three workouts in the last 7 days\./);
    expect(sunday.spoken).toMatch(/your next workout can be tomorrow\./);
    expect(sunday.spoken).toMatch(/posture break instead\?$/);
    c.say('no');
    const startAnyway = c.at('2024-05-12T15:00:00Z').say('startWorkout');
    expect(startAnyway.spoken).toMatch(/next workout can be tomorrow/);
    expect(c.doc.activity).toBeNull();
    expect(c.doc.workouts).toHaveLength(3);
  });

  it('on Monday the week has room again and the workout is offered', () => {
    const c = mondayWednesdayFriday();
    const monday = c.at('2024-05-13T14:00:00Z').say('launch');
    expect(monday.spoken).toMatch(/Ready to start your workout\?$/);
  });

  it('"what\'s next" on Saturday names Monday, not Sunday', () => {
    const c = mondayWednesdayFriday();
    c.at('2024-05-11T14:00:00Z');
    expect(c.say('whatsNext').spoken).toMatch(/Your next workout can be on Monday\./);
  });

  it('a workout ending the week says the next one is after the week has room', () => {
    const c = fastForward(new Conversation(), { workouts: 2, everyDays: 2 });
    c.at('2024-05-10T14:00:00Z');
    const friday = doWorkout(c);
    expect(friday[friday.length - 1]?.spoken).toMatch(/your next workout can be on Monday\./);
  });
});

it('"posture break" in answer to the offer of one starts it', () => {
  const c = fastForward(new Conversation(), { workouts: 1 });
  c.at('2024-05-07T14:00:00Z').say('launch');
  const said = c.say('postureBreak');
  expect(said.spoken).toMatch(/^Posture break\. .* Stop\. That's 15\. Roll your shoulders back/);
  expect(said.spoken).not.toMatch(/Stop\. That's 15\. Stop\./);
  expect(said.endSession).toBe(true);
});

it('asking for break reminders at the offer of a posture break sets up the drive\'s breaks, not the break now', () => {
  const c = fastForward(new Conversation(), { workouts: 1 });
  c.at('2024-05-07T14:00:00Z').say('launch');
  const said = c.say('breakReminders');
  expect(said.spoken).not.toMatch(/Posture break\./);
  expect(said.spoken).toMatch(/How long is this drive, five hours for example\?$/);
  expect(c.doc.pending).toEqual({ kind: 'askDriveLength' });
});

it('a posture break asked for with nothing under way is coached now; in the middle of a workout, after it', () => {
  const idle = fastForward(new Conversation(), { workouts: 1 });
  idle.at('2024-05-09T01:00:00Z').say('launch');
  const now = idle.say('postureBreak');
  expect(now.spoken).toMatch(/^Posture break\. .*Stop\. That's 15\./);
  expect(now.endSession).toBe(true);

  const training = new Conversation();
  onboard(training);
  training.say('yes');
  training.say('ready');
  const later = training.say('postureBreak');
  expect(later.spoken).toMatch(/^The posture break is for when you stop on the road: let's finish this first\./);
  expect(later.spoken).toMatch(/How many reps did you get on your left side\?$/);
  expect(training.doc.activity).toMatchObject({ kind: 'workout', position: { exercise: 'row', set: 1 } });
});
