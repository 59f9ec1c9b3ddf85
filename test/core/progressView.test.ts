/**
 * The reply's progress chart data: given when the driver asks how it is going and when a workout or test ends, never
 * otherwise; the weak side's reps in each working set of rows and the weight of each workout, the progression steps, and
 * every test's reps and gap, on local days.
 */
import { WORKOUTS_ON_CHART } from '../../src/core/progressView';
import { Conversation, doWorkout, fastForward, onboard } from '../../support/conversation';

describe('the progress chart in the reply', () => {
  it('comes with the baseline\'s result, with the test\'s reps and gap on the local day', () => {
    const c = new Conversation().at('2024-05-07T03:00:00Z'); // still Monday, May 6, in Chicago
    const result = onboard(c, { firstReps: 9, secondReps: 13 });
    expect(result.progress).toEqual({
      unit: 'lb',
      weakSide: 'left',
      workouts: [],
      tests: [{ kind: 'baseline', day: '2024-05-06', weakReps: 9, strongReps: 13, gapReps: 4, gapPercent: 31 }],
    });
  });

  it('is not given while a workout goes on, and comes at its end with the rows of each side', () => {
    const c = new Conversation();
    onboard(c);
    const turns = doWorkout(c, { rows: [10, 11, 12], finisher: 9 });
    expect(turns.slice(0, -1).every((t) => !t.progress)).toBe(true);
    expect(turns[turns.length - 1]?.progress?.workouts).toEqual([{ day: '2024-05-06', weakSets: [10, 11, 12], weight: 35, stepUp: false }]);
  });

  it('"how am I doing" shows it; a question with nothing to chart yet does not', () => {
    const fresh = new Conversation();
    fresh.say('launch');
    fresh.say('yes');
    expect(fresh.say('progress').progress).toBeNull();

    const c = fastForward(new Conversation(), { workouts: 2 });
    const asked = c.say('progress');
    expect(asked.progress?.workouts.map((w) => w.day)).toEqual(['2024-05-06', '2024-05-08']);
    expect(asked.progress?.tests).toHaveLength(1);
    expect(c.say('help').progress).toBeNull();
  });

  it('holds the latest workouts a screen has room for, oldest first', () => {
    const c = fastForward(new Conversation(), { workouts: WORKOUTS_ON_CHART + 2, everyDays: 3, plan: (i) => ({ rows: [8 + (i % 4), 10, 10] }) });
    const workouts = c.say('progress').progress?.workouts ?? [];
    expect(workouts).toHaveLength(WORKOUTS_ON_CHART);
    const stored = c.doc.workouts.slice(-WORKOUTS_ON_CHART);
    expect(workouts.map((w) => w.weakSets)).toEqual(stored.map((w) => w.sets.filter((s) => s.exercise === 'row').map((s) => s.weak)));
  });

  it('marks the workouts where the weight went up a progression step', () => {
    const c = fastForward(new Conversation(), { workouts: 3, plan: { rows: [12, 12, 12] } });
    const workouts = c.say('progress').progress?.workouts ?? [];
    expect(workouts.map((w) => [w.weight, w.stepUp])).toEqual([
      [35, false],
      [35, false],
      [40, true],
    ]);
  });
});
