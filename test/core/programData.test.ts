/**
 * Every number a rule depends on is program data, and the sentences that restate the program are built from it:
 * change the data and the coach's words (and rules) follow, with no change to the conversation code.
 */
import type * as ProgramModule from '../../src/core/program';
import type * as ConversationModule from '../../support/conversation';

type Program = typeof ProgramModule;

/** The conversation driver, loaded against a program changed by `change`. */
const withProgram = (change: (program: { PROGRAM: Program['PROGRAM']; EXERCISES: Program['EXERCISES'] }) => void): typeof ConversationModule => {
  let driver: typeof ConversationModule | undefined;
  jest.isolateModules(() => {
    const actual = jest.requireActual<Program>('../../src/core/program');
    const PROGRAM = structuredClone<Program['PROGRAM']>(actual.PROGRAM);
    const EXERCISES = structuredClone<Program['EXERCISES']>(actual.EXERCISES);
    change({ PROGRAM, EXERCISES });
    jest.doMock('../../src/core/program', () => ({
      ...actual,
      PROGRAM,
      EXERCISES,
      exerciseById: (id: ProgramModule.ExerciseId) => {
        const found = EXERCISES.find((e) => e.id === id);
        if (!found) throw new Error(`Unknown exercise ${id}`);
        return found;
      },
    }));
    driver = jest.requireActual<typeof ConversationModule>('../../support/conversation');
  });
  if (!driver) throw new Error('driver not loaded');
  return driver;
};

/** The program's data is `as const`; a test that changes it sets any value of the right kind. */
const set = (target: object, key: string, value: unknown): void => {
  (target as Record<string, unknown>)[key] = value;
};

afterEach(() => jest.resetModules());

it('four sets of rows are announced, coached and counted as four', () => {
  const { Conversation, onboard, doWorkout } = withProgram(({ EXERCISES }) => {
    set(EXERCISES[0]!, 'workingSets', 4);
  });
  const c = new Conversation();
  onboard(c);
  const turns = doWorkout(c, { rows: [10, 10, 10, 10] });
  expect(turns[0]?.spoken).toMatch(/Today: four sets of single-arm rows, then a finisher for your weak side/);
  expect(turns.some((t) => /Set 4 of 4, left side\./.test(t.spoken))).toBe(true);
  expect(c.doc.workouts[0]?.sets.filter((s) => s.exercise === 'row')).toHaveLength(4);
});

it('three qualifying workouts in a row are asked for, and said so', () => {
  const { Conversation, fastForward, doWorkout, QUALIFYING_PLAN } = withProgram(({ PROGRAM }) => {
    set(PROGRAM.progression, 'workoutsInARow', 3);
  });
  const c = fastForward(new Conversation(), { workouts: 1, plan: QUALIFYING_PLAN });
  expect(c.last.spoken).toMatch(/You hit 12 on every row set today\. Two more like it and the weight goes up\./);
  c.later({ days: 2 });
  expect(doWorkout(c, QUALIFYING_PLAN).pop()?.spoken).toMatch(/One more like it and the weight goes up\./);
  c.later({ days: 2 });
  expect(doWorkout(c, QUALIFYING_PLAN).pop()?.spoken).toMatch(/every row set three workouts in a row, so next workout the dumbbell goes up to 40 pounds\./);
  c.later({ days: 3 });
  expect(c.say('startWorkout').spoken).toMatch(/three workouts in a row, so today the dumbbell goes up to 40 pounds/);
  expect(c.doc.weight).toBe(40);
});

it('two workouts a week, with two rest days between them, are the schedule the coach keeps and says', () => {
  const { Conversation, fastForward } = withProgram(({ PROGRAM }) => {
    set(PROGRAM.schedule, 'workoutsPerWeek', 2);
    set(PROGRAM.schedule, 'daysBetweenWorkouts', 3);
  });
  const c = fastForward(new Conversation(), { workouts: 1 });
  const twoDaysLater = c.later({ days: 2 }).say('launch');
  expect(twoDaysLater.spoken).toMatch(/so two workouts a week, with at least two rest days between them\./);
  expect(twoDaysLater.spoken).toMatch(/your next workout can be tomorrow\./);
  c.say('no');
  expect(c.say('help').spoken).toMatch(/a one-sided back workout, two times a week/);
});

it('a 90-second rest leaves 60 seconds to time after a 30-second strong side, and the road tips follow the break data', () => {
  const { Conversation, onboard } = withProgram(({ PROGRAM }) => {
    set(PROGRAM, 'restSeconds', 90);
    set(PROGRAM.postureBreak, 'everyMinutes', [45, 60]);
    set(PROGRAM.postureBreak, 'pullAparts', 20);
  });
  const c = new Conversation();
  onboard(c);
  c.say('yes');
  c.say('ready');
  const counted = c.count(10);
  expect(counted.spoken).toMatch(/each side still gets its 90 seconds\. (Good\. )?Rest( for)? 60 seconds\./);
  const rest = counted.speech.find((s) => s.kind === 'pause' && s.purpose === 'rest');
  expect(rest?.kind === 'pause' && rest.total).toBeCloseTo(60, 0);
  c.say('breakReminders');
  // The program's 75-minute default falls outside these breaks' range: the nearest end of it is offered.
  expect(c.say({ type: 'driveLength', minutes: 240 }).spoken).toMatch(/A break every 60 minutes\. Is that good, or do you want them every 45 or every 60 minutes\?/);
  expect(c.say('yes').spoken).toMatch(/every 60 minutes, get out of the cab and do 20 band pull-aparts\./);
});

it('the baseline test suggests the dumbbell from the data, and retests after the data’s days', () => {
  const { Conversation, fastForward } = withProgram(({ PROGRAM }) => {
    set(PROGRAM.suggestedStartingWeight, 'lb', { men: [30, 45], women: [15, 20] });
    set(PROGRAM.test, 'retestAfterDays', 21);
  });
  const c = new Conversation();
  c.say('launch');
  c.say('yes');
  expect(c.side('left').spoken).toMatch(/30 to 45 pounds for most men, 15 to 20 for most women/);
  const done = fastForward(new Conversation(), {});
  expect(done.transcript.some((t) => /Your retest is on Monday, May 27\./.test(t.spoken))).toBe(true);
});
