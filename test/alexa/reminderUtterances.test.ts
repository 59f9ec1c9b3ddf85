/**
 * What a driver says about reminders, heard through the real interaction model (virtual-alexa) and the built Lambda
 * bundle: the words reach the right intents and slot values, and without the reminders permission the skill hands
 * over to Alexa's own question for it.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { onboardAndTest, Transcript, useDataDir } from './transcript';

const dataDir = useDataDir();
const MONDAY = '2026-11-23T15:00:00Z'; // 9:00 in Chicago

let t: Transcript;
afterEach(async () => {
  await t?.close();
});

/** A driver set up through the baseline, who has not let the skill set reminders. */
const setUp = async (transcript: Transcript): Promise<void> => {
  transcript.alsoFilter((request: RequestEnvelope) => {
    delete request.context.System.user.permissions;
    if (request.session) delete request.session.user.permissions;
  });
  await onboardAndTest(transcript);
  await transcript.say('no');
};

test('from an Echo Auto: "I\'m starting my drive", "about five and a half hours", "every sixty minutes", then the permission question', async () => {
  t = await Transcript.start(dataDir, MONDAY);
  await setUp(t);
  t.alsoFilter((request: RequestEnvelope) => {
    request.context.Automotive = {};
  });
  expect((await t.say("I'm starting my drive")).text).toMatch(/How long is this drive, five hours for example\?$/);
  expect((await t.say('about five and a half hours')).text).toMatch(/^A break every 75 minutes\. Is that good/);
  const asked = await t.say('every sixty minutes');
  expect(asked.text).toBe('To set reminders, Back Coach needs your permission.');
  expect(asked.directives).toEqual([expect.objectContaining({ type: 'Connections.SendRequest', name: 'AskFor' })]);
  expect((await t.stored())?.reminders).toMatchObject({ awaitingPermission: 'drive', drive: { everyMinutes: 60 } });
  expect((await t.stored())?.reminders.drive?.breaks).toHaveLength(5);
});

test.each([
  ['every hour', 60],
  ['every hour and a half', 90],
])('"%s" sets the breaks that far apart (not the default 75 minutes)', async (said, minutes) => {
  t = await Transcript.start(dataDir, MONDAY);
  await setUp(t);
  await t.say("I'm starting my drive");
  await t.say('five hours');
  await t.say(said);
  expect((await t.stored())?.reminders.drive).toMatchObject({ everyMinutes: minutes });
});

test('"remind me to work out", "seven in the morning"; "I\'m done driving" and "stop the workout reminders" with nothing set', async () => {
  t = await Transcript.start(dataDir, MONDAY);
  await setUp(t);
  expect((await t.say('remind me to work out')).text).toMatch(/At what time of day, seven in the morning for example\?$/);
  expect((await t.say('seven in the morning')).text).toBe('To set reminders, Back Coach needs your permission.');
  expect((await t.stored())?.reminders.workoutDays).toMatchObject({ time: '07:00', tokens: [] });
  await t.launch();
  expect((await t.say("I'm done driving")).text).toMatch(/^There are no break reminders running\./);
  expect((await t.say('stop the workout reminders')).text).toMatch(/^Okay, no more workout-day reminders\./);
  expect((await t.stored())?.reminders).toMatchObject({ workoutDays: null, awaitingPermission: null });
});
