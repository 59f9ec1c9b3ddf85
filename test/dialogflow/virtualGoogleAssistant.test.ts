/**
 * virtual-google-assistant reads the Dialogflow agent export in `models/` and drives the running server over
 * HTTP with the phrases a user would type: welcome, units, weak side, weight, the baseline test, the first set.
 * The server runs as `npm start` runs it (webhook open: the tool cannot send credentials). See
 * test/support/googleAssistant.ts for what the tool can and cannot do.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AssistantUser, type AssistantAnswer } from '../support/googleAssistant';
import { startTestServer, type TestServer } from '../../support/testServer';

const AGENT_DIR = path.resolve(__dirname, '..', '..', 'models');

let server: TestServer;
beforeAll(async () => {
  if (!fs.existsSync(path.join(AGENT_DIR, 'agent.json'))) {
    throw new Error(`No Dialogflow agent export in ${AGENT_DIR} (agent.json, intents/, entities/): run npm run build:models`);
  }
  server = await startTestServer({ dialogflow: { kind: 'open' }, verifyAlexa: true });
});
afterAll(async () => {
  await server?.close();
});

const chips = (answer: AssistantAnswer): string[] =>
  answer.fulfillmentMessages.flatMap((m) => {
    const rich = (m.payload as { richContent?: { type: string; options?: { text: string }[] }[][] } | undefined)?.richContent ?? [];
    return rich.flat().flatMap((item) => (item.type === 'chips' ? (item.options ?? []).map((o) => o.text) : []));
  });

test('from the welcome through the baseline test and the first set, typed as a user would', async () => {
  const user = new AssistantUser({ agentDir: AGENT_DIR, url: `${server.url}/dialogflow`, session: 'vga-first-use' });

  const welcome = await user.open();
  expect(welcome.fulfillmentText).toMatch(/^Welcome to Back Coach\./);
  expect(welcome.fulfillmentText).toMatch(/not medical advice/);
  expect(welcome.fulfillmentText).toMatch(/Should I count your weights in pounds\? Say yes, or say kilograms\.$/);
  expect(chips(welcome)).toEqual(['Pounds', 'Kilograms']);

  expect((await user.say('kilograms')).fulfillmentText).toMatch(/^Okay, kilograms it is\. Which side feels weaker to you, left or right\?$/);
  expect((await user.say('my left side')).fulfillmentText).toMatch(/^Got it: your left side is the weaker one\..*How heavy is your dumbbell\?$/);
  expect((await user.say('make it 20')).fulfillmentText).toMatch(/^20 kilos\. Single-arm row, left side, as many perfect reps as you can\. Say go/);
  expect((await user.say('go')).fulfillmentText).toMatch(/How many perfect reps did you get on your left side\?$/);
  expect((await user.say('I got twelve')).fulfillmentText).toMatch(/^12 on the left\. Rest 60 seconds\..*How many perfect reps did you get on your right side\?$/);

  const result = await user.say('fifteen');
  expect(result.fulfillmentText).toMatch(/^Left 12, right 15\. That's a gap of 3 reps, 20 percent\./);
  expect(result.fulfillmentText).toMatch(/Do you want to start your first workout now\?$/);
  expect(chips(result)).toEqual(['Yes', 'No']);

  expect((await user.say('yes')).fulfillmentText).toMatch(/Set 1 of 3: single-arm dumbbell row, 20 kilos, left side first\./);
  expect((await user.say('help')).fulfillmentText).toMatch(/\?$|Say /);
  expect((await user.say('go')).fulfillmentText).toMatch(/How many reps did you get on your left side\?$/);
  const set = await user.say('I did 10');
  expect(set.fulfillmentText).toMatch(/10 on the left\. Now your right side: exactly 10 reps, then stop, even if you could do more\. I'll count\./);
  expect(set.fulfillmentText).toMatch(/1 2 3 4 5 6 7 8 9 10 Stop\./);

  expect(user.intents).toEqual([
    'Default Welcome Intent',
    'UnitsIntent',
    'SideIntent',
    'WeightIntent',
    'ReadyIntent',
    'CountIntent',
    'CountIntent',
    'YesIntent',
    'HelpIntent',
    'ReadyIntent',
    'CountIntent',
  ]);
  const stored = await server.store.get('dialogflow:session:vga-first-use');
  expect(stored).toMatchObject({ units: 'kg', weakSide: 'left', weight: 20 });
  expect(stored?.tests).toEqual([expect.objectContaining({ weakReps: 12, strongReps: 15, weight: 20, unit: 'kg' })]);
  expect(stored?.activity).toMatchObject({ kind: 'workout', workout: { sets: [{ exercise: 'row', set: 1, weak: 10, strong: 10 }] } });
});

test('mid-workout commands, and a weight with its unit sent as the intent Dialogflow would match', async () => {
  const user = new AssistantUser({ agentDir: AGENT_DIR, url: `${server.url}/dialogflow`, session: 'vga-commands', payload: { timeZone: 'America/Denver' } });
  await user.open();
  await user.say('yes');
  await user.say('the right one');
  // "25 pounds": two adjacent slots, which this matcher cannot split (see the adapter).
  expect(user.intentFor('25 pounds')).toBeUndefined();
  const weight = await user.sayAs('WeightIntent', { weight: '25', unit: 'pounds' });
  expect(weight.fulfillmentText).toMatch(/^25 pounds\. Single-arm row, right side/);
  expect(weight.outputContexts).toEqual([expect.objectContaining({ name: expect.stringMatching(/\/contexts\/backcoach-session$/), parameters: { timeZone: 'America/Denver' } })]);

  expect((await user.say('why one side')).fulfillmentText).toMatch(/Say go/);
  expect((await user.say('what did you say')).fulfillmentText).toMatch(/Say go/);
  const stop = await user.say('stop');
  expect(stop.endInteraction).toBe(true);
  expect((await server.store.get('dialogflow:session:vga-commands'))?.timeZone).toBe('America/Denver');
});
