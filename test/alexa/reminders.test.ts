/**
 * Reminders through the real Alexa skill, with the Reminders, Settings and directive APIs on loopback: what the
 * driver hears, what the APIs were asked, and what is stored, when the APIs answer, refuse, fail or hang.
 */
import { AlexaDriver } from '../../support/reminderDriver';

// Monday 23 November 2026, 15:00 UTC: 9:00 in Chicago. Every request moves the clock on a minute.
const MONDAY_9AM_CHICAGO = '2026-11-23T15:00:00Z';

const length = (value: string, id: string) => ({ length: { value, id } });

let driver: AlexaDriver;
afterEach(async () => {
  await driver.close();
});

/** "I'm starting my drive", "five hours", "yes": the break reminders asked for, at the default interval. */
const startFiveHourDrive = async (d: AlexaDriver) => {
  const asked = await d.intent('BreakRemindersIntent');
  expect(asked.text).toMatch(/How long is this drive, five hours for example\?$/);
  const interval = await d.intent('DriveLengthIntent', length('five hours', 'PT5H'));
  expect(interval.text).toMatch(/A break every 75 minutes\. Is that good/);
  return d.intent('AMAZON.YesIntent');
};

test('from an Echo Auto, a 5-hour drive at 75 minutes sets three reminders in the driver zone, after a progressive response', async () => {
  driver = await AlexaDriver.start(MONDAY_9AM_CHICAGO);
  driver.inVehicle();
  await driver.launch();
  const told = await startFiveHourDrive(driver);
  expect(told.text).toMatch(/^Done: three break reminders, at 10:19 AM, 11:34 AM and 12:49 PM\. Each time, get out of the cab and do 15 band pull-aparts\./);
  expect(told.text).toMatch(/Drive safe\.$/);
  expect(told.endSession).toBe(true);

  const creates = driver.api.remindersCalls().filter((c) => c.method === 'POST');
  expect(creates.map((c) => c.authorization)).toEqual(['Bearer test-api-access-token', 'Bearer test-api-access-token', 'Bearer test-api-access-token']);
  const bodies = creates.map((c) => c.body as { trigger: Record<string, unknown>; alertInfo: { spokenInfo: { content: { locale: string; text: string }[] } } });
  expect(bodies.map((b) => b.trigger)).toEqual([
    { type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-11-23T10:19:00.000', timeZoneId: 'America/Chicago' },
    { type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-11-23T11:34:00.000', timeZoneId: 'America/Chicago' },
    { type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-11-23T12:49:00.000', timeZoneId: 'America/Chicago' },
  ]);
  expect(bodies[0]?.alertInfo.spokenInfo.content).toEqual([{ locale: 'en-US', text: 'Time for a two-minute break: get out of the cab, 15 band pull-aparts.' }]);

  // The progressive response went out before the first reminder was asked for.
  const directive = driver.api.calls.findIndex((c) => c.path === '/v1/directives');
  expect(directive).toBeGreaterThanOrEqual(0);
  expect(directive).toBeLessThan(driver.api.calls.findIndex((c) => c.path === '/v1/alerts/reminders'));
  expect(driver.api.calls[directive]?.body).toMatchObject({ directive: { type: 'VoicePlayer.Speak', speech: '<speak>One moment while I set your reminders.</speak>' } });

  const stored = await driver.stored();
  expect(stored?.reminders.drive?.tokens).toEqual(['alert-1', 'alert-2', 'alert-3']);
  expect(stored?.reminders.requested).toBeNull();

  // Two and a half hours on, the driver parks: only the break still ahead is deleted.
  driver.newSession().later(150);
  const parked = await driver.intent('EndDriveIntent');
  expect(parked.text).toMatch(/^Good drive\. I've cancelled the one break reminder still ahead\. When you're parked, say start my workout\.$/);
  const deletes = driver.api.remindersCalls().filter((c) => c.method === 'DELETE');
  expect(deletes.map((c) => c.path)).toEqual(['/v1/alerts/reminders/alert-3']);
  expect([...driver.api.held.keys()]).toEqual(['alert-1', 'alert-2']);
  expect((await driver.stored())?.reminders).toMatchObject({ drive: null, toCancel: [] });

  // Exercises are still never coached in the cab.
  expect((await driver.intent('StartWorkoutIntent')).text).toMatch(/never coach exercises while the truck may be moving/);
});

test('without the permission, Alexa is asked to ask for it by voice; granted, the same breaks are set', async () => {
  driver = await AlexaDriver.start(MONDAY_9AM_CHICAGO);
  driver.permission = 'none';
  const asked = await startFiveHourDrive(driver);
  expect(asked.text).toBe('To set reminders, Back Coach needs your permission.');
  expect(asked.endSession).toBe(true);
  expect(asked.reprompt).toBe('');
  expect(asked.directives).toEqual([
    {
      type: 'Connections.SendRequest',
      name: 'AskFor',
      payload: {
        '@type': 'AskForPermissionsConsentRequest',
        '@version': '2',
        permissionScopes: [{ permissionScope: 'alexa::alerts:reminders:skill:readwrite', consentLevel: 'ACCOUNT' }],
      },
      token: 'reminders-permission',
    },
  ]);
  expect(driver.api.remindersCalls()).toEqual([]);
  expect((await driver.stored())?.reminders.awaitingPermission).toBe('drive');

  driver.permission = 'GRANTED';
  const granted = await driver.permissionAnswer('ACCEPTED');
  expect(granted.text).toMatch(/^Done: three break reminders, at /);
  expect(driver.api.held.size).toBe(3);
  expect((await driver.stored())?.reminders).toMatchObject({ awaitingPermission: null, drive: { tokens: ['alert-1', 'alert-2', 'alert-3'] } });
});

test('the permission denied: explained plainly, with the breaks said aloud and nothing set', async () => {
  driver = await AlexaDriver.start(MONDAY_9AM_CHICAGO);
  driver.permission = 'none';
  await startFiveHourDrive(driver);
  const denied = await driver.permissionAnswer('DENIED');
  expect(denied.text).toMatch(/^Okay, no reminders then\. If you change your mind, open the Alexa app, find Back Coach under Your Skills, and allow reminders in its settings\. Take your breaks at /);
  expect(denied.endSession).toBe(true);
  expect(driver.api.remindersCalls()).toEqual([]);
  expect((await driver.stored())?.reminders.awaitingPermission).toBeNull();
});

test('a 401 from the Reminders API when only it could tell (the permission not granted after all) asks for it', async () => {
  driver = await AlexaDriver.start(MONDAY_9AM_CHICAGO);
  driver.permission = 'consent only';
  driver.api.reminders = 401;
  const heard = await startFiveHourDrive(driver);
  expect(heard.text).toBe('To set reminders, Back Coach needs your permission.');
  expect(heard.directives[0]).toMatchObject({ type: 'Connections.SendRequest', name: 'AskFor' });
  expect((await driver.stored())?.reminders.awaitingPermission).toBe('drive');
});

test('a 401 while Alexa says the permission is granted is told as a failed call, not asked round and round', async () => {
  driver = await AlexaDriver.start(MONDAY_9AM_CHICAGO);
  driver.api.reminders = 401;
  const heard = await startFiveHourDrive(driver);
  expect(heard.directives).toEqual([]);
  expect(heard.text).toMatch(/^I couldn't reach Alexa's reminders just now, so none are set\./);
  expect((await driver.stored())?.reminders.awaitingPermission).toBeNull();
});

test.each([
  [403, "I couldn't reach Alexa's reminders just now, so none are set."],
  [500, "I couldn't reach Alexa's reminders just now, so none are set."],
] as const)('a %s from the Reminders API gives the spoken fallback and keeps the plan', async (status, words) => {
  driver = await AlexaDriver.start(MONDAY_9AM_CHICAGO);
  driver.api.reminders = status;
  const heard = await startFiveHourDrive(driver);
  expect(heard.directives).toEqual([]);
  expect(heard.text).toMatch(new RegExp(`^${words.replace(/[.']/g, (c) => `\\${c}`)} Take your breaks at 10:18 AM, 11:33 AM and 12:48 PM: every 75 minutes`));
  const stored = await driver.stored();
  expect(stored?.reminders.drive?.breaks).toHaveLength(3);
  expect(stored?.reminders.drive?.tokens).toEqual([]);
  expect(stored?.reminders.requested).toBeNull();
});

test('a Reminders API that never answers: the turn ends by its deadline with the fallback, and what was set is kept', async () => {
  driver = await AlexaDriver.start(MONDAY_9AM_CHICAGO, 'America/Chicago', 400);
  driver.api.okCreatesFirst = 1;
  driver.api.reminders = 'hang';
  const started = Date.now();
  const heard = await startFiveHourDrive(driver);
  expect(Date.now() - started).toBeLessThan(3000);
  expect(heard.text).toMatch(/^I set reminders for 10:18 AM, but couldn't reach Alexa's reminders for 11:33 AM and 12:48 PM: take those on your own\./);
  expect((await driver.stored())?.reminders).toMatchObject({ requested: null, toCancel: [], drive: { tokens: ['alert-1'] } });
});

test('a progressive response that fails or hangs changes nothing', async () => {
  driver = await AlexaDriver.start(MONDAY_9AM_CHICAGO);
  driver.api.directives = 'hang';
  const heard = await startFiveHourDrive(driver);
  expect(heard.text).toMatch(/^Done: three break reminders/);
});

test('workout-day reminders: weekly on three non-consecutive days at the time said, moved when the device zone changes, then cancelled', async () => {
  driver = await AlexaDriver.start(MONDAY_9AM_CHICAGO);
  const asked = await driver.intent('WorkoutRemindersIntent');
  expect(asked.text).toMatch(/I'll remind you on (\w+day), (\w+day) and (\w+day): three days a week, never two in a row\./);
  const set = await driver.intent('TimeOfDayIntent', { time: { value: 'seven in the morning', id: '07:00' } });
  expect(set.text).toMatch(/^Done: every \w+day, \w+day and \w+day at 7:00 AM, I'll remind you it's a workout day\./);
  const creates = driver.api.remindersCalls().filter((c) => c.method === 'POST').map((c) => (c.body as { trigger: { timeZoneId: string; recurrence: { recurrenceRules: string[] } } }).trigger);
  expect(creates).toHaveLength(3);
  const days = creates.map((t) => /BYDAY=(\w\w)/.exec(t.recurrence.recurrenceRules[0] ?? '')?.[1]);
  expect(days).toEqual(['MO', 'WE', 'FR']);
  // Seven on this Monday has passed: the Monday reminder starts next week, the others this week.
  expect(creates.map((t) => (t.recurrence as unknown as { startDateTime: string }).startDateTime)).toEqual([
    '2026-11-30T07:00:00.000',
    '2026-11-25T07:00:00.000',
    '2026-11-27T07:00:00.000',
  ]);
  expect(creates.every((t) => t.timeZoneId === 'America/Chicago' && /;BYHOUR=7;BYMINUTE=0;/.test(t.recurrence.recurrenceRules[0] ?? ''))).toBe(true);

  // The truck crosses into Mountain time: at the next launch they are deleted and set again there, in silence.
  driver.api.timeZone = 'America/Denver';
  driver.newSession().later(300);
  const callsBefore = driver.api.remindersCalls().length;
  const launch = await driver.launch();
  expect(launch.text).not.toMatch(/reminder/i);
  const moved = driver.api.remindersCalls().slice(callsBefore);
  expect(moved.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual(['/v1/alerts/reminders/alert-1', '/v1/alerts/reminders/alert-2', '/v1/alerts/reminders/alert-3']);
  const recreated = moved.filter((c) => c.method === 'POST').map((c) => (c.body as { trigger: { timeZoneId: string } }).trigger.timeZoneId);
  expect(recreated).toEqual(['America/Denver', 'America/Denver', 'America/Denver']);
  expect(driver.api.calls.filter((c) => c.path === '/v1/directives')).toHaveLength(1);
  expect((await driver.stored())?.reminders.workoutDays).toMatchObject({ tokens: ['alert-4', 'alert-5', 'alert-6'], heldIn: 'America/Denver' });

  const stopped = await driver.intent('StopWorkoutRemindersIntent');
  expect(stopped.text).toMatch(/^Okay, no more workout-day reminders\./);
  expect(driver.api.held.size).toBe(0);
  expect((await driver.stored())?.reminders).toMatchObject({ workoutDays: null, toCancel: [] });
});

test('concurrent turns of one driver with reminders: every turn is stored, and the reminders too', async () => {
  driver = await AlexaDriver.start(MONDAY_9AM_CHICAGO);
  await driver.intent('BreakRemindersIntent');
  await driver.intent('DriveLengthIntent', length('five hours', 'PT5H'));
  const turnsBefore = (await driver.stored())?.turns ?? 0;
  const [yes, ...others] = await Promise.all([driver.intent('AMAZON.YesIntent'), driver.intent('AMAZON.HelpIntent'), driver.intent('ProgressIntent')]);
  expect(yes?.text).toMatch(/^Done: three break reminders/);
  expect(others.every((heard) => heard.text.length > 0)).toBe(true);
  const stored = await driver.stored();
  expect(stored?.turns).toBe(turnsBefore + 3);
  expect(stored?.reminders.drive?.tokens).toEqual(['alert-1', 'alert-2', 'alert-3']);
});

describe('what the driver hears is what the device holds', () => {
  /** The break times the device holds now, as the driver would hear them (Chicago). */
  const heldTimes = () =>
    [...driver.api.held.values()]
      .map((body) => (body as { trigger: { scheduledTime: string } }).trigger.scheduledTime.slice(11, 16))
      .sort();

  test('a reminder created whose answer never comes is found by listing, kept and told as set', async () => {
    driver = await AlexaDriver.start(MONDAY_9AM_CHICAGO);
    driver.api.okCreatesFirst = 1;
    driver.api.reminders = 'create-then-hang';
    const heard = await startFiveHourDrive(driver);
    expect(heard.text).toMatch(/^I set reminders for 10:18 AM and 11:33 AM, but couldn't reach Alexa's reminders for 12:48 PM: take those on your own\./);
    expect(heldTimes()).toEqual(['10:18', '11:33']);
    expect((await driver.stored())?.reminders.drive?.tokens).toEqual(['alert-1', 'alert-2']);
    // The call given up was aborted, its connection closed, not left waiting for an answer.
    for (let i = 0; i < 100 && driver.api.callsLeftOpen() > 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(driver.api.callsLeftOpen()).toBe(0);
  });

  test('a create answered with JSON that does not parse: the reminder it made is found by listing and told as set', async () => {
    driver = await AlexaDriver.start(MONDAY_9AM_CHICAGO);
    driver.api.reminders = 'malformed';
    const heard = await startFiveHourDrive(driver);
    expect(heard.text).toMatch(/^I set reminders for 10:18 AM, but couldn't reach Alexa's reminders for 11:33 AM and 12:48 PM/);
    expect(heldTimes()).toEqual(['10:18']);
    expect((await driver.stored())?.reminders.drive?.tokens).toEqual(['alert-1']);
  });

  test('a reminder made while every listing hangs is told as not set, and deleted at the next turn so that stays true', async () => {
    driver = await AlexaDriver.start(MONDAY_9AM_CHICAGO);
    driver.api.reminders = 'create-then-hang';
    driver.api.listing = 'hang';
    const heard = await startFiveHourDrive(driver);
    expect(heard.text).toMatch(/^I couldn't reach Alexa's reminders just now, so none are set\./);
    expect(driver.api.held.size).toBe(1);
    expect((await driver.stored())?.reminders.unsettled).not.toBeNull();

    driver.api.reminders = 'ok';
    driver.api.listing = 'ok';
    const next = await driver.newSession().launch();
    expect(next.text).not.toMatch(/reminder/i);
    expect(driver.api.held.size).toBe(0);
    expect((await driver.stored())?.reminders).toMatchObject({ unsettled: null, drive: { tokens: [] } });
  });

  test('"I\'m done driving" and "stop the workout reminders" delete every reminder the skill made, the ones it lost track of too', async () => {
    driver = await AlexaDriver.start(MONDAY_9AM_CHICAGO);
    await driver.intent('WorkoutRemindersIntent', { time: { value: 'seven a.m.', id: '07:00' } });
    await startFiveHourDrive(driver);
    expect(driver.api.held.size).toBe(6);
    // The skill loses track of what it set (a result that was never stored): the device still holds all six.
    await driver.store.update(driver.userId, (doc) => ({ next: doc && { ...doc, reminders: { ...doc.reminders, drive: null, workoutDays: null } }, result: null }));

    const parked = await driver.newSession().intent('EndDriveIntent');
    expect(parked.text).toMatch(/^There are no break reminders running\./);
    expect(heldTimes().filter((time) => time !== '07:00')).toEqual([]);
    const stopped = await driver.intent('StopWorkoutRemindersIntent');
    expect(stopped.text).toMatch(/^You don't have workout reminders set\./);
    expect(driver.api.held.size).toBe(0);
  });

  test('workout-day reminders partly set are told as such, not as none set', async () => {
    driver = await AlexaDriver.start(MONDAY_9AM_CHICAGO);
    driver.api.okCreatesFirst = 2;
    driver.api.reminders = 500;
    const heard = await driver.intent('WorkoutRemindersIntent', { time: { value: 'seven a.m.', id: '07:00' } });
    expect(heard.text).toMatch(/^I set your workout reminders for Monday and Wednesday at 7:00 AM, but couldn't reach Alexa's reminders for Friday\./);
    expect(driver.api.held.size).toBe(2);
    expect((await driver.stored())?.reminders.workoutDays?.tokens).toEqual(['alert-1', 'alert-2']);
  });

  test('without an API access token nothing is called, and the driver hears the breaks instead', async () => {
    driver = await AlexaDriver.start(MONDAY_9AM_CHICAGO);
    driver.apiAccess = false;
    const heard = await startFiveHourDrive(driver);
    expect(heard.text).toMatch(/^I couldn't reach Alexa's reminders just now, so none are set\. Take your breaks at /);
    expect(driver.api.remindersCalls()).toEqual([]);
  });
});
