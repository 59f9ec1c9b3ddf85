/** Numbers as users say them, bad counts re-asked with nothing stored, and far-off counts confirmed first. */
import { parseSpokenNumber } from '../../src/core/numbers';
import { Conversation, continueWorkout, lastSentence, onboard, withoutBookkeeping, workoutOf, inBaselineTest } from '../../support/conversation';

describe('parseSpokenNumber', () => {
  it.each([
    ['twelve', 12],
    ['12', 12],
    ['I got twelve', 12],
    ['twelve reps', 12],
    ['forty-five', 45],
    ['forty five seconds', 45],
    ['a hundred and twenty', 120],
    ['one hundred twenty', 120],
    ['fifteen', 15],
    ['fifty', 50],
    ['zero', 0],
    ['I did 9', 9],
    ['  Twelve  ', 12],
  ])('reads %j as %d', (said, value) => {
    expect(parseSpokenNumber(said)).toBe(value);
  });

  it('reads a word count and a digit count the same', () => {
    expect(parseSpokenNumber('thirteen')).toBe(parseSpokenNumber('13'));
  });

  it('passes numbers through', () => {
    expect(parseSpokenNumber(12)).toBe(12);
    expect(parseSpokenNumber(Number.NaN)).toBeNull();
  });

  it('keeps a negative value so that it can be refused', () => {
    expect(parseSpokenNumber('-3')).toBe(-3);
    expect(parseSpokenNumber('minus three')).toBe(-3);
  });

  it.each([null, undefined, '', '?', 'no idea', 'for'])('finds no number in %j', (said) => {
    expect(parseSpokenNumber(said)).toBeNull();
  });
});

/** Row set 1 under way: the coach asks for the weak side's count (nothing timed before it). */
const askingFirstRowCount = () => {
  const c = new Conversation();
  onboard(c);
  c.say('yes');
  c.say('ready');
  return c;
};

/** Carry set 1 under way: the coach asks for the seconds. */
const askingFirstCarry = () => {
  const c = new Conversation();
  onboard(c);
  c.say('yes');
  for (let i = 0; i < 30; i++) {
    const a = workoutOf(c);
    if (a.position.exercise === 'carry') break;
    if (a.position.waitingForGo) c.say('ready');
    else c.count(a.position.step === 'finisher' ? 9 : 10);
  }
  c.say('repeat');
  c.say('ready');
  return c;
};

describe('a count the coach cannot take', () => {
  it.each([
    ['zero', 0, /Zero doesn't sound right/],
    ['a negative number', -3, /doesn't sound right/],
    ['41 reps', 41, /More than 40 reps sounds like I misheard/],
    ['nothing understood', null, /didn't catch the number/],
    ['a fraction', 12.5, /whole number/],
  ])('%s: says what is wrong, asks again, and stores nothing', (_name, value, problem) => {
    const c = askingFirstRowCount();
    const before = withoutBookkeeping(c.doc);
    const said = c.count(value);
    expect(said.spoken).toMatch(problem);
    expect(said.spoken).toMatch(/How many reps did you get on your left side\?$/);
    expect(said.endSession).toBe(false);
    expect(withoutBookkeeping(c.doc)).toEqual(before);
  });

  it('301 seconds for a carry: says what is wrong, asks again, and stores nothing', () => {
    const c = askingFirstCarry();
    expect(c.last.spoken).toMatch(/How many seconds did you carry it in your left hand\?$/);
    const before = withoutBookkeeping(c.doc);
    const said = c.count(301);
    expect(said.spoken).toMatch(/More than 300 seconds sounds like I misheard/);
    expect(said.spoken).toMatch(/How many seconds did you carry it in your left hand\?$/);
    expect(withoutBookkeeping(c.doc)).toEqual(before);
  });

  it('in the test, zero suggests a lighter dumbbell and stores nothing', () => {
    const c = inBaselineTest();
    const before = withoutBookkeeping(c.doc);
    const said = c.count(0);
    expect(said.spoken).toMatch(/pick a lighter dumbbell/);
    expect(said.spoken).toMatch(/How many perfect reps did you get on your left side\?$/);
    expect(withoutBookkeeping(c.doc)).toEqual(before);
  });

  it('a number with nothing asked says so', () => {
    const c = new Conversation();
    onboard(c);
    c.say('no');
    const before = withoutBookkeeping(c.doc);
    const said = c.count(12);
    expect(said.spoken).toMatch(/not sure what that number is for/);
    expect(withoutBookkeeping(c.doc)).toEqual(before);
  });

  it('the good count after a bad one is stored as usual', () => {
    const c = askingFirstRowCount();
    c.count(0);
    c.count(11);
    const a = workoutOf(c);
    expect(a.workout.sets).toEqual([{ exercise: 'row', set: 1, weak: 11, strong: 11, formLost: false }]);
  });
});

describe('a count far from the previous one', () => {
  /** Row set 1 logged at 12: set 2 is under way. */
  const afterTwelve = () => {
    const c = askingFirstRowCount();
    c.count(12);
    return c;
  };
  const rowSets = (c: Conversation) => {
    const a = workoutOf(c);
    return a.workout.sets.map((s) => s.weak);
  };

  it('is confirmed before it is stored (30 after 12)', () => {
    const c = afterTwelve();
    const said = c.count(30);
    expect(said.spoken).toMatch(/Did you say 30\?/);
    expect(said.spoken).toMatch(/big change from 12/);
    expect(said.repromptText).toMatch(/Was that 30\?/);
    expect(rowSets(c)).toEqual([12]);
    expect(c.doc.pending).toEqual({ kind: 'confirmCount', value: 30 });
  });

  it('the confirmation ends with its question, not with a remark after it', () => {
    // "Did you say 30? That is a big change from 12." leaves the user on a statement: the open reply
    // must end with the question (e.g. "That is a big change from 12. Did you say 30?").
    const c = afterTwelve();
    const said = c.count(30);
    expect(lastSentence(said.texts[said.texts.length - 1]!)).toMatch(/\?$/);
  });

  it('"no" asks for the number again and stores nothing', () => {
    const c = afterTwelve();
    c.count(30);
    const no = c.say('no');
    expect(no.spoken).toMatch(/what was the number\?$/);
    expect(rowSets(c)).toEqual([12]);
    expect(c.doc.pending).toBeNull();
    c.count(13);
    expect(rowSets(c)).toEqual([12, 13]);
  });

  it('"yes" stores it and counts the strong side to it', () => {
    const c = afterTwelve();
    c.count(30);
    const yes = c.say('yes');
    expect(rowSets(c)).toEqual([12, 30]);
    expect(yes.spoken).toMatch(/exactly 30, then stop/);
  });

  it('a different number instead of yes or no is taken as the corrected count', () => {
    const c = afterTwelve();
    c.count(30);
    c.count(13);
    expect(rowSets(c)).toEqual([12, 13]);
    expect(c.doc.pending).toBeNull();
  });

  it('a near count is stored straight away', () => {
    const c = afterTwelve();
    const said = c.count(14);
    expect(said.spoken).not.toMatch(/Did you say/);
    expect(rowSets(c)).toEqual([12, 14]);
  });

  it('"fifty" after "fifteen" on a carry is confirmed', () => {
    const c = askingFirstCarry();
    c.count(15);
    if (c.doc.activity?.kind === 'workout' && c.doc.activity.position.waitingForGo) c.say('ready');
    const said = c.count(50);
    expect(said.spoken).toMatch(/Did you say 50\?/);
    expect(said.spoken).toMatch(/big change from 15/);
    const a = workoutOf(c);
    expect(a.workout.sets.filter((s) => s.exercise === 'carry').map((s) => s.weak)).toEqual([15]);
    c.say('yes');
    expect(c.doc.workouts[0]!.sets.filter((s) => s.exercise === 'carry').map((s) => s.weak)).toEqual([15, 50]);
  });

  it('is compared with the same set of the last workout at the start of a workout', () => {
    const c = new Conversation();
    onboard(c);
    c.say('yes');
    continueWorkout(c, { rows: [12, 12, 12] });
    c.later({ days: 2 });
    c.say('startWorkout');
    c.say('ready');
    const said = c.count(30);
    expect(said.spoken).toMatch(/Did you say 30\?/);
    expect(said.spoken).toMatch(/big change from 12/);
  });

  it('in the test, a second side far from the first is confirmed', () => {
    const c = inBaselineTest();
    c.count(6);
    const said = c.count(15);
    expect(said.spoken).toMatch(/Did you say 15\?/);
    expect(said.spoken).toMatch(/big change from 6/);
    expect(c.doc.tests).toEqual([]);
    c.say('yes');
    expect(c.doc.tests[0]).toMatchObject({ weakReps: 6, strongReps: 15 });
  });
});
