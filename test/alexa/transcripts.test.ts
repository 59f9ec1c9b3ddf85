/**
 * Whole conversations through the real interaction model and the built Lambda bundle, as a driver
 * would have them on an Echo.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { onboardAndTest, Transcript, useDataDir } from './transcript';

const dataDir = useDataDir();
const MONDAY = '2026-11-23T15:00:00Z'; // 9:00 in Chicago

let t: Transcript;
afterEach(async () => {
  await t?.close();
});

/** A whole workout from the offer to the goodbye; row counts for the three working sets. */
const doWorkout = async (transcript: Transcript, rows: [string, string, string]) => {
  const said = [await transcript.say('go')];
  for (const count of rows) said.push(await transcript.say(count));
  said.push(await transcript.say('ten')); // finisher
  said.push(await transcript.say('go'));
  said.push(await transcript.say('twelve'));
  said.push(await transcript.say('twelve'));
  said.push(await transcript.say('go'));
  said.push(await transcript.say('30 seconds'));
  said.push(await transcript.say('I held it 30 seconds'));
  return said;
};

test('first launch: safety notice, units, weak side, then the baseline test with the gap and the retest date', async () => {
  t = await Transcript.start(dataDir, MONDAY);
  const first = await t.launch();
  expect(first.text).toMatch(/not medical advice/i);
  expect(first.card?.content).toMatch(/not a substitute for professional medical advice/i);
  expect(first.text).toMatch(/pounds\?/);
  expect(first.reprompt).not.toBe('');
  expect((await t.say('yes')).text).toMatch(/which side feels weaker/i);
  expect((await t.say('my left side')).text).toMatch(/how heavy is your dumbbell/i);
  expect((await t.say('40')).text).toMatch(/left side.*say go/i);
  const window = await t.say('go');
  expect(window.ssml).toMatch(/(<break time="10s"\/> ){4}/);
  expect(window.text).toMatch(/how many perfect reps did you get on your left side\?$/i);
  const rest = await t.say('I got nine');
  expect(rest.text).toMatch(/^9 on the left\. Rest 60 seconds\..*30 seconds\..*10 seconds\. Now your right side/);
  const result = await t.say('thirteen reps');
  expect(result.text).toMatch(/Left 9, right 13\. That's a gap of 4 reps, 31 percent\./);
  expect(result.text).toMatch(/Your retest is on Wednesday, December 23\./);
  expect(result.text).toMatch(/first two weeks will feel wrong/);
  const doc = await t.stored();
  expect(doc?.tests).toHaveLength(1);
  expect(doc).toMatchObject({ units: 'lb', weakSide: 'left', weight: 40, timeZone: 'America/Chicago' });
  expect(doc?.tests[0]).toMatchObject({ kind: 'baseline', weakReps: 9, strongReps: 13, gapReps: 4, gapPercent: 31, weight: 40 });
});

test('a full workout: weak side first, the strong side capped and counted, rests, the weak-side finisher, carries', async () => {
  t = await Transcript.start(dataDir, MONDAY);
  await onboardAndTest(t);
  const start = await t.say('yes');
  expect(start.text).toMatch(/Set 1 of 3: single-arm dumbbell row, 40 pounds, left side first\. Aim for 12 perfect reps\. Say go/);
  await t.say('go');
  const set1 = await t.say('I got ten');
  expect(set1.text).toMatch(/10 on the left\. Now your right side: exactly 10 reps, then stop/);
  expect(set1.text).toMatch(/Ready, go\. 1 2 3 4 5 6 7 8 9 10 Stop\. That's 10\./);
  expect(set1.text).not.toMatch(/\b11\b/);
  // A later set of the same exercise is a short cue: the driver has just heard the full one.
  expect(set1.text).toMatch(/Rest 30 seconds\. 10 seconds\. Set 2 of 3, left side\. Go\. How many on the left\?$/);
  await t.say('eleven reps');
  const set3 = await t.say('12');
  expect(set3.text).toMatch(/Finisher: your left side only, 8 to 10 reps\. Your right side sits this one out\./);
  const finisher = await t.say('nine');
  expect(finisher.text).toMatch(/^9 on the finisher\./);
  expect(finisher.text).not.toMatch(/right side: exactly/);
  // The pulldowns are set up during the rest, and their first set starts after it.
  expect(finisher.text).toMatch(/Rest.*Next: band pulldowns\. Anchor the band overhead\..*Set 1 of 2: single-arm band pulldown, left side first.*How many reps did you get on your left side\?$/);
  await t.say('twelve');
  const pulldown2 = await t.say('twelve');
  expect(pulldown2.text).toMatch(/Next: suitcase carries.*Round 1 of 2: suitcase carry, 40 pounds, left side first/);
  expect(pulldown2.text).toMatch(/10 seconds\. 20 seconds\..*Time\. Put it down\. How many seconds did you carry it in your left hand\?$/);
  const carry1 = await t.say('I held it 20 seconds');
  expect(carry1.text).toMatch(/Now your right hand: exactly 20 seconds/);
  expect(carry1.text).toMatch(/Stop\. That's 20\./);
  const done = await t.say('18 seconds');
  expect(done.endSession).toBe(true);
  expect(done.text).toMatch(/That's the workout done\. Rows today: 10, 11 and 12\./);
  expect(done.text).toMatch(/your next workout can be on Wednesday\./);
  const doc = await t.stored();
  expect(doc?.activity).toBeNull();
  expect(doc?.workouts).toHaveLength(1);
  const workout = doc!.workouts[0];
  expect(workout!.completed).toBe(true);
  expect(workout!.finisherReps).toBe(9);
  expect(workout!.sets.map((s) => `${s.exercise}${s.set}:${s.weak}/${s.strong}`)).toEqual([
    'row1:10/10',
    'row2:11/11',
    'row3:12/12',
    'pulldown1:12/12',
    'pulldown2:12/12',
    'carry1:20/20',
    'carry2:18/18',
  ]);
});

test('progression: twelve on every row set two workouts in a row adds 5 pounds at the third, on non-consecutive days', async () => {
  t = await Transcript.start(dataDir, MONDAY);
  await onboardAndTest(t);
  await t.say('no');

  t.setTime('2026-11-25T15:00:00Z'); // Wednesday
  expect((await t.launch()).text).toMatch(/Ready to start your workout\?/);
  await t.say('yes');
  const first = await doWorkout(t, ['12', '12', 'twelve']);
  expect(first[first.length - 1]!.text).toMatch(/One more like it and the weight goes up/);

  t.setTime('2026-11-26T15:00:00Z'); // Thursday: the day after
  const tooSoon = await t.launch();
  expect(tooSoon.text).toMatch(/You trained yesterday\..*Today is a rest day: your next workout can be tomorrow\./);
  expect((await t.say('no')).endSession).toBe(true);

  t.setTime('2026-11-27T15:00:00Z'); // Friday
  await t.launch();
  await t.say('yes');
  const second = await doWorkout(t, ['12', '13', '12']);
  expect(second[second.length - 1]!.text).toMatch(/next workout the dumbbell goes up to 45 pounds/);

  t.setTime('2026-11-30T15:00:00Z'); // Monday
  await t.launch();
  const third = await t.say('yes');
  expect(third.text).toMatch(/today the dumbbell goes up to 45 pounds/);
  expect(third.text).toMatch(/single-arm dumbbell row, 45 pounds/);
  const doc = await t.stored();
  expect(doc?.weight).toBe(45);
  expect(doc?.weightChanges.at(-1)).toMatchObject({ from: 40, to: 45, reason: 'progression' });
});

test('stop mid-set keeps the workout; the next launch offers to resume at the same set', async () => {
  t = await Transcript.start(dataDir, MONDAY);
  await onboardAndTest(t);
  await t.say('yes');
  await t.say('go');
  await t.say('12');
  const stopped = await t.say('stop');
  expect(stopped.endSession).toBe(true);
  expect(stopped.text).toMatch(/saved your place: single-arm dumbbell row, set 2/);
  const saved = await t.stored();
  expect(saved?.activity).toMatchObject({ kind: 'workout', position: { exercise: 'row', set: 2 } });
  expect(saved?.activity?.kind === 'workout' && saved.activity.workout.sets).toHaveLength(1);

  t.advanceMinutes(30);
  const back = await t.launch();
  expect(back.text).toMatch(/You stopped your workout earlier today at single-arm dumbbell row, set 2 of 3\. Do you want to pick up where you left off\?/);
  const resumed = await t.say('yes');
  expect(resumed.text).toMatch(/Set 2 of 3: single-arm dumbbell row, 40 pounds, left side first/);
  await t.say('go');
  const set2 = await t.say('11');
  expect(set2.text).toMatch(/exactly 11, then stop/);
  const doc = await t.stored();
  expect(doc?.activity?.kind === 'workout' && doc.activity.workout.sets.map((s) => s.weak)).toEqual([12, 11]);
});

test('a session that drops mid-workout is offered for resuming too', async () => {
  t = await Transcript.start(dataDir, MONDAY);
  await onboardAndTest(t);
  await t.say('yes');
  await t.say('go');
  await t.endSession();
  const back = await t.launch();
  expect(back.text).toMatch(/pick up where you left off/);
  const declined = await t.say('no');
  expect(declined.text).toMatch(/put that workout away/);
  const doc = await t.stored();
  expect(doc?.activity).toBeNull();
  // Put away before its first set was logged, it was no workout: nothing is kept, and today is still a workout day.
  expect(doc?.workouts).toEqual([]);
  expect(declined.text).toMatch(/Ready to start your workout\?$/);
});

test('a workout put away after a set is kept as not completed, and counts for the schedule', async () => {
  t = await Transcript.start(dataDir, MONDAY);
  await onboardAndTest(t);
  await t.say('yes');
  await t.say('go');
  await t.say('12');
  await t.endSession();
  await t.launch();
  const declined = await t.say('no');
  expect(declined.text).toMatch(/put that workout away/);
  expect(declined.text).toMatch(/already trained today/);
  const doc = await t.stored();
  expect(doc?.workouts.at(-1)).toMatchObject({ completed: false, sets: [expect.objectContaining({ weak: 12 })] });
});

test('bad numbers get a clear re-ask and change nothing; a far-off count is confirmed first', async () => {
  t = await Transcript.start(dataDir, MONDAY);
  await onboardAndTest(t);
  await t.say('yes');
  await t.say('go');
  const before = await t.stored();
  const zero = await t.say('0');
  expect(zero.text).toMatch(/Zero doesn't sound right.*How many reps did you get on your left side\?/);
  const tooMany = await t.say('I got 45 reps');
  expect(tooMany.text).toMatch(/More than 40 reps sounds like I misheard\. How many reps/);
  // "I got ... reps" with the number lost in the noise: Alexa sends the count slot as "?".
  const nothing = await t.intend('CountIntent', { count: '?' }, 'I got reps');
  expect(nothing.endSession).toBe(false);
  const after = await t.stored();
  expect(after?.activity).toEqual(before?.activity);
  expect(after?.workouts).toEqual(before?.workouts);

  await t.say('12');
  const far = await t.say('30');
  expect(far.text).toMatch(/That is a big change from 12\. Did you say 30\?/);
  const notStored = await t.stored();
  expect(notStored?.activity?.kind === 'workout' && notStored.activity.workout.sets).toHaveLength(1);
  expect((await t.say('no')).text).toMatch(/what was the number\?/);
  const corrected = await t.say('I got thirteen');
  expect(corrected.text).toMatch(/exactly 13, then stop/);
  const doc = await t.stored();
  expect(doc?.activity?.kind === 'workout' && doc.activity.workout.sets.map((s) => s.weak)).toEqual([12, 13]);
});

test('"twelve", "12", "I got twelve" and "twelve reps" all store 12', async () => {
  for (const [i, said] of ['twelve', '12', 'I got twelve', 'twelve reps'].entries()) {
    t = await Transcript.start(dataDir, MONDAY);
    await onboardAndTest(t);
    await t.say('yes');
    await t.say('go');
    expect((await t.say(said)).text).toMatch(/exactly 12 reps/);
    const doc = await t.stored();
    expect([i, doc?.activity?.kind === 'workout' && doc.activity.workout.sets[0]!.weak]).toEqual([i, 12]);
    await t.close();
  }
});

test('delete my data is confirmed first, then everything of that user is gone', async () => {
  t = await Transcript.start(dataDir, MONDAY);
  await onboardAndTest(t);
  expect((await t.say('delete my data')).text).toMatch(/cannot be undone\. Are you sure\?/);
  expect((await t.say('no')).text).toMatch(/nothing was deleted/i);
  expect(await t.stored()).not.toBeNull();
  await t.say('delete my data');
  const gone = await t.say('yes');
  expect(gone.endSession).toBe(true);
  expect(gone.text).toMatch(/Everything is deleted/);
  expect(await t.stored()).toBeNull();
  const fresh = await t.launch();
  expect(fresh.text).toMatch(/Welcome to Back Coach/);
});

test('the day is the driver\'s local day: Chicago at 22:00, then Denver at 23:30 the same evening', async () => {
  t = await Transcript.start(dataDir, '2026-11-23T20:00:00Z');
  await onboardAndTest(t);
  await t.say('no');
  t.setTime('2026-11-25T04:00:00Z'); // Tuesday 22:00 in Chicago
  await t.launch();
  await t.say('yes');
  await doWorkout(t, ['10', '10', '10']);
  t.setDeviceTimeZone('America/Denver');
  t.setTime('2026-11-25T06:30:00Z'); // still Tuesday, 23:30 in Denver; already Wednesday in UTC and in Chicago
  const sameDay = await t.launch();
  expect(sameDay.text).toMatch(/You've already trained today/);
  t.setTime('2026-11-25T07:30:00Z'); // 00:30 Wednesday in Denver
  await t.say('no');
  const nextDay = await t.launch();
  expect(nextDay.text).toMatch(/You trained yesterday/);
  expect((await t.stored())?.timeZone).toBe('America/Denver');
});

test('from an Echo Auto in the cab, no exercise is coached: road tips instead', async () => {
  t = await Transcript.start(dataDir, MONDAY);
  await onboardAndTest(t);
  await t.say('no');
  t.alexa.filter((request: RequestEnvelope) => {
    request.request.timestamp = '2026-11-25T15:00:00Z';
    request.context.Automotive = {};
  });
  const inCab = await t.launch();
  expect(inCab.text).toMatch(/never coach exercises while the truck may be moving/);
  expect(inCab.text).toMatch(/every 60 to 90 minutes.*15 band pull-aparts.*rolled-up towel/);
  expect(inCab.endSession).toBe(true);
  expect((await t.stored())?.activity).toBeNull();
});
