/**
 * Dialogflow has no reminders service: through the webhook over HTTP, the same questions about a drive end with the
 * breaks said aloud, and nothing waits on a call that will never come.
 */
import { DialogflowClient } from '../../support/dialogflowClient';
import { startTestServer, type TestServer } from '../../support/testServer';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

test('"set break reminders", "five hours", "yes": the breaks and the routine are said, no reminder is asked for', async () => {
  const df = new DialogflowClient({ url: server.url, session: 'reminders-1' });
  expect((await df.intent('BreakRemindersIntent', {}, 'set break reminders')).text).toMatch(/How long is this drive, five hours for example\?$/);
  expect((await df.intent('DriveLengthIntent', { length: 'PT5H' }, 'five hours')).text).toMatch(/^A break every 75 minutes\./);
  const said = await df.intent('YesIntent', {}, 'yes');
  expect(said.text).toMatch(/^I can't set reminders here\. Take your breaks at \d+:\d\d [AP]M, \d+:\d\d [AP]M and \d+:\d\d [AP]M: every 75 minutes, get out of the cab and do 15 band pull-aparts\./);
  const stored = await server.store.get('dialogflow:session:reminders-1');
  expect(stored?.reminders).toMatchObject({ drive: null, requested: null, awaitingPermission: null });
});

test('"remind me to work out at seven in the morning": the days and the time, said', async () => {
  const df = new DialogflowClient({ url: server.url, session: 'reminders-2' });
  await df.welcome();
  const said = await df.intent('WorkoutRemindersIntent', { time: '07:00' }, 'remind me to work out at seven in the morning');
  expect(said.text).toMatch(/I can't set reminders here\. Your workout days would be \w+day, \w+day and \w+day, at 7:00 AM\./);
});
