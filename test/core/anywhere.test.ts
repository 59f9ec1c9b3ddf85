/** What a user can say at any point: pause/resume, repeat, skip, help, stop, progress, what's next, weight, side, why, pain, form, delete. */
import { Conversation, continueWorkout, fastForward, MONDAY_MORNING, onboard, withoutBookkeeping, workoutOf, inBaselineTest } from '../../support/conversation';
import { eventForIntentName } from '../../src/model/intentEvents';
import { sharedNlu } from '../../src/nlu/sharedNlu';

/** After the baseline, a workout started and waiting for "go" on row set 1. */
const waitingForFirstSet = () => {
  const c = new Conversation();
  onboard(c);
  c.say('yes');
  return c;
};

/** Row set 1 under way: the coach asks for the weak side's count. */
const inFirstSet = () => {
  const c = waitingForFirstSet();
  c.say('ready');
  return c;
};

/** Row set 1 logged: the reply rested and started set 2, and asks for its count. */
const inSecondSet = () => {
  const c = inFirstSet();
  c.count(10);
  return c;
};

describe('pause and resume', () => {
  it('pause holds the workout and asks to say resume; resume picks up the same set', () => {
    const c = inSecondSet();
    const paused = c.say('pause');
    expect(paused.spoken).toMatch(/^Paused\./);
    expect(paused.spoken).toMatch(/Say resume when you're ready to go on\.$/);
    expect(workoutOf(c).paused).toBe(true);
    const resumed = c.say('resume');
    expect(resumed.spoken).toMatch(/Set 2 of 3: single-arm dumbbell row, 35 pounds, left side first/);
    expect(resumed.spoken).toMatch(/Say go when you're set\.$/);
    expect(workoutOf(c)).toMatchObject({ paused: false, position: { exercise: 'row', set: 2, waitingForGo: true } });
    expect(workoutOf(c).workout.sets).toHaveLength(1);
  });

  it('while paused, anything else keeps asking to resume', () => {
    const c = inSecondSet();
    c.say('pause');
    const help = c.say('help');
    expect(help.spoken).toMatch(/Say resume when you're ready to go on\.$/);
  });

  it('resume with nothing paused says so', () => {
    const c = new Conversation();
    fastForward(c);
    const said = c.say('resume');
    expect(said.spoken).toMatch(/nothing paused/);
  });

  it('pause with nothing under way says there is nothing to pause, not "Paused", so a later "I\'m back" is not a surprise', () => {
    const c = new Conversation();
    fastForward(c);
    const said = c.say('pause');
    expect(said.spoken).toMatch(/nothing under way to pause/);
    expect(said.spoken).not.toMatch(/Paused/);
  });

  it('"hold on" at a yes/no question with no workout under way gives time and keeps the question, so the "yes" after it answers it', () => {
    const c = new Conversation();
    onboard(c);
    const said = c.say('pause');
    expect(said.spoken).toMatch(/^Take your time\. .*start your workout\?$/);
    expect(c.doc.pending).toEqual({ kind: 'offerWorkout' });
    c.say('yes');
    expect(c.doc.activity?.kind).toBe('workout');
  });
});

describe('repeat', () => {
  it('repeats the last question in full, without the rest and count that came before it', () => {
    const c = inSecondSet();
    const question = c.last.texts[c.last.texts.length - 1];
    expect(question).toBe('How many on the left?');
    const said = c.say('repeat');
    expect(said.spoken).toBe('How many reps did you get on your left side?');
    expect(said.pauses).toEqual([]);
    const after = workoutOf(c);
    expect(after.workout).toEqual(said.before?.activity?.kind === 'workout' ? said.before.activity.workout : null);
    expect(after.position).toMatchObject({ exercise: 'row', set: 2, step: 'weak', waitingForGo: false });
    expect(c.doc.pending).toBeNull();
  });

  it('repeats a yes/no question and keeps it pending', () => {
    const c = new Conversation();
    onboard(c);
    const said = c.say('repeat');
    expect(said.spoken).toBe('Do you want to start your first workout now?');
    expect(c.doc.pending).toEqual({ kind: 'offerWorkout' });
    c.say('yes');
    expect(c.doc.activity?.kind).toBe('workout');
  });

  it('repeats the units question during first use', () => {
    const c = new Conversation();
    c.say('launch');
    expect(c.say('repeat').spoken).toMatch(/^Should I count your weights in pounds\?/);
  });
});

describe('skip', () => {
  it('skips the current exercise, logs it in skipped, and moves to the next', () => {
    const c = waitingForFirstSet();
    const said = c.say('skip');
    expect(said.spoken).toMatch(/Skipping the rows\./);
    expect(said.spoken).toMatch(/Set 1 of 2: single-arm band pulldown/);
    expect(workoutOf(c).workout.skipped).toEqual(['row']);
    expect(workoutOf(c).position).toMatchObject({ exercise: 'pulldown', set: 1 });
    continueWorkout(c);
    expect(c.doc.workouts[0]).toMatchObject({ skipped: ['row'], finisherReps: null, completed: true });
    expect(c.doc.workouts[0]!.sets.some((s) => s.exercise === 'row')).toBe(false);
  });

  it('skips the exercise in the middle of its sets, keeping the sets already done', () => {
    const c = new Conversation();
    onboard(c);
    c.say('yes');
    continueUntil(c, 'pulldown', 2);
    c.say('repeat'); // not right after a rest any more
    const said = c.say('skip');
    expect(said.spoken).toMatch(/Skipping the band pulldowns\./);
    expect(said.spoken).toMatch(/suitcase carr/);
    expect(workoutOf(c).workout.skipped).toEqual(['pulldown']);
    expect(workoutOf(c).workout.sets.filter((s) => s.exercise === 'pulldown')).toHaveLength(1);
  });

  it('right after a rest, skips the rest instead and starts the next set', () => {
    const c = new Conversation();
    onboard(c);
    c.say('yes');
    continueUntil(c, 'pulldown', 1);
    // the finisher's reply set up the pulldowns, timed a rest and started their first set
    expect(c.last.spoken).toMatch(/Next: band pulldowns\. Anchor the band overhead\. .*10 seconds\. Set 1 of 2: single-arm band pulldown/);
    const said = c.say('skip');
    expect(said.spoken).toMatch(/^Skipping the rest\./);
    expect(said.spoken).toMatch(/Set 1 of 2: single-arm band pulldown/);
    expect(said.spoken).toMatch(/^Skipping the rest\..*Go\./);
    expect(workoutOf(c).workout.skipped).toEqual([]);
    expect(workoutOf(c).position).toMatchObject({ exercise: 'pulldown', set: 1, waitingForGo: false });
  });

  it('"skip the rest" said outright skips the rest', () => {
    const c = inSecondSet();
    const said = c.say('skipRest');
    expect(said.spoken).toMatch(/^Skipping the rest\./);
    expect(workoutOf(c).workout.skipped).toEqual([]);
    expect(workoutOf(c).position).toMatchObject({ exercise: 'row', set: 2 });
  });

  it('"skip the rest" at a set\'s count with no rest just timed says there is nothing to skip; the set is not started again', () => {
    const c = inSecondSet();
    c.say({ type: 'whatWeight', unit: null });
    const said = c.say('skipRest');
    expect(said.spoken).toMatch(/^There is nothing to skip right now\./);
    expect(said.spoken).not.toMatch(/Go\./);
    expect(said.spoken).toMatch(/How many .*left/);
    c.count(9);
    expect(workoutOf(c).workout.sets.at(-1)).toMatchObject({ exercise: 'row', set: 2, weak: 9, strong: 9 });
  });

  it('"skip the rest" between the baseline test\'s sides starts the strong side now; nothing is lost', () => {
    const c = inBaselineTest();
    c.count(10);
    const said = c.say('skipRest');
    expect(said.spoken).toMatch(/^Skipping the rest\. Now your right side, as many perfect reps as you can\. Go\./);
    expect(said.spoken).toMatch(/How many perfect reps did you get on your right side\?$/);
    expect(c.doc.activity).toMatchObject({ kind: 'test', step: 'strong', weakReps: 10 });
    c.count(13);
    expect(c.doc.tests[0]).toMatchObject({ weakReps: 10, strongReps: 13 });
  });

  it('"skip the rest" before the test has a rest to skip says there is nothing to skip', () => {
    const c = inBaselineTest();
    expect(c.say('skipRest').spoken).toBe(
      'There is nothing to skip right now. How many perfect reps did you get on your left side?',
    );
    expect(c.doc.activity).toMatchObject({ kind: 'test', step: 'weak', weakReps: null });
  });

  it('skipping the last exercise ends the workout', () => {
    const c = new Conversation();
    onboard(c);
    c.say('yes');
    continueUntil(c, 'carry', 1);
    c.say('repeat');
    const said = c.say('skip');
    expect(said.endSession).toBe(true);
    expect(c.doc.workouts[0]).toMatchObject({ skipped: ['carry'], completed: true });
  });

  it('outside a workout there is nothing to skip', () => {
    const c = fastForward(new Conversation());
    expect(c.say('skip').spoken).toMatch(/nothing to skip/);
  });

  it('the test cannot be skipped', () => {
    const c = new Conversation();
    c.say('launch');
    c.say('yes');
    c.side('left');
    expect(c.say('skip').spoken).toMatch(/needs both sides/);
    expect(c.doc.activity?.kind).toBe('test');
  });
});

describe('help', () => {
  it('differs in a workout and outside one, and keeps the question open', () => {
    const c = inSecondSet();
    const inWorkout = c.say('help');
    expect(inWorkout.spoken).toMatch(/just say your count/);
    expect(inWorkout.spoken).toMatch(/pause, skip, repeat/);
    expect(inWorkout.spoken).toMatch(/How many reps did you get on your left side\?$/);
    const idle = fastForward(new Conversation()).say('help');
    expect(idle.spoken).toMatch(/start my workout/);
    expect(idle.spoken).toMatch(/delete my data/);
    expect(idle.spoken).not.toEqual(inWorkout.spoken);
    expect(idle.endSession).toBe(false);
  });
});

describe('stop', () => {
  it('mid-set saves the workout with the time it stopped, and ends the session', () => {
    const c = inSecondSet();
    const said = c.say('stop');
    expect(said.endSession).toBe(true);
    expect(said.spoken).toMatch(/saved your place: single-arm dumbbell row, set 2/);
    expect(workoutOf(c).stoppedAt).toBe(c.now);
    expect(workoutOf(c).workout.sets).toHaveLength(1);
  });

  it('the next launch offers to resume where it stopped; yes resumes the same exercise and set', () => {
    const c = inSecondSet();
    c.say('stop');
    const launch = c.later({ hours: 2 }).say('launch');
    expect(launch.spoken).toMatch(/You stopped your workout earlier today at single-arm dumbbell row, set 2 of 3\. Do you want to pick up where you left off\?$/);
    const yes = c.say('yes');
    expect(yes.spoken).toMatch(/Set 2 of 3: single-arm dumbbell row/);
    expect(workoutOf(c)).toMatchObject({ stoppedAt: null, position: { exercise: 'row', set: 2, waitingForGo: true } });
    continueWorkout(c);
    expect(c.doc.workouts).toHaveLength(1);
    expect(c.doc.workouts[0]!.completed).toBe(true);
    expect(c.doc.workouts[0]!.sets.filter((s) => s.exercise === 'row').map((s) => s.set)).toEqual([1, 2, 3]);
  });

  it('"no" archives the workout as not completed, keeping what was done', () => {
    const c = inSecondSet();
    c.say('stop');
    c.later({ hours: 2 }).say('launch');
    const no = c.say('no');
    expect(no.spoken).toMatch(/put that workout away/);
    expect(c.doc.activity).toBeNull();
    expect(c.doc.workouts).toHaveLength(1);
    // kept with the time it stopped
    expect(c.doc.workouts[0]).toMatchObject({ completed: false, finishedAt: MONDAY_MORNING });
    expect(c.doc.workouts[0]!.sets).toEqual([{ exercise: 'row', set: 1, weak: 10, strong: 10, formLost: false }]);
  });

  it('a stop at the finisher resumes at the finisher', () => {
    const c = inFirstSet();
    c.count(10);
    c.count(10);
    c.count(10);
    c.say('stop');
    const launch = c.at('2024-05-07T14:00:00Z').say('launch');
    expect(launch.spoken).toMatch(/You stopped your workout yesterday just before the row finisher/);
    const yes = c.say('yes');
    expect(yes.spoken).toMatch(/Finisher: your left side only/);
  });

  it('a dropped session is resumable too', () => {
    const c = inSecondSet();
    c.say('sessionEnded');
    expect(workoutOf(c).stoppedAt).toBe(c.now);
    const launch = c.later({ minutes: 5 }).say('launch');
    expect(launch.spoken).toMatch(/pick up where you left off\?$/);
  });

  it('after declining to resume a workout stopped yesterday, does not offer a workout it will then refuse', () => {
    const c = inSecondSet();
    c.say('stop');
    c.at('2024-05-07T14:00:00Z').say('launch');
    const no = c.say('no');
    // "Today is a workout day ... Ready to start your workout?" followed, on "yes", by
    // "You trained yesterday ... Today is a rest day" contradicts itself.
    if (c.doc.pending?.kind === 'offerWorkout') {
      const yes = c.say('yes');
      expect(yes.spoken).not.toMatch(/rest day/);
      expect(c.doc.activity?.kind).toBe('workout');
    } else {
      expect(no.spoken).not.toMatch(/workout day/);
    }
  });
});

describe('how am I doing', () => {
  it('gives the baseline gap and the number of workouts, and says the first two weeks feel wrong with no progress yet', () => {
    const c = fastForward(new Conversation(), { workouts: 2 });
    const said = c.later({ days: 1 }).say('progress');
    expect(said.spoken).toMatch(/Your baseline gap was 4 reps, 31 percent, on Monday, May 6\./);
    expect(said.spoken).toMatch(/You've done 2 workouts so far, 2 in the last 7 days\. You're rowing 35 pounds\./);
    expect(said.spoken).toMatch(/first two weeks will feel wrong/);
    expect(said.spoken).toMatch(/next retest is on Wednesday, June 5/);
    expect(said.endSession).toBe(false);
  });

  it('with no baseline yet, says there is nothing to compare', () => {
    const c = new Conversation();
    c.say('launch');
    c.say('yes');
    const said = c.say('progress');
    expect(said.spoken).toMatch(/haven't done your baseline test yet/);
    expect(said.spoken).toMatch(/left or right\?$/);
  });

  it('after a retest that closed the gap, gives the latest gap and skips the expectations talk', () => {
    const c = fastForward(new Conversation());
    c.at('2024-06-05T14:00:00Z').say('launch');
    c.say('yes');
    c.count(35);
    c.say('ready');
    c.count(11);
    c.count(13);
    c.say('no');
    const said = c.say('progress');
    expect(said.spoken).toMatch(/latest retest shows 2 reps, 15 percent/);
    expect(said.spoken).not.toMatch(/first two weeks/);
  });

  it('after a retest with no progress, says progress is not linear', () => {
    const c = fastForward(new Conversation());
    c.at('2024-06-05T14:00:00Z').say('launch');
    c.say('yes');
    c.count(35);
    c.say('ready');
    c.count(9);
    c.count(13);
    c.say('no');
    const said = c.say('progress');
    expect(said.spoken).toMatch(/latest retest shows 4 reps/);
    expect(said.spoken).toMatch(/progress won't be a straight line/);
  });

  it('mid-workout it answers, then asks for the count again', () => {
    const c = inSecondSet();
    const said = c.say('progress');
    expect(said.spoken).toMatch(/Your baseline gap was 4 reps/);
    expect(said.spoken).toMatch(/How many reps did you get on your left side\?$/);
    expect(workoutOf(c).workout.sets).toHaveLength(1);
  });

  it('after one qualifying workout, says one more raises the weight', () => {
    const c = fastForward(new Conversation(), { workouts: 1, plan: { rows: [12, 12, 12] } });
    expect(c.say('progress').spoken).toMatch(/one more like it and the weight goes up/);
  });
});

describe("what's next", () => {
  it('while the weak side\'s count is asked, says the set under way and that the strong side matches it, then the exercise after it', () => {
    const c = inSecondSet();
    const said = c.say('whatsNext');
    expect(said.spoken).toMatch(/^Now: single-arm dumbbell row, set 2 of 3, left side first\. Your right side does exactly as many reps as your left side just did: tell me that count, and I count them out\. After that: band pulldowns\./);
    expect(said.spoken).toMatch(/How many reps did you get on your left side\?$/);
    expect(workoutOf(c).position).toMatchObject({ exercise: 'row', set: 2, waitingForGo: false });
  });

  it('before a set is started, names it with the reps to aim for', () => {
    const c = inSecondSet();
    c.say('pause');
    c.say('resume');
    const said = c.say('whatsNext');
    expect(said.spoken).toMatch(/^Next up: single-arm dumbbell row, set 2 of 3, left side\. Aim for 12 perfect reps\. After that: band pulldowns\./);
  });

  it('at the finisher says the finisher, weak side only', () => {
    const c = inFirstSet();
    c.count(10);
    c.count(10);
    c.count(10);
    expect(c.say('whatsNext').spoken).toMatch(/Next up: the finisher, left side only\./);
  });

  it('at the carries says it is the last thing', () => {
    const c = new Conversation();
    onboard(c);
    c.say('yes');
    continueUntil(c, 'carry', 2);
    expect(c.say('whatsNext').spoken).toMatch(/suitcase carry, set 2 of 2.*That is the last thing in today's workout\./);
  });

  it('outside a workout names the next workout day in the user\'s zone', () => {
    const c = fastForward(new Conversation(), { workouts: 1 });
    expect(c.say('whatsNext').spoken).toMatch(/Your next workout can be on Wednesday\./);
    expect(c.at('2024-05-08T14:00:00Z').say('whatsNext').spoken).toMatch(/Your next workout can be today\./);
  });
});

describe('change the weight', () => {
  it('"make it 40 pounds" stores the weight and says it back', () => {
    const c = fastForward(new Conversation());
    const said = c.weight(40, 'lb');
    expect(said.spoken).toMatch(/Okay, 40 pounds from now on\./);
    expect(c.doc.weight).toBe(40);
    expect(c.doc.weightChanges[c.doc.weightChanges.length - 1]).toEqual({ at: c.now, from: 35, to: 40, reason: 'user' });
  });

  it('mid-workout it applies to the workout in progress and the workout goes on', () => {
    const c = waitingForFirstSet();
    const said = c.weight(30, 'lb');
    expect(said.spoken).toMatch(/Okay, 30 pounds from now on\./);
    expect(said.spoken).toMatch(/Set 1 of 3: single-arm dumbbell row, 30 pounds/);
    expect(workoutOf(c).workout.weight).toBe(30);
    continueWorkout(c);
    expect(c.doc.workouts[0]!.weight).toBe(30);
  });

  it('converts a kilogram weight for a pounds user', () => {
    const c = fastForward(new Conversation());
    const said = c.weight(20, 'kg');
    expect(said.spoken).toMatch(/20 kilos is about 45 pounds\./);
    expect(c.doc.weight).toBe(45);
    expect(c.doc.units).toBe('lb');
  });

  it('confirms a huge jump before storing it; "yes" stores it', () => {
    const c = fastForward(new Conversation());
    const said = c.weight(100, 'lb');
    expect(said.spoken).toMatch(/That's a big change from 35 pounds\. Did you say 100 pounds\?$/);
    expect(c.doc.weight).toBe(35);
    c.say('yes');
    expect(c.doc.weight).toBe(100);
  });

  it('"no" to the confirmation keeps the weight and asks for it again', () => {
    const c = fastForward(new Conversation());
    c.weight(100, 'lb');
    const no = c.say('no');
    expect(no.spoken).toMatch(/What weight do you want to use\?$/);
    expect(c.doc.weight).toBe(35);
    c.count(40);
    expect(c.doc.weight).toBe(40);
  });

  it('"change the weight" with no number asks for it', () => {
    const c = fastForward(new Conversation());
    const said = c.weight(null, null);
    expect(said.spoken).toMatch(/What weight do you want to use\?$/);
    c.weight(45, 'lb');
    expect(c.doc.weight).toBe(45);
  });

  it('rejects an impossible weight and keeps the old one', () => {
    const c = fastForward(new Conversation());
    const said = c.weight(500, 'lb');
    expect(said.spoken).toMatch(/doesn't sound right/);
    expect(c.doc.weight).toBe(35);
  });
});

describe('switch the weak side', () => {
  it('applies to the next set: its intro names the new weak side, and the sets are logged for it', () => {
    const c = waitingForFirstSet();
    const said = c.say({ type: 'switchWeakSide', side: 'right' });
    expect(said.spoken).toMatch(/your right side is the weaker one from now on/);
    expect(said.spoken).toMatch(/Set 1 of 3: single-arm dumbbell row, 35 pounds, right side first/);
    expect(c.doc.weakSide).toBe('right');
    const go = c.say('ready');
    expect(go.spoken).toMatch(/How many reps did you get on your right side\?$/);
    const counted = c.count(10);
    expect(counted.spoken).toMatch(/Now your left side: exactly 10 reps/);
    continueWorkout(c);
    expect(c.doc.workouts[0]!.weakSide).toBe('right');
  });

  it('said while a set\'s count is asked, leaves that set as it was and applies from the next set', () => {
    // Set 2 was introduced "left side first" and the left side has done it. Switching now must not turn
    // the count question to the right side and then count the left side again as the "strong" side.
    const c = inSecondSet();
    const said = c.say({ type: 'switchWeakSide', side: 'right' });
    expect(c.doc.weakSide).toBe('right');
    expect(said.spoken).toMatch(/How many on the left\?$/);
    const counted = c.count(10);
    expect(counted.spoken).toMatch(/Right side: exactly 10, then stop/);
    expect(counted.spoken).toMatch(/Set 3 of 3, right side\./);
  });

  it('outside a workout it is stored and used by the next workout', () => {
    const c = fastForward(new Conversation());
    c.say({ type: 'switchWeakSide', side: null });
    expect(c.doc.weakSide).toBe('right');
    const start = c.say('startWorkout');
    expect(start.spoken).toMatch(/right side first/);
  });

  it('says so when the side is already the weaker one', () => {
    const c = fastForward(new Conversation());
    expect(c.say({ type: 'switchWeakSide', side: 'left' }).spoken).toMatch(/already the weaker one/);
    expect(c.doc.weakSide).toBe('left');
  });
});

describe('why one side', () => {
  it('explains the 60 to 70 percent and the 14/6 pounds example, then keeps the question open', () => {
    const c = inSecondSet();
    const said = c.say('whyOneSide');
    expect(said.spoken).toMatch(/60 to 70 percent/);
    expect(said.spoken).toMatch(/20 percent imbalance/);
    expect(said.spoken).toMatch(/14 pounds for your strong side and only 6 for your weak side/);
    expect(said.spoken).toMatch(/How many reps did you get on your left side\?$/);
  });
});

describe('pain during a set', () => {
  it('stops that exercise, says so, mentions a physician, logs it, and asks whether to go on', () => {
    const c = inSecondSet();
    const said = c.say('pain');
    expect(said.spoken).toMatch(/Stop the rows now\. Don't push through pain\./);
    expect(said.spoken).toMatch(/see a physician/);
    expect(said.spoken).toMatch(/Do you want to go on to the band pulldowns, or stop for today\?$/);
    expect(c.doc.painLog).toEqual([{ at: c.now, during: 'row' }]);
    expect(workoutOf(c).workout.stoppedForPain).toEqual(['row']);
  });

  it('"yes" goes on to the next exercise; the rows (and their finisher) are not resumed', () => {
    const c = inSecondSet();
    c.say('pain');
    const yes = c.say('yes');
    expect(yes.spoken).toMatch(/Set 1 of 2: single-arm band pulldown/);
    expect(workoutOf(c).position).toMatchObject({ exercise: 'pulldown', set: 1 });
    continueWorkout(c);
    const [record] = c.doc.workouts;
    expect(record!.stoppedForPain).toEqual(['row']);
    expect(record!.finisherReps).toBeNull();
    expect(record!.sets.filter((s) => s.exercise === 'row')).toHaveLength(1);
    expect(c.doc.painLog).toHaveLength(1);
  });

  it('"no" ends the workout, stored as not completed', () => {
    const c = inSecondSet();
    c.say('pain');
    const no = c.say('no');
    expect(no.endSession).toBe(true);
    expect(no.spoken).toMatch(/stop here for today/);
    expect(c.doc.activity).toBeNull();
    expect(c.doc.workouts[0]).toMatchObject({ completed: false, stoppedForPain: ['row'] });
  });

  it('during the last exercise ends the workout', () => {
    const c = new Conversation();
    onboard(c);
    c.say('yes');
    continueUntil(c, 'carry', 1);
    const said = c.say('pain');
    expect(said.spoken).toMatch(/Stop the suitcase carries now/);
    expect(said.spoken).toMatch(/physician/);
    expect(said.endSession).toBe(true);
    expect(c.doc.painLog).toEqual([{ at: c.now, during: 'carry' }]);
    expect(c.doc.workouts[0]).toMatchObject({ completed: false, stoppedForPain: ['carry'] });
  });

  it('during the test stops the test and logs it', () => {
    const c = inBaselineTest();
    const said = c.say('pain');
    expect(said.spoken).toMatch(/Stop now\. Don't push through pain/);
    expect(said.spoken).toMatch(/physician/);
    expect(said.endSession).toBe(true);
    expect(c.doc.painLog).toEqual([{ at: c.now, during: 'test' }]);
    expect(c.doc.activity).toBeNull();
    expect(c.doc.tests).toEqual([]);
  });

  it('outside a workout advises going light and seeing a physician, and logs it', () => {
    const c = fastForward(new Conversation());
    const said = c.say('pain');
    expect(said.spoken).toMatch(/very light/);
    expect(said.spoken).toMatch(/physician/);
    expect(c.doc.painLog).toEqual([{ at: c.now, during: 'other' }]);
  });
});

describe('lost form', () => {
  it('said in answer to "how many reps?" for set 2 marks set 2, the set just done, not set 1', () => {
    const c = inSecondSet();
    const said = c.say('lostForm');
    expect(said.spoken).toMatch(/set 2 of rows won't count toward a weight increase/);
    expect(said.spoken).toMatch(/How many on the left\?$/);
    c.count(11);
    expect(workoutOf(c).workout.sets.map((s) => [s.set, s.formLost])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('said in answer to "how many reps?" for set 1 marks set 1 once its count is given', () => {
    const c = inFirstSet();
    const said = c.say('lostForm');
    expect(said.spoken).toMatch(/set 1 of rows won't count toward a weight increase/);
    expect(said.spoken).toMatch(/How many reps did you get on your left side\?$/);
    c.count(12);
    expect(workoutOf(c).workout.sets[0]).toMatchObject({ set: 1, weak: 12, formLost: true });
    expect(workoutOf(c).position.formLost).toBe(false);
  });

  it('said with the count ("ten, but I lost form") marks the set and logs its count in one answer', () => {
    const c = inSecondSet();
    const said = c.say({ type: 'count', value: 10, formLost: true });
    expect(said.spoken).toMatch(/^Noted: set 2 of rows won't count toward a weight increase\..* 10 on the left\. Right side: exactly 10, then stop\./);
    expect(workoutOf(c).workout.sets.map((s) => [s.set, s.weak, s.formLost])).toEqual([
      [1, 10, false],
      [2, 10, true],
    ]);
  });

  it('heard through the language model: "ten, but I lost form" is that count with lost form', async () => {
    const heard = await (await sharedNlu()).understand('10 but I lost form');
    expect(eventForIntentName(heard.intent, heard.slots)).toEqual({ type: 'count', value: 10, formLost: true });
    expect(eventForIntentName('LostFormIntent', {})).toEqual({ type: 'lostForm' });
  });

  it('said while the next exercise waits for "go" marks the set just logged', () => {
    const c = inFirstSet();
    c.count(10);
    c.count(10);
    c.count(10);
    c.count(9);
    c.say('ready');
    c.count(12);
    c.count(12);
    // The carries started in that reply; the driver stops, comes back, and picks up where they were.
    c.say('stop');
    c.later({ minutes: 10 }).say('launch');
    c.say('yes');
    expect(workoutOf(c).position).toMatchObject({ exercise: 'carry', waitingForGo: true });
    const said = c.say('lostForm');
    expect(said.spoken).toMatch(/set 2 of band pulldowns won't count/);
    expect(workoutOf(c).workout.sets.filter((s) => s.exercise === 'pulldown').map((s) => s.formLost)).toEqual([false, true]);
  });

  it('said at the finisher\'s count says the finisher never counts, and marks no working set', () => {
    const c = inFirstSet();
    c.count(10);
    c.count(10);
    c.count(10);
    expect(workoutOf(c).position.step).toBe('finisher');
    const said = c.say('lostForm');
    expect(said.spoken).toMatch(/The finisher doesn't count toward a weight increase anyway/);
    expect(workoutOf(c).workout.sets.every((s) => !s.formLost)).toBe(true);
  });

  it('shows in the workout summary', () => {
    const c = inFirstSet();
    c.say('lostForm');
    continueWorkout(c);
    expect(c.last.card?.text).toMatch(/10 \(form lost\)/);
  });
});

describe('delete my data', () => {
  it('asks for confirmation first', () => {
    const c = fastForward(new Conversation(), { workouts: 1 });
    const said = c.say('deleteData');
    expect(said.spoken).toMatch(/cannot be undone\. Are you sure\?$/);
    expect(said.deleteUser).toBe(false);
    expect(c.doc.pending).toEqual({ kind: 'confirmDelete' });
  });

  it('"no" keeps everything', () => {
    const c = fastForward(new Conversation(), { workouts: 1 });
    const before = withoutBookkeeping(c.doc);
    c.say('deleteData');
    const no = c.say('no');
    expect(no.spoken).toMatch(/nothing was deleted/);
    expect(no.deleteUser).toBe(false);
    expect(withoutBookkeeping(c.doc)).toEqual(before);
  });

  it('"go" is not taken as a yes', () => {
    const c = fastForward(new Conversation(), { workouts: 1 });
    c.say('deleteData');
    const said = c.say('ready');
    expect(said.deleteUser).toBe(false);
    expect(c.document).not.toBeNull();
  });

  it('"yes" deletes the document and ends the session; the next launch starts fresh', () => {
    const c = fastForward(new Conversation(), { workouts: 1 });
    c.say('deleteData');
    const yes = c.say('yes');
    expect(yes.deleteUser).toBe(true);
    expect(yes.document).toBeNull();
    expect(yes.endSession).toBe(true);
    expect(yes.spoken).toMatch(/Everything is deleted/);
    expect(c.document).toBeNull();
    const again = c.say('launch');
    expect(again.spoken).toMatch(/not medical advice/);
  });

  it('works in the middle of a workout too', () => {
    const c = inSecondSet();
    c.say('deleteData');
    expect(c.say('yes').deleteUser).toBe(true);
  });
});

/** Answers the workout (default plan) until it reaches the given exercise and set, with the count asked or "go" awaited. */
function continueUntil(c: Conversation, exercise: 'row' | 'pulldown' | 'carry', set: number): void {
  for (let i = 0; i < 40; i++) {
    const activity = workoutOf(c);
    const { position } = activity;
    if (position.exercise === exercise && position.set === set && position.step === 'weak') return;
    if (c.doc.pending?.kind === 'confirmCount') c.say('yes');
    else if (position.waitingForGo) c.say('ready');
    else c.count(position.step === 'finisher' ? 9 : position.exercise === 'carry' ? 40 : 10);
  }
  throw new Error(`Never reached ${exercise} set ${set}`);
}

// A workout can also be done end to end in the same session after any of these detours.
it('a workout with detours (help, repeat, what\'s next, why) still completes with every set logged', () => {
  const c = new Conversation();
  onboard(c);
  c.say('yes');
  c.say('help');
  c.say('ready');
  c.say('whatsNext');
  c.say('repeat');
  c.say('whyOneSide');
  continueWorkout(c);
  expect(c.doc.workouts[0]!.sets).toHaveLength(7);
  expect(c.doc.workouts[0]!.completed).toBe(true);
});

it('"how am I doing" in the first workout does not count the workout under way as done', () => {
  const c = new Conversation();
  onboard(c);
  c.say('yes');
  const said = c.say('progress');
  expect(said.spoken).toMatch(/No workouts finished yet\. You're rowing 35 pounds\./);
  expect(said.spoken).not.toMatch(/0 workouts/);
});

it('"stop" at the finisher saves the finisher as the place to pick up, without a set number', () => {
  const c = new Conversation();
  onboard(c);
  c.say('yes');
  c.say('ready');
  c.count(10);
  c.count(10);
  c.count(10);
  expect(workoutOf(c).position.step).toBe('finisher');
  const said = c.say('stop');
  expect(said.spoken).toBe("Okay, I've saved your place: the row finisher. Next time you open Back Coach, we'll pick up right there.");
});
