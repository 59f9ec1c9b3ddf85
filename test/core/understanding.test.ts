/**
 * Short answers read in context: corrections replace the last number logged ("no, fifteen"), lengths of time count
 * as seconds for the carry, "done" means the set is over, and pain is heard first wherever it comes.
 */
import { parseSpokenDuration, parseSpokenNumber } from '../../src/core/numbers';
import { eventForIntentName } from '../../src/model/intentEvents';
import { sharedNlu } from '../../src/nlu/sharedNlu';
import type { CoachEvent } from '../../src/core/events';
import { Conversation, inBaselineTest, lastSentence, onboard, withoutBookkeeping, workoutOf } from '../../support/conversation';

const correction = (value: number | null): CoachEvent => ({ type: 'correction', value });

/** Baseline left 9, right 13; the first workout started and row set 1 under way (its count asked). */
const askingFirstRowCount = (): Conversation => {
  const c = new Conversation();
  onboard(c);
  c.say('yes');
  c.say('ready');
  return c;
};

/** The first workout moved on to the carry, its first round under way. */
const askingFirstCarry = (): Conversation => {
  const c = askingFirstRowCount();
  for (let i = 0; i < 30; i++) {
    const a = workoutOf(c);
    if (a.position.exercise === 'carry' && !a.position.waitingForGo) break;
    if (a.position.waitingForGo) c.say('ready');
    else c.count(a.position.step === 'finisher' ? 9 : 10);
  }
  return c;
};

/** What a driver's words mean to the coach, through the local NLU and the language model's one mapping. */
const heard = async (text: string): Promise<CoachEvent> => {
  const understanding = await (await sharedNlu()).understand(text);
  const event = eventForIntentName(understanding.intent, understanding.slots);
  if (!event) throw new Error(`"${text}" is no intent of the language model`);
  return event;
};

describe('a correction replaces the last number logged', () => {
  it('after a set: the weak side takes the new number, the strong side keeps what it did, and the coach goes on', () => {
    const c = askingFirstRowCount();
    c.count(12);
    const question = lastSentence(c.last.spoken);
    const said = c.say(correction(15));
    expect(said.spoken).toMatch(/^Got it: single-arm dumbbell row, set 1, 15 on the left, not 12\. Your right side already did 12 this set; I've kept that as done\./);
    expect(workoutOf(c).workout.sets).toEqual([{ exercise: 'row', set: 1, weak: 15, strong: 12, formLost: false }]);
    expect(lastSentence(said.spoken)).toEqual(question);
    expect(said.endSession).toBe(false);
  });

  it('after a carry: "15 seconds, not 50"', () => {
    const c = askingFirstCarry();
    c.count(50);
    if (c.document?.pending?.kind === 'confirmCount') c.say('yes');
    const said = c.say(correction(15));
    expect(said.spoken).toMatch(/^Got it: suitcase carry, round \d, 15 seconds on the left, not 50\. Your right hand already carried it 50 seconds this round/);
    const carry = workoutOf(c).workout.sets.filter((s) => s.exercise === 'carry');
    expect(carry).toEqual([{ exercise: 'carry', set: 1, weak: 15, strong: 50, formLost: false }]);
  });

  it('counts toward progression with the corrected number', () => {
    const c = askingFirstRowCount();
    c.count(11);
    c.say(correction(12));
    expect(workoutOf(c).workout.sets[0]?.weak).toBe(12);
  });

  it('just after the test\'s result: the second side\'s count is replaced, the gap worked out again, and the offer asked again', () => {
    const c = new Conversation();
    onboard(c, { firstReps: 9, secondReps: 13 });
    const said = c.say(correction(12));
    expect(said.spoken).toMatch(/^Got it, 12 on the right, not 13\. Left 9, right 12\. That's a gap of 3 reps, 25 percent\./);
    expect(lastSentence(said.spoken)).toBe('Do you want to start your first workout now?');
    expect(c.doc.tests).toEqual([expect.objectContaining({ weakSide: 'left', weakReps: 9, strongReps: 12, gapReps: 3, gapPercent: 25, firstSide: 'left' })]);
    expect(c.doc.weakSide).toBe('left');
  });

  it('just after the test\'s result: a correction that makes the other side weaker says so and swaps the sides', () => {
    const c = new Conversation();
    onboard(c, { firstReps: 9, secondReps: 13 });
    const said = c.say(correction(8));
    expect(said.spoken).toMatch(/^Got it, 8 on the right, not 13\. Left 9, right 8\. That's a gap of 1 rep, 11 percent\. Your right side actually did fewer reps/);
    expect(c.doc.weakSide).toBe('right');
    expect(c.doc.tests[0]).toMatchObject({ weakSide: 'right', weakReps: 8, strongReps: 9, gapReps: 1 });
    c.say('yes');
    expect(workoutOf(c).workout.weakSide).toBe('right');
  });

  it('a test finished in an earlier session is not corrected', () => {
    const c = new Conversation();
    onboard(c, { firstReps: 9, secondReps: 13 });
    c.say('no');
    c.later({ hours: 2 });
    c.say('launch');
    c.say(correction(12));
    expect(c.doc.tests[0]).toMatchObject({ weakReps: 9, strongReps: 13 });
  });

  it('the same number again is confirmed and changes nothing', () => {
    const c = askingFirstRowCount();
    c.count(12);
    const said = c.say(correction(12));
    expect(said.spoken).toMatch(/^Yes, I have 12\./);
    expect(workoutOf(c).workout.sets).toEqual([{ exercise: 'row', set: 1, weak: 12, strong: 12, formLost: false }]);
  });

  it('a bad number says what is wrong and changes nothing', () => {
    const c = askingFirstRowCount();
    c.count(12);
    expect(c.say(correction(0)).spoken).toMatch(/Zero doesn't sound right/);
    expect(c.say(correction(null)).spoken).toMatch(/I didn't catch the number you meant\./);
    expect(workoutOf(c).workout.sets).toEqual([{ exercise: 'row', set: 1, weak: 12, strong: 12, formLost: false }]);
  });

  it('with nothing logged yet, it is the count that was asked for', () => {
    const c = askingFirstRowCount();
    c.say(correction(10));
    expect(workoutOf(c).workout.sets).toEqual([{ exercise: 'row', set: 1, weak: 10, strong: 10, formLost: false }]);
  });

  it('to "did you say 30?", "no, thirteen" is the count it asked about', () => {
    const c = askingFirstRowCount();
    c.count(12);
    expect(c.count(30).spoken).toMatch(/Did you say 30\?/);
    c.say(correction(13));
    expect(workoutOf(c).workout.sets.map((s) => s.weak)).toEqual([12, 13]);
    expect(c.doc.pending).toBeNull();
  });

  it('after the finisher: the finisher takes the new number', () => {
    const c = askingFirstRowCount();
    for (let i = 0; i < 10 && workoutOf(c).position.step !== 'finisher'; i++) {
      if (workoutOf(c).position.waitingForGo) c.say('ready');
      else c.count(10);
    }
    if (workoutOf(c).position.waitingForGo) c.say('ready');
    c.count(8);
    const said = c.say(correction(9));
    expect(said.spoken).toMatch(/^Got it, 9 on the finisher, not 8\./);
    expect(workoutOf(c).workout.finisherReps).toBe(9);
  });

  it('in the test, once the second side is on: the first side takes the new number, and the gap uses it', () => {
    const c = inBaselineTest();
    c.count(9);
    const said = c.say(correction(11));
    expect(said.spoken).toMatch(/^Got it, 11 on the left, not 9\./);
    expect(said.spoken).toMatch(/How many perfect reps did you get on your right side\?$/);
    const result = c.count(13);
    expect(result.spoken).toMatch(/Left 11, right 13/);
    expect(c.doc.tests[0]).toMatchObject({ weakReps: 11, strongReps: 13 });
  });

  it('in the test, while the first side waits for go: the weight just set takes the new number', () => {
    const c = new Conversation();
    c.say('launch');
    c.say('yes');
    c.side('left');
    c.count(40);
    const said = c.say(correction(45));
    expect(said.spoken).toMatch(/^Got it, 45 pounds, not 40 pounds\./);
    expect(c.doc.activity).toMatchObject({ kind: 'test', weight: 45, waitingForGo: true });
  });

  it('after "make it 40" mid-workout: the weight takes the new number, and the set just logged keeps its count', () => {
    const c = askingFirstRowCount();
    c.count(10);
    c.weight(40);
    const question = lastSentence(c.last.spoken);
    const said = c.say(correction(45));
    expect(said.spoken).toMatch(/^Got it, 45 pounds, not 40 pounds\./);
    expect(lastSentence(said.spoken)).toEqual(question);
    expect(c.doc.weight).toBe(45);
    expect(workoutOf(c).workout.weight).toBe(45);
    expect(workoutOf(c).workout.sets).toEqual([{ exercise: 'row', set: 1, weak: 10, strong: 10, formLost: false }]);
    expect(c.doc.weightChanges.map((change) => change.to)).toEqual([35, 40, 45]);
  });

  it('after "make it 40", "no, 35" goes back to 35 and never becomes a count of 35 reps', () => {
    const c = askingFirstRowCount();
    c.count(10);
    c.weight(40);
    c.say('repeat');
    c.say(correction(35));
    expect(c.doc.weight).toBe(35);
    expect(workoutOf(c).workout.sets[0]?.weak).toBe(10);
  });

  it('once a count is said after the weight, a correction replaces the count again', () => {
    const c = askingFirstRowCount();
    c.count(10);
    c.weight(40);
    c.count(9);
    c.say(correction(11));
    expect(c.doc.weight).toBe(40);
    expect(workoutOf(c).workout.sets.map((set) => set.weak)).toEqual([10, 11]);
  });

  it('a weight set in an earlier session is not what a correction at the next launch replaces', () => {
    const c = askingFirstRowCount();
    c.weight(40);
    c.say('stop');
    c.later({ days: 2 }).say('launch');
    expect(c.doc.lastNumberFor).toBeNull();
    c.say(correction(45));
    expect(c.doc.weight).toBe(40);
  });

  it('to "was that eighty pounds?", "no, thirty five" is the weight meant', () => {
    const c = askingFirstRowCount();
    c.weight(80);
    expect(c.doc.pending?.kind).toBe('confirmWeight');
    c.say(correction(40));
    expect(c.doc.weight).toBe(40);
  });
});

describe('lengths of time for the carry', () => {
  it.each([
    ['a minute', 60],
    ['forty-five seconds', 45],
    ['forty five seconds', 45],
    ['a minute and a half', 90],
    ['one and a half minutes', 90],
    ['two minutes', 120],
    ['two minutes ten', 130],
    ['a minute fifteen seconds', 75],
    ['half a minute', 30],
    ['a full minute', 60],
    ['1:30', 90],
    ['90 seconds', 90],
  ])('reads %j as %d seconds', (said, seconds) => {
    expect(parseSpokenDuration(said)).toBe(seconds);
  });

  it.each([null, '', 'twelve', 'no idea', 'a half'])('finds no length of time in %j', (said) => {
    expect(parseSpokenDuration(said)).toBeNull();
  });

  it('leaves plain numbers to the number reader', () => {
    expect(parseSpokenNumber('twelve')).toBe(12);
    expect(parseSpokenNumber('a minute')).toBeNull();
  });

  it.each([
    ['a minute', 60],
    ['a minute and a half', 90],
    ['I held it for two minutes', 120],
    ['forty five seconds', 45],
    ['about a minute', 60],
  ])('"%s" logs the carry at %d seconds', async (said, seconds) => {
    const c = askingFirstCarry();
    c.say(await heard(said));
    if (c.document?.pending?.kind === 'confirmCount') c.say('yes');
    expect(workoutOf(c).workout.sets.filter((s) => s.exercise === 'carry').map((s) => s.weak)).toEqual([seconds]);
  });

  it('"no, a minute" corrects the carry just logged', async () => {
    const c = askingFirstCarry();
    c.count(40);
    c.say(await heard('no a minute'));
    expect(workoutOf(c).workout.sets.filter((s) => s.exercise === 'carry').map((s) => s.weak)).toEqual([60]);
  });
});

describe('"done" is read from where the driver is', () => {
  it('with a set under way: the set is over, and its count is asked for', () => {
    const c = askingFirstRowCount();
    const before = withoutBookkeeping(c.doc);
    const said = c.say('done');
    expect(said.spoken).toMatch(/How many reps did you get on your left side\?$/);
    expect(said.endSession).toBe(false);
    expect(withoutBookkeeping(c.doc)).toEqual(before);
  });

  it('with the next set waiting for go after a set: go on', () => {
    const c = askingFirstRowCount();
    c.count(10);
    c.say('stop');
    c.later({ minutes: 5 }).say('launch');
    c.say('yes');
    expect(workoutOf(c).position).toMatchObject({ set: 2, waitingForGo: true });
    const said = c.say('done');
    expect(workoutOf(c).position).toMatchObject({ set: 2, waitingForGo: false });
    expect(said.spoken).toMatch(/How many (reps did you get )?on (your )?(the )?left( side)?\?$/);
  });

  it('before the first set, it does not start one', () => {
    const c = new Conversation();
    onboard(c);
    c.say('yes');
    expect(workoutOf(c).position.waitingForGo).toBe(true);
    const said = c.say('done');
    expect(workoutOf(c).position.waitingForGo).toBe(true);
    expect(said.endSession).toBe(false);
  });

  it('in the test, with a side under way: its count is asked for', () => {
    const c = inBaselineTest();
    expect(c.say('done').spoken).toMatch(/How many perfect reps did you get on your left side\?$/);
  });

  it('during the setup\'s questions: goodbye, and the setup picks up where it was at the next launch', () => {
    const c = new Conversation();
    c.say('launch');
    expect(c.last.spoken).toMatch(/pounds\? Say yes, or say kilograms\.$/);
    const said = c.say('done');
    expect(said.endSession).toBe(true);
    expect(said.spoken).toMatch(/Goodbye|See you next time/);
    expect(c.later({ minutes: 30 }).say('launch').spoken).toMatch(/pounds\? Say yes, or say kilograms\.$/);
  });

  it('with nothing under way: goodbye', () => {
    const c = new Conversation();
    onboard(c);
    const said = c.say('done');
    expect(said.endSession).toBe(true);
    expect(said.spoken).toMatch(/Goodbye|See you next time/);
  });
});

describe('pain is heard first', () => {
  it('while a count is being confirmed: the exercise stops, and the question is dropped', () => {
    const c = askingFirstRowCount();
    c.count(12);
    c.count(30);
    expect(c.doc.pending?.kind).toBe('confirmCount');
    const said = c.say('pain');
    expect(said.spoken).toMatch(/^Stop the rows now\. Don't push through pain\./);
    expect(c.doc.pending?.kind).toBe('afterPain');
    expect(c.doc.painLog).toHaveLength(1);
  });

  it('right after a timed rest, mid-set', () => {
    const c = askingFirstRowCount();
    const rested = c.count(10);
    expect(rested.pauses.some((seconds) => seconds >= 10)).toBe(true);
    const said = c.say('pain');
    expect(said.spoken).toMatch(/Don't push through pain/);
    expect(c.doc.painLog).toHaveLength(1);
  });

  it('while deleting is being confirmed: nothing is deleted, and the pain is noted', () => {
    const c = askingFirstRowCount();
    c.say('deleteData');
    const said = c.say('pain');
    expect(said.deleteUser).toBe(false);
    expect(said.spoken).toMatch(/Don't push through pain/);
    expect(c.doc.pending?.kind).toBe('afterPain');
  });

  it('to "go on to the next exercise?", it still hurts: the workout ends', () => {
    const c = askingFirstRowCount();
    c.say('pain');
    const said = c.say('pain');
    expect(said.endSession).toBe(true);
    expect(said.spoken).toMatch(/we'll stop here for today/);
    expect(c.doc.activity).toBeNull();
  });

  it('to "is your back still hurting?", "it hurts" is a yes', () => {
    const c = askingFirstRowCount();
    c.say('pain');
    c.say('no');
    c.later({ days: 2 }).say('launch');
    expect(c.doc.pending?.kind).toBe('askBackFeeling');
    const said = c.say('pain');
    expect(said.spoken).toMatch(/we'll go light today/);
  });

  it('in first use, before anything else', () => {
    const c = new Conversation();
    const said = c.say('pain');
    expect(said.spoken).toMatch(/Don't train through pain/);
    expect(c.doc.painLog).toHaveLength(1);
  });

  it('from the cab: noted, with the advice, and no exercise', () => {
    const c = askingFirstRowCount();
    c.inVehicle();
    const said = c.say('pain');
    expect(said.spoken).toMatch(/When it's safe, pull over/);
    expect(said.spoken).toMatch(/see a physician/);
    expect(said.endSession).toBe(true);
    expect(c.doc.painLog).toEqual([expect.objectContaining({ during: 'row' })]);
    expect(c.doc.activity?.kind).toBe('workout');
  });
});
