/**
 * Reminders as the coach plans them: the breaks of a drive in the driver's zone, the workout days of a week, the
 * typed request the host performs, and what the driver hears of its result.
 */
import { breakTimes, nextWeekly, wallClock, workoutWeekdays } from '../../src/core/reminderTimes';
import { Conversation, fastForward } from '../../support/conversation';

/** A set-up driver talking to a host that can set reminders. */
const driver = (permission: 'granted' | 'missing' | 'unknown' = 'granted', inVehicle = false): Conversation => {
  const c = fastForward(new Conversation({ timeZone: 'America/Chicago' }));
  c.withReminders(permission).inVehicle(inVehicle);
  // 9:00 in Chicago on a Monday.
  return c.atLocal('2024-05-06T09:00');
};

describe('break times', () => {
  it('a 5-hour drive at 75 minutes has breaks at 1:15, 2:30 and 3:45 into it, none at its very end', () => {
    const start = '2024-05-06T14:00:00.000Z';
    expect(breakTimes(start, 300, 75)).toEqual(['2024-05-06T15:15:00.000Z', '2024-05-06T16:30:00.000Z', '2024-05-06T17:45:00.000Z']);
    expect(breakTimes(start, 300, 75).map((t) => wallClock(t, 'America/Chicago'))).toEqual([
      '2024-05-06T10:15:00.000',
      '2024-05-06T11:30:00.000',
      '2024-05-06T12:45:00.000',
    ]);
  });

  it('breaks are elapsed time: across the change to daylight saving time, the wall clock jumps with them', () => {
    // 00:30 CST on 10 March 2024; clocks go from 2:00 to 3:00.
    const times = breakTimes('2024-03-10T06:30:00.000Z', 240, 60).map((t) => wallClock(t, 'America/Chicago'));
    expect(times).toEqual(['2024-03-10T01:30:00.000', '2024-03-10T03:30:00.000', '2024-03-10T04:30:00.000']);
  });

  it('workout days are every other day from the first, never two in a row', () => {
    expect(workoutWeekdays('MO')).toEqual(['MO', 'WE', 'FR']);
    expect(workoutWeekdays('SA')).toEqual(['SA', 'MO', 'WE']);
    expect(nextWeekly('2024-05-06T14:00:00.000Z', 'America/Chicago', 'MO', '07:00')).toBe('2024-05-13T07:00:00.000');
    expect(nextWeekly('2024-05-06T11:00:00.000Z', 'America/Chicago', 'MO', '07:00')).toBe('2024-05-06T07:00:00.000');
  });
});

describe('break reminders for a drive', () => {
  it('asks the length and the interval, then asks the host for the reminders in the driver zone and says nothing itself', () => {
    const c = driver();
    expect(c.say('breakReminders').spoken).toMatch(/How long is this drive, five hours for example\?/);
    expect(c.say({ type: 'driveLength', minutes: 300 }).spoken).toMatch(/A break every 75 minutes\. Is that good/);
    const asked = c.say('yes');
    expect(asked.speech).toEqual([]);
    expect(asked.endSession).toBe(true);
    expect(asked.reminders?.waitMessage).toBe('One moment while I set your reminders.');
    expect(asked.reminders?.create.map((r) => [r.at, r.zone, r.weekly])).toEqual([
      ['2024-05-06T10:15:00.000', 'America/Chicago', null],
      ['2024-05-06T11:30:00.000', 'America/Chicago', null],
      ['2024-05-06T12:45:00.000', 'America/Chicago', null],
    ]);
    expect(asked.reminders?.create[0]?.text).toBe('Time for a two-minute break: get out of the cab, 15 band pull-aparts.');
    // The plan is stored before the host is asked.
    expect(c.doc.reminders.drive?.breaks).toHaveLength(3);
    expect(c.doc.reminders.requested).toBe('drive');

    const done = c.say({ type: 'remindersDone', created: ['a1', 'a2', 'a3'], cancelled: [], failure: null });
    expect(done.spoken).toMatch(/^Done: three break reminders, at 10:15 AM, 11:30 AM and 12:45 PM\./);
    expect(done.endSession).toBe(true);
    expect(c.doc.reminders.drive?.tokens).toEqual(['a1', 'a2', 'a3']);
    expect(c.doc.reminders.requested).toBeNull();
  });

  it('from the cab: allowed, answered by number, and "I\'m done driving" deletes only the breaks still ahead', () => {
    const c = driver('granted', true);
    c.say('breakReminders');
    // "Five" to "how many hours?" is hours.
    c.say({ type: 'count', value: 5 });
    const asked = c.say({ type: 'breakInterval', minutes: 60 });
    expect(asked.reminders?.create).toHaveLength(4);
    c.say({ type: 'remindersDone', created: ['b1', 'b2', 'b3', 'b4'], cancelled: [], failure: null });
    c.later({ minutes: 130 });
    const ended = c.say('endDrive');
    expect(ended.reminders?.cancel).toEqual(['b3', 'b4']);
    expect(ended.reminders?.waitMessage).toBe('One moment.');
    expect(c.doc.reminders.drive).toBeNull();
    const told = c.say({ type: 'remindersDone', created: [], cancelled: ['b3', 'b4'], failure: null });
    expect(told.spoken).toMatch(/cancelled the two break reminders still ahead/);
    expect(c.doc.reminders.toCancel).toEqual([]);
  });

  it('a failed call loses nothing: the breaks are said aloud and the plan stays stored', () => {
    const c = driver();
    c.say('breakReminders');
    c.say({ type: 'driveLength', minutes: 300 });
    c.say('yes');
    const told = c.say({ type: 'remindersDone', created: [], cancelled: [], failure: 'timeout' });
    expect(told.spoken).toMatch(/^I couldn't reach Alexa's reminders just now, so none are set\. Take your breaks at 10:15 AM, 11:30 AM and 12:45 PM: every 75 minutes/);
    expect(c.doc.reminders.drive?.breaks).toHaveLength(3);
    expect(c.doc.reminders.drive?.tokens).toEqual([]);
  });

  it('alerts created for a drive ended in between are deleted with the next call, not lost', () => {
    const c = driver();
    c.say('breakReminders');
    c.say({ type: 'driveLength', minutes: 300 });
    c.say('yes');
    // "I'm done driving" from another device before the result of the first request is stored.
    c.say('endDrive');
    const late = c.say({ type: 'remindersDone', job: 'drive', created: ['x1', 'x2', 'x3'], cancelled: [], failure: null });
    expect(late.speech).toEqual([]);
    expect(c.doc.reminders.toCancel).toEqual(['x1', 'x2', 'x3']);
    c.say({ type: 'workoutReminders', time: null });
    expect(c.say({ type: 'timeOfDay', time: '18:30' }).reminders?.cancel).toEqual(['x1', 'x2', 'x3']);
  });

  it('an interval out of 60 to 90 is asked again; a short drive needs no reminder', () => {
    const c = driver();
    c.say('breakReminders');
    c.say({ type: 'driveLength', minutes: 240 });
    expect(c.say({ type: 'breakInterval', minutes: 30 }).spoken).toMatch(/^Breaks work best every 60 to 90 minutes\./);
    const short = driver();
    short.say('breakReminders');
    const said = short.say({ type: 'driveLength', minutes: 60 });
    expect(said.spoken).toMatch(/short drive, so no reminder is needed/);
    expect(said.reminders ?? null).toBeNull();
  });

  it('a host without reminders says the times instead', () => {
    const c = driver();
    c.withReminders(undefined);
    c.say('breakReminders');
    c.say({ type: 'driveLength', minutes: 300 });
    const said = c.say('yes');
    expect(said.spoken).toMatch(/^I can't set reminders here\. Take your breaks at 10:15 AM, 11:30 AM and 12:45 PM/);
    expect(said.reminders ?? null).toBeNull();
  });

  it('without the permission, the host is asked to ask for it; granted, the same breaks are set; denied, explained', () => {
    const c = driver('missing');
    c.say('breakReminders');
    c.say({ type: 'driveLength', minutes: 300 });
    const asked = c.say('yes');
    expect(asked.askRemindersPermission).toBe(true);
    expect(asked.spoken).toBe('To set reminders, Back Coach needs your permission.');
    expect(c.doc.reminders.awaitingPermission).toBe('drive');
    const granted = c.say({ type: 'remindersPermission', answer: 'accepted' });
    expect(granted.reminders?.create).toHaveLength(3);

    const d = driver('missing');
    d.say('breakReminders');
    d.say({ type: 'driveLength', minutes: 300 });
    d.say('yes');
    const denied = d.say({ type: 'remindersPermission', answer: 'denied' });
    expect(denied.spoken).toMatch(/^Okay, no reminders then\. If you change your mind, open the Alexa app/);
    expect(denied.spoken).toMatch(/Take your breaks at 10:15 AM, 11:30 AM and 12:45 PM/);
    expect(denied.reminders ?? null).toBeNull();
  });

  it('a driver new to the coach can set them from the cab before any setup, which waits for the next launch', () => {
    const c = new Conversation({ timeZone: 'America/Chicago', reminders: 'granted', inVehicle: true });
    expect(c.say('breakReminders').spoken).toMatch(/^I'll set reminders for your breaks\./);
    c.count(5);
    expect(c.say('yes').reminders?.create).toHaveLength(3);
    expect(c.say({ type: 'remindersDone', created: ['n1', 'n2', 'n3'], cancelled: [], failure: null }).spoken).toMatch(/^Done: three break reminders/);
    expect(c.inVehicle(false).later({ hours: 6 }).say('launch').spoken).toMatch(/^Welcome to Back Coach\./);
  });

  it('exercises are still refused from the cab', () => {
    const c = driver('granted', true);
    const refused = c.say('startWorkout');
    expect(refused.spoken).toMatch(/never coach exercises while the truck may be moving/);
    expect(refused.spoken).toMatch(/rolled-up towel .* Say I'm starting my drive, and I'll remind you when it's time for a break\. Drive safe\.$/);
    expect(refused.endSession).toBe(true);
    expect(c.withReminders(undefined).say('startWorkout').spoken).not.toMatch(/remind you/);
  });
});

describe('workout-day reminders', () => {
  it('asks the time, sets weekly reminders on three non-consecutive days, and moves them when the zone changes', () => {
    const c = driver();
    const asked = c.say({ type: 'workoutReminders', time: null });
    expect(asked.spoken).toMatch(/I'll remind you on \w+day, \w+day and \w+day: three days a week, never two in a row\. At what time of day, seven in the morning for example\?/);
    const set = c.say({ type: 'timeOfDay', time: '07:00' });
    const create = set.reminders?.create ?? [];
    expect(create).toHaveLength(3);
    expect(create.every((r) => r.weekly !== null && r.zone === 'America/Chicago' && r.at.endsWith('T07:00:00.000'))).toBe(true);
    const told = c.say({ type: 'remindersDone', created: ['w1', 'w2', 'w3'], cancelled: [], failure: null });
    expect(told.spoken).toMatch(/^Done: every \w+day, \w+day and \w+day at 7:00 AM, I'll remind you it's a workout day\./);
    expect(c.doc.reminders.workoutDays?.heldIn).toBe('America/Chicago');

    // The truck crosses into Mountain time: the next turn asks the host to move them, saying nothing of it.
    c.zone('America/Denver').later({ hours: 5 });
    const launch = c.say('launch');
    expect(launch.reminders?.cancel).toEqual(['w1', 'w2', 'w3']);
    expect(launch.reminders?.create.map((r) => r.zone)).toEqual(['America/Denver', 'America/Denver', 'America/Denver']);
    expect(launch.reminders?.waitMessage).toBeNull();
    expect(launch.spoken).not.toBe('');
    const moved = c.say({ type: 'remindersDone', created: ['d1', 'd2', 'd3'], cancelled: ['w1', 'w2', 'w3'], failure: null });
    expect(moved.speech).toEqual([]);
    expect(c.doc.reminders.workoutDays).toMatchObject({ tokens: ['d1', 'd2', 'd3'], heldIn: 'America/Denver' });
    expect(c.say('launch').reminders ?? null).toBeNull();

    const stop = c.say('stopWorkoutReminders');
    expect(stop.reminders?.cancel).toEqual(['d1', 'd2', 'd3']);
    expect(c.say({ type: 'remindersDone', created: [], cancelled: ['d1', 'd2', 'd3'], failure: null }).spoken).toBe('Okay, no more workout-day reminders.');
    expect(c.doc.reminders).toMatchObject({ workoutDays: null, toCancel: [] });
  });

  it('"ninety" for the length of a drive is ninety minutes (no drive is ninety hours)', () => {
    const c = driver();
    c.say('breakReminders');
    expect(c.count(90).spoken).toMatch(/^A break every 75 minutes/);
    expect(c.doc.pending).toEqual({ kind: 'askBreakInterval', driveMinutes: 90 });
  });

  it('a weight said with its unit while a drive\'s breaks are asked about is a weight, not a break every 35 minutes', () => {
    const c = driver();
    c.say('breakReminders');
    c.say({ type: 'driveLength', minutes: 600 });
    const said = c.say({ type: 'weight', value: 35, unit: 'lb' });
    expect(said.spoken).not.toMatch(/Breaks work best/);
    expect(said.spoken).toMatch(/35 pounds/);
    expect(c.doc.weight).toBe(35);
    expect(said.reminders ?? null).toBeNull();
    // A bare number, as Alexa may match it to the weight intent, still answers the question asked.
    const asked = driver();
    asked.say('breakReminders');
    asked.say({ type: 'driveLength', minutes: 600 });
    expect(asked.say({ type: 'weight', value: 30, unit: null }).spoken).toMatch(/^Breaks work best every 60 to 90 minutes\./);
  });

  it('"seven" to "at what time?" is seven in the morning', () => {
    const c = driver();
    c.say({ type: 'workoutReminders', time: null });
    expect(c.count(7).reminders?.create[0]?.at).toMatch(/T07:00:00\.000$/);
  });
});
