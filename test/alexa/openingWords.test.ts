/**
 * Lines the Alexa model's samples do not hold, said to the built Lambda bundle through the real interaction model:
 * Alexa places each by its first word only, and the skill reads it with its own NLU (src/alexa/heardIntent.ts).
 */
import { alexaListener, ALEXA_MODEL_FILE } from '../nlu/heldOutMeasure';
import { Transcript, useDataDir } from './transcript';

const dataDir = useDataDir();
const MONDAY = '2026-11-23T15:00:00Z';

let t: Transcript;
afterEach(async () => {
  await t?.close();
});

const SIDE = "honestly I think it's my left one that's weaker";
const WEIGHT = "I'm holding a forty pound dumbbell right now";
const NINE = 'alright that was nine good ones';
const ELEVEN = 'no wait it was eleven';
const HOLD_ON = 'hold up a sec somebody is at the door';

test('the model alone places none of these lines but by its first word', async () => {
  const alone = alexaListener('alexa', ALEXA_MODEL_FILE, null);
  for (const line of [SIDE, WEIGHT, NINE, ELEVEN, HOLD_ON]) expect([line, (await alone(line)).intent]).toEqual([line, 'AMAZON.FallbackIntent']);
});

test('a new driver talking freely gets through setup and the baseline test', async () => {
  t = await Transcript.start(dataDir, MONDAY);
  await t.launch();
  expect((await t.say('yes')).text).toMatch(/which side feels weaker/i);
  expect((await t.say(SIDE)).text).toMatch(/how heavy is your dumbbell/i);
  expect((await t.say(WEIGHT)).text).toMatch(/40 pounds.*left side.*say go/i);
  await t.say('go');
  expect((await t.say(NINE)).text).toMatch(/^9 on the left\./);
  expect((await t.say(ELEVEN)).text).toMatch(/^Got it, 11 on the left, not 9\. How many perfect reps did you get on your right side\?$/);
  expect((await t.say('thirteen reps')).text).toMatch(/^Left 11, right 13\. That's a gap of 2 reps/);
  expect((await t.say(HOLD_ON)).text).toMatch(/^Paused\./);
  const doc = await t.stored();
  expect(doc?.tests).toEqual([expect.objectContaining({ weight: 40, unit: 'lb', weakSide: 'left', weakReps: 11, strongReps: 13 })]);
});
