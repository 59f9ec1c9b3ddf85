/** Progression: 12 reps on every working row set, weak side, good form, two workouts in a row → +5 lb (+2.5 kg). */
import { qualifies, qualifyingStreak } from '../../src/core/progression';
import type { WorkoutRecord } from '../../src/core/document';
import { Conversation, continueWorkout, doWorkout, fastForward, onboard, QUALIFYING_PLAN, workoutOf } from '../../support/conversation';

/** Two workouts two days apart, then the start of a third. */
const twoWorkoutsThenStart = (first: Parameters<typeof doWorkout>[1], second: Parameters<typeof doWorkout>[1], options: Parameters<typeof onboard>[1] = {}) => {
  const c = new Conversation();
  onboard(c, options);
  doWorkout(c, first);
  c.later({ days: 2 });
  const secondTurns = doWorkout(c, second);
  c.later({ days: 2 });
  const start = c.say('startWorkout');
  return { c, end: secondTurns[secondTurns.length - 1], start };
};

describe('progression', () => {
  it('adds 5 lb to the next workout after two workouts in a row with 12 on every row set, and says so', () => {
    const { c, end, start } = twoWorkoutsThenStart(QUALIFYING_PLAN, QUALIFYING_PLAN);
    expect(end!.spoken).toMatch(/You hit 12 on every row set two workouts in a row, so next workout the dumbbell goes up to 40 pounds\./);
    expect(start.spoken).toMatch(/today the dumbbell goes up to 40 pounds/);
    expect(start.spoken).toMatch(/single-arm dumbbell row, 40 pounds, left side first/);
    expect(c.doc.weight).toBe(40);
    expect(c.doc.weightChanges[c.doc.weightChanges.length - 1]).toEqual({ at: c.now, from: 35, to: 40, reason: 'progression' });
    const activity = workoutOf(c);
    expect(activity.workout.weight).toBe(40);
  });

  it('says after the first qualifying workout that one more earns the step, and does not change the weight yet', () => {
    const c = new Conversation();
    onboard(c);
    const turns = doWorkout(c, QUALIFYING_PLAN);
    expect(turns[turns.length - 1]!.spoken).toMatch(/One more like it and the weight goes up\./);
    c.later({ days: 2 });
    const start = c.say('startWorkout');
    expect(start.spoken).not.toMatch(/goes up/);
    expect(c.doc.weight).toBe(35);
  });

  it('counts more than 12 as hitting the target', () => {
    const { c } = twoWorkoutsThenStart({ rows: [13, 12, 15] }, { rows: [14, 12, 12] });
    expect(c.doc.weight).toBe(40);
  });

  it('steps up once, then needs two more qualifying workouts at the new weight', () => {
    const c = fastForward(new Conversation(), { workouts: 3, plan: QUALIFYING_PLAN });
    expect(c.doc.weight).toBe(40);
    // Monday, Wednesday, Friday, then Monday and Wednesday: never a fourth workout in seven days.
    c.later({ days: 3 });
    const start = c.say('startWorkout');
    expect(start.spoken).not.toMatch(/goes up/);
    expect(c.doc.weight).toBe(40);
    continueWorkout(c, QUALIFYING_PLAN);
    c.later({ days: 2 });
    c.say('startWorkout');
    expect(c.doc.weight).toBe(45);
    expect(c.doc.weightChanges.map((w) => [w.from, w.to, w.reason])).toEqual([
      [null, 35, 'test'],
      [35, 40, 'progression'],
      [40, 45, 'progression'],
    ]);
  });

  it('adds 2.5 kg for a kilogram user', () => {
    const { c, end, start } = twoWorkoutsThenStart(QUALIFYING_PLAN, QUALIFYING_PLAN, { units: 'kg', weight: 20 });
    expect(end!.spoken).toMatch(/goes up to 22\.5 kilos/);
    expect(start.spoken).toMatch(/today the dumbbell goes up to 22\.5 kilos/);
    expect(c.doc.weight).toBe(22.5);
    expect(c.doc.weightChanges[c.doc.weightChanges.length - 1]).toMatchObject({ from: 20, to: 22.5, reason: 'progression' });
  });

  it('is broken by 12, 12, 11', () => {
    const { c, end, start } = twoWorkoutsThenStart(QUALIFYING_PLAN, { rows: [12, 12, 11] });
    expect(end!.spoken).not.toMatch(/goes up/);
    expect(start.spoken).not.toMatch(/goes up/);
    expect(c.doc.weight).toBe(35);
    expect(c.doc.weightChanges.filter((w) => w.reason === 'progression')).toEqual([]);
  });

  it('is broken by a non-qualifying workout in between', () => {
    const c = fastForward(new Conversation(), {
      workouts: 3,
      plan: (i) => (i === 1 ? { rows: [12, 11, 12] } : QUALIFYING_PLAN),
    });
    c.later({ days: 2 });
    c.say('startWorkout');
    expect(c.doc.weight).toBe(35);
  });

  it('is broken by a set the user says lost form', () => {
    const c = new Conversation();
    onboard(c);
    doWorkout(c, QUALIFYING_PLAN);
    c.later({ days: 2 });
    c.say('startWorkout');
    c.say('ready');
    c.count(12);
    const lost = c.say('lostForm');
    expect(lost.spoken).toMatch(/set 2 of rows won't count toward a weight increase/);
    continueWorkout(c, QUALIFYING_PLAN);
    expect(c.doc.workouts[1]!.sets[1]).toMatchObject({ exercise: 'row', set: 2, weak: 12, formLost: true });
    expect(c.last.spoken).not.toMatch(/goes up/);
    c.later({ days: 2 });
    const start = c.say('startWorkout');
    expect(start.spoken).not.toMatch(/goes up/);
    expect(c.doc.weight).toBe(35);
  });

  it('"I lost form" said right after the finisher does not mark the third working set', () => {
    // The finisher is not a working set and does not count toward progression; the user's remark is about
    // it, yet the coach answers "set 3 of rows won't count" and marks row set 3, breaking the streak.
    const c = new Conversation();
    onboard(c);
    c.say('yes');
    c.say('ready');
    c.count(12);
    c.count(12);
    c.count(12);
    c.count(9); // the finisher
    const said = c.say('lostForm');
    expect(said.spoken).not.toMatch(/set 3 of rows/);
    const activity = workoutOf(c);
    expect(activity.workout.sets.filter((s) => s.exercise === 'row').map((s) => s.formLost)).toEqual([false, false, false]);
  });

  it('is dictated by the weak side alone: the strong side never needs to reach 12, and its reps never count', () => {
    const set = (weak: number, strong: number) => ({ exercise: 'row' as const, set: 1, weak, strong, formLost: false });
    expect(qualifies({ sets: [set(12, 10), { ...set(12, 9), set: 2 }, { ...set(12, 8), set: 3 }] })).toBe(true);
    expect(qualifies({ sets: [set(11, 15), { ...set(12, 15), set: 2 }, { ...set(12, 15), set: 3 }] })).toBe(false);
    // the other exercises do not matter either
    expect(
      qualifies({
        sets: [set(12, 12), { ...set(12, 12), set: 2 }, { ...set(12, 12), set: 3 }, { exercise: 'pulldown', set: 1, weak: 5, strong: 5, formLost: false }],
      }),
    ).toBe(true);
  });

  it('needs all three working row sets (a workout stopped after two sets does not count)', () => {
    const sets = [12, 12].map((weak, i) => ({ exercise: 'row' as const, set: i + 1, weak, strong: weak, formLost: false }));
    expect(qualifies({ sets })).toBe(false);
  });

  it('counts the streak only at the current weight', () => {
    const record = (weight: number): WorkoutRecord => ({
      startedAt: '2024-05-06T14:00:00.000Z',
      finishedAt: '2024-05-06T14:20:00.000Z',
      completed: true,
      weight,
      unit: 'lb',
      weakSide: 'left',
      sets: [1, 2, 3].map((s) => ({ exercise: 'row' as const, set: s, weak: 12, strong: 12, formLost: false })),
      finisherReps: 9,
      skipped: [],
      stoppedForPain: [],
    });
    expect(qualifyingStreak([record(35), record(40)], 40, 'lb')).toBe(1);
    expect(qualifyingStreak([record(40), record(40)], 40, 'lb')).toBe(2);
  });

  it('lets the pulldowns and carries vary without affecting it', () => {
    const { c } = twoWorkoutsThenStart({ rows: [12, 12, 12], pulldown: [6, 5], carry: [20, 15] }, { rows: [12, 12, 12], pulldown: [7, 6], carry: [25, 20] });
    expect(c.doc.weight).toBe(40);
  });

  it('announces at the end of the second qualifying workout the same weight the next workout then uses (18 kg user)', () => {
    // 18 kg is the coach's own suggestion for most men. 18 + 2.5 is announced as 20.5 kilos, but the next
    // workout rounds to the 2.5 kg grid and uses 20 kilos: the user hears two different weights.
    const { c, end, start } = twoWorkoutsThenStart(QUALIFYING_PLAN, QUALIFYING_PLAN, { units: 'kg', weight: 18 });
    const announced = end!.spoken.match(/goes up to ([\d.]+) kilos/)?.[1];
    const applied = start.spoken.match(/today the dumbbell goes up to ([\d.]+) kilos/)?.[1];
    expect(announced).toBeDefined();
    expect(applied).toBeDefined();
    expect(Number(applied)).toBe(c.doc.weight);
    expect(announced).toBe(applied);
  });
});

it('the launch after an earned step up names today\'s heavier dumbbell before the driver picks one up', () => {
  const c = fastForward(new Conversation(), { workouts: 2, plan: QUALIFYING_PLAN });
  const launch = c.later({ days: 2 }).say('launch');
  expect(launch.spoken).toMatch(/you've earned a heavier dumbbell: 40 pounds for your rows, up from 35 pounds\. Ready to start your workout\?$/);
  expect(launch.spoken).not.toMatch(/with 35 pounds/);
  const start = c.say('yes');
  expect(start.spoken).toMatch(/Set 1 of 3: single-arm dumbbell row, 40 pounds/);
});
