/** A workout: rows (3 sets) → finisher → band pulldowns (2) → suitcase carries (2), weak side first, strong side capped. */
import {
  bareNumbers,
  CLOSING,
  Conversation,
  doWorkout,
  estimateAudioSeconds,
  fastForward,
  indexOfText,
  lastSentence,
  onboard,
  restsIn,
  type Said,
  strongCountIn, workoutOf } from '../../support/conversation';
import type { Segment } from '../../src/core/reply';

/** A user right after the baseline (left weaker unless said), with a workout started and waiting for "go". */
const startedWorkout = (weakSide: 'left' | 'right' = 'left') => {
  const c = new Conversation();
  onboard(c, { weakSide, firstReps: 9, secondReps: 13 });
  c.say('yes');
  return c;
};

const countReplies = (turns: Said[]) => turns.filter((t) => t.event.type === 'count');

/** Seconds from the strong side's first counted rep (or called time) to the end of the rest: the weak side's rest. */
const weakSideRestSeconds = (speech: readonly Segment[]): number => {
  const start = speech.findIndex((s) => (s.kind === 'text' && s.counted?.n === 1) || (s.kind === 'pause' && s.purpose === 'count'));
  const end = speech.map((s) => s.kind === 'pause' && s.purpose === 'rest').lastIndexOf(true);
  return estimateAudioSeconds(speech.slice(start, end + 1));
};

describe('workout', () => {
  describe('order', () => {
    it('goes rows (3 sets), finisher, band pulldowns (2 sets), suitcase carries (2 rounds), then ends', () => {
      const c = new Conversation();
      onboard(c);
      const turns = doWorkout(c, { rows: [10, 11, 12], finisher: 9, pulldown: [12, 13], carry: [40, 45] });
      const intros = turns.flatMap((t) =>
        t.texts.filter((x) => /^((Set|Round) \d of \d[:,] [a-z -]+|Finisher:)/.test(x)).map((x) => x.match(/^((Set|Round) \d of \d[:,] [a-z -]+|Finisher)/)![1]),
      );
      // The first set of each exercise names it; the later ones are short cues.
      expect(intros).toEqual([
        'Set 1 of 3: single-arm dumbbell row',
        'Set 2 of 3, left side',
        'Set 3 of 3, left side',
        'Finisher',
        'Set 1 of 2: single-arm band pulldown',
        'Set 2 of 2, left side',
        'Round 1 of 2: suitcase carry',
        'Round 2 of 2, left hand',
      ]);
      const [record] = c.doc.workouts;
      expect(record!.sets.map((s) => [s.exercise, s.set, s.weak, s.strong])).toEqual([
        ['row', 1, 10, 10],
        ['row', 2, 11, 11],
        ['row', 3, 12, 12],
        ['pulldown', 1, 12, 12],
        ['pulldown', 2, 13, 13],
        ['carry', 1, 40, 40],
        ['carry', 2, 45, 45],
      ]);
      expect(record).toMatchObject({ finisherReps: 9, completed: true, skipped: [], stoppedForPain: [], weight: 35, unit: 'lb', weakSide: 'left' });
      const end = c.last;
      expect(end.endSession).toBe(true);
      expect(end.spoken).toMatch(/That's the workout done\. Rows today: 10, 11 and 12\./);
      expect(end.card?.text).toMatch(/finisher \(left only\): 9/);
      expect(c.doc.activity).toBeNull();
    });

    it('says the plan when the workout starts and waits for "go"', () => {
      const c = startedWorkout();
      expect(c.last.spoken).toMatch(/three sets of single-arm rows, then a finisher for your weak side, two sets of band pulldowns and two rounds of suitcase carries/);
      expect(c.last.spoken).toMatch(/Set 1 of 3: single-arm dumbbell row, 35 pounds, left side first\. Aim for 12 perfect reps\. Say go when you're set\.$/);
      expect(c.doc.activity).toMatchObject({ kind: 'workout', position: { exercise: 'row', set: 1, step: 'weak', waitingForGo: true } });
    });
  });

  describe('weak side first', () => {
    it.each(['left', 'right'] as const)('names the %s (weak) side first in every set intro and asks for its count', (weak) => {
      const c = new Conversation();
      onboard(c, { weakSide: weak });
      const strong = weak === 'left' ? 'right' : 'left';
      const turns = doWorkout(c);
      const intros = turns.flatMap((t) => t.texts.filter((x) => /^(Set|Round) \d of \d[:,]/.test(x)));
      expect(intros).toHaveLength(7);
      for (const intro of intros) expect(intro).toMatch(new RegExp(`${weak} (side first\\.|side\\.|hand, up to \\d+ seconds\\.)$`));
      const questions = turns.flatMap((t) => t.texts.filter((x) => /^How many /.test(x) && !/finisher/.test(x)));
      expect(questions.length).toBeGreaterThanOrEqual(7);
      for (const q of questions) expect(q).toMatch(new RegExp(`(your|in your|on the) ${weak}( side| hand)?\\?$`));
      for (const reply of countReplies(turns).filter((t) => t.spoken.includes('exactly'))) {
        const weakAt = indexOfText(reply.speech, new RegExp(`on the ${weak}\\.$`));
        const strongAt = indexOfText(reply.speech, new RegExp(`^(Now your ${strong}|${strong[0]!.toUpperCase()}${strong.slice(1)}) (side|hand)`));
        expect(weakAt).toBeGreaterThanOrEqual(0);
        expect(strongAt).toBeGreaterThan(weakAt);
      }
    });
  });

  describe('the strong side is capped by the weak side', () => {
    it('is told exactly the weak side\'s number and counted out loud 1..N at a steady cadence, then told stop', () => {
      const c = startedWorkout();
      c.say('ready');
      const said = c.count(11);
      expect(said.spoken).toMatch(/^(Good, )?11 on the left\./);
      expect(said.spoken).toMatch(/Now your right side: exactly 11 reps, then stop, even if you could do more\./);
      const counted = strongCountIn(said.speech);
      expect(counted).not.toBeNull();
      expect(counted!.told).toBe(11);
      expect(counted!.numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      expect(new Set(counted!.gaps).size).toBe(1);
      expect(counted!.gaps[0]).toBeGreaterThanOrEqual(1.5);
      expect(counted!.after).toBe("Stop. That's 11.");
      // no number beyond the cap anywhere in the reply
      expect(bareNumbers(said.speech)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      // the count takes a steady rep time: from "1" to "Stop" is N × cadence
      const one = indexOfText(said.speech, /^1$/);
      const stop = indexOfText(said.speech, /^Stop\. That's 11\.$/);
      const seconds = estimateAudioSeconds(said.speech.slice(one, stop));
      const perRep = counted!.gaps[0]! + 0.4;
      expect(Math.abs(seconds - 11 * perRep)).toBeLessThan(0.5);
      expect(perRep).toBeGreaterThanOrEqual(2);
      expect(perRep).toBeLessThanOrEqual(4);
    });

    it('counts a single rep as one number', () => {
      const c = startedWorkout();
      c.say('ready');
      const said = c.count(5);
      if (c.doc.pending?.kind === 'confirmCount') throw new Error('5 after a baseline of 9 should not need confirming');
      expect(strongCountIn(said.speech)?.numbers).toEqual([1, 2, 3, 4, 5]);
    });

    it('logs the strong side at the weak side\'s number', () => {
      const c = startedWorkout();
      c.say('ready');
      c.count(8);
      const activity = workoutOf(c);
      expect(activity.workout.sets).toEqual([{ exercise: 'row', set: 1, weak: 8, strong: 8, formLost: false }]);
    });

    it('caps the strong side of a carry at the weak side\'s seconds, calling the time and then stop', () => {
      const c = new Conversation();
      onboard(c);
      const turns = doWorkout(c, { carry: [40, 35] });
      const carry = countReplies(turns).find((t) => t.spoken.includes('40 seconds on the left'));
      expect(carry).toBeDefined();
      expect(carry!.spoken).toMatch(/Now your right hand: exactly 40 seconds, then put it down, even if you could go longer\. Go\./);
      const go = indexOfText(carry!.speech, /^Now your right hand/);
      const stop = indexOfText(carry!.speech, /^Stop\. That's 40\.$/);
      expect(stop).toBeGreaterThan(go);
      const calls = carry!.speech.slice(go + 1, stop).filter((s) => s.kind === 'text');
      expect(calls.map((s) => (s as { text: string }).text)).toEqual(['10 seconds.', '20 seconds.', '30 seconds.']);
      const timed = estimateAudioSeconds(carry!.speech.slice(go + 1, stop));
      expect(timed).toBeGreaterThanOrEqual(39);
      expect(timed).toBeLessThanOrEqual(41.5);
    });

    it('asks for the carry in seconds and calls the time through the weak side\'s window', () => {
      const c = new Conversation();
      onboard(c);
      const turns = doWorkout(c);
      const window = turns.find((t) => t.texts.includes('Go. Walk tall.'));
      expect(window).toBeDefined();
      expect(window!.spoken).toMatch(/10 seconds\. 20 seconds\./);
      expect(window!.spoken).toMatch(/Time\. Put it down\. How many seconds did you carry it in your left hand\?$/);
      expect(c.doc.workouts[0]!.sets.filter((s) => s.exercise === 'carry').map((s) => s.weak)).toEqual([40, 40]);
    });
  });

  describe('rests', () => {
    it('gives each side 60 seconds between its own sets: the weak side rests through the strong side\'s count, then the coach times the rest of its minute', () => {
      const c = new Conversation();
      onboard(c);
      const turns = doWorkout(c, { rows: [10, 11, 12], finisher: 9, pulldown: [12, 12], carry: [40, 50] });
      const counts = countReplies(turns);
      expect(counts.length).toBe(8);
      // Rows 1→2, 2→3, 3→finisher, pulldowns 1→2 and carries 1→2 follow the strong side; the finisher and the
      // last pulldown move on to a new exercise, which is set up during a full minute; the last round ends the workout.
      const timedRests = counts.map((reply) => restsIn(reply.speech).map((rest) => Math.round(rest.totalSeconds)));
      expect(timedRests.map((rests) => rests.map((seconds) => Math.abs(seconds - 60) <= 1 ? 60 : seconds))).toEqual([[30], [27], [24], [60], [24], [60], [20], []]);
      for (const reply of counts.slice(0, 3)) {
        expect(weakSideRestSeconds(reply.speech)).toBeGreaterThanOrEqual(59);
        // The words around the rest ("Stop. That's 10.", "Rest 30 seconds.") add a few seconds to the minute.
        expect(weakSideRestSeconds(reply.speech)).toBeLessThanOrEqual(72);
      }
      // A carry's strong side walks 40 seconds: 20 are left of the minute, with its "10 seconds." cue.
      expect(restsIn(counts[6]!.speech)[0]!.cues).toEqual(['10 seconds.']);
      expect(restsIn(counts[3]!.speech)[0]!.cues).toEqual(['30 seconds.', '10 seconds.']);
    });

    it('explains once, in a first workout, why the rest after the strong side is shorter than a minute', () => {
      const c = new Conversation();
      onboard(c);
      const counts = countReplies(doWorkout(c));
      const explained = counts.filter((reply) => /has been resting while the other side worked/.test(reply.spoken));
      expect(explained).toHaveLength(1);
      expect(explained[0]).toBe(counts[0]);
      expect(counts[0]!.spoken).toMatch(/Your left side has been resting while the other side worked, so each side still gets its 60 seconds\. (Good\. )?Rest (for )?30 seconds\./);
      const later = fastForward(new Conversation(), { workouts: 2 });
      const thirdWorkout = countReplies(doWorkout(later.later({ days: 2 })));
      expect(thirdWorkout.some((reply) => /has been resting/.test(reply.spoken))).toBe(false);
    });

    it('never times less than 15 seconds for the hand-over, however long the strong side worked', () => {
      const c = new Conversation();
      onboard(c, { firstReps: 20, secondReps: 22 });
      c.say('yes');
      c.say('ready');
      const said = c.count(20);
      expect(restsIn(said.speech).map((rest) => Math.round(rest.totalSeconds))).toEqual([15]);
    });

    it('rests between the sides\' sets and the next set, not inside the strong side\'s count', () => {
      const c = startedWorkout();
      c.say('ready');
      const said = c.count(12);
      const stop = indexOfText(said.speech, /^Stop\. That's 12\.$/);
      const rest = indexOfText(said.speech, /Rest (for )?24 seconds\.$/);
      const next = indexOfText(said.speech, /^Set 2 of 3,/);
      expect(stop).toBeGreaterThan(0);
      expect(rest).toBeGreaterThan(stop);
      expect(next).toBeGreaterThan(rest);
    });
  });

  describe('the finisher', () => {
    const toFinisher = () => {
      const c = startedWorkout();
      c.say('ready');
      c.count(10);
      c.count(10);
      const third = c.count(10);
      return { c, third };
    };

    it('comes after the third row set, after a rest, for the weak side only, 8 to 10 reps', () => {
      const { c, third } = toFinisher();
      const rest = restsIn(third.speech);
      expect(rest).toHaveLength(1);
      const finisher = indexOfText(third.speech, /^Finisher:/);
      expect(finisher).toBeGreaterThan(indexOfText(third.speech, /^Rest is over\.$/));
      expect(third.spoken).toMatch(/Finisher: your left side only, 8 to 10 reps\. Your right side sits this one out\./);
      expect(c.doc.activity).toMatchObject({ position: { exercise: 'row', step: 'finisher' } });
      expect(third.spoken).toMatch(/How many reps did you get on the finisher\?$/);
    });

    it('is never done by the strong side: no strong-side count after the finisher count', () => {
      const { c } = toFinisher();
      const said = c.count(9);
      expect(said.spoken).toMatch(/^9 on the finisher\./);
      expect(said.spoken).not.toMatch(/exactly/);
      expect(said.spoken).not.toMatch(/right side/);
      expect(bareNumbers(said.speech)).toEqual([]);
      expect(strongCountIn(said.speech)).toBeNull();
      expect(said.spoken).toMatch(/Next: band pulldowns/);
      const activity = workoutOf(c);
      expect(activity.workout.finisherReps).toBe(9);
      expect(activity.workout.sets.filter((s) => s.exercise === 'row')).toHaveLength(3);
    });

    it('says to aim for 8 when the finisher falls short, and to stop at 10 when it goes over', () => {
      const low = toFinisher();
      expect(low.c.count(6).spoken).toMatch(/aim for 8/);
      const high = toFinisher();
      expect(high.c.count(12).spoken).toMatch(/stop at 10/);
    });

    it('cannot be skipped', () => {
      const { c } = toFinisher();
      // right after the rest, "skip" skips the rest; asked again, the finisher itself is refused
      const first = c.say('skip');
      const second = c.say('skip');
      const refusal = [first, second].find((s) => /not skippable/.test(s.spoken));
      expect(refusal).toBeDefined();
      expect(refusal!.spoken).toMatch(/8 to 10 reps, left side only/);
      expect(c.doc.activity).toMatchObject({ position: { exercise: 'row', step: 'finisher' } });
      const activity = workoutOf(c);
      expect(activity.workout.skipped).toEqual([]);
      expect(c.last.spoken).toMatch(/How many reps did you get on the finisher\?$/);
      c.count(9);
      const after = workoutOf(c);
      expect(after.workout.finisherReps).toBe(9);
    });

    it('is not offered again once done, even when the rows are resumed', () => {
      const c = new Conversation();
      onboard(c);
      const turns = doWorkout(c);
      expect(turns.filter((t) => t.spoken.includes('Finisher:'))).toHaveLength(1);
    });
  });

  describe('reply limits', () => {
    const everyReplyFits = (turns: Said[]) => {
      for (const t of turns) {
        expect(t.audioSeconds).toBeLessThanOrEqual(240);
        expect(t.ssml.length).toBeLessThanOrEqual(8000);
      }
    };

    it('keeps every reply of an ordinary workout under 240 s of audio and 8000 characters of SSML', () => {
      const c = new Conversation();
      onboard(c);
      everyReplyFits(doWorkout(c));
    });

    it('keeps every reply under the limits with the highest counts the coach accepts (40 reps, 300 s)', () => {
      const c = new Conversation();
      onboard(c, { firstReps: 38, secondReps: 40 });
      const turns = doWorkout(c, { rows: [40, 40, 40], finisher: 40, pulldown: [40, 40], carry: [300, 300] });
      everyReplyFits(turns);
      expect(c.doc.workouts[0]!.completed).toBe(true);
      expect(c.doc.workouts[0]!.sets.map((s) => s.weak)).toEqual([40, 40, 40, 40, 40, 300, 300]);
    });

    it('calls a carry too long for one reply as far as it fits, then tells the strong side how much is left', () => {
      const c = new Conversation();
      onboard(c);
      const turns = doWorkout(c, { carry: [300, 60] });
      const long = countReplies(turns).find((t) => t.spoken.startsWith('300 seconds on the left'));
      expect(long).toBeDefined();
      expect(long!.spoken).toMatch(/Now your right hand: exactly 300 seconds/);
      const calls = long!.texts.filter((t) => /^\d+ seconds\.$/.test(t)).map((t) => Number(t.split(' ')[0]));
      const timed = calls[calls.length - 1]!;
      expect(calls).toEqual(Array.from({ length: timed / 10 }, (_, i) => (i + 1) * 10));
      const more = Number(long!.spoken.match(/Keep going on your own for (\d+) more seconds, then put it down\./)?.[1]);
      expect(timed + more).toBe(300);
      expect(long!.audioSeconds).toBeLessThanOrEqual(240);
    });

    it('after a long strong side, still times the hand-over rest, and waits for "go" when the next set no longer fits', () => {
      const c = new Conversation();
      onboard(c, { firstReps: 38, secondReps: 40 });
      c.say('yes');
      c.say('ready');
      const said = c.count(40);
      expect(said.spoken).toMatch(/Stop\. That's 40\. .*(Good\. )?Rest (for )?15 seconds\./);
      expect(said.spoken).toMatch(/Set 2 of 3, left side\. Say go when you're set\.$/);
      expect(said.audioSeconds).toBeLessThanOrEqual(240);
      expect(c.doc.activity).toMatchObject({ position: { set: 2, waitingForGo: true } });
    });

    it('still counts the strong side in full for 40 reps', () => {
      const c = new Conversation();
      onboard(c, { firstReps: 38, secondReps: 40 });
      c.say('yes');
      c.say('ready');
      const said = c.count(40);
      expect(strongCountIn(said.speech)?.numbers).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      expect(said.audioSeconds).toBeLessThanOrEqual(240);
    });

    it('keeps every open reply ending with a question or instruction, with a reprompt, over several workouts', () => {
      const c = fastForward(new Conversation(), { workouts: 3, plan: (i) => ({ rows: [10 + i, 11, 12] }) });
      const open = c.transcript.filter((t) => !t.endSession);
      expect(open.length).toBeGreaterThan(30);
      for (const t of open) {
        expect(t.repromptText.length).toBeGreaterThan(0);
        const last = t.speech[t.speech.length - 1];
        expect(last!.kind).toBe('text');
        expect(lastSentence((last as { text: string }).text)).toMatch(CLOSING);
      }
      const closed = c.transcript.filter((t) => t.endSession);
      for (const t of closed) expect(t.reprompt).toEqual([]);
    });
  });

  it('closes with the next workout day and a reminder about posture breaks', () => {
    const c = new Conversation();
    onboard(c);
    doWorkout(c);
    expect(c.last.spoken).toMatch(/Rest up: your next workout can be on Wednesday\./);
    expect(c.last.spoken).toMatch(/posture breaks/);
  });
});

describe('the weak side’s quiet window is sized from what it did last time', () => {
  const setWindow = (said: { speech: readonly { kind: string; purpose?: string; total?: number }[] }) =>
    said.speech.find((s) => s.kind === 'pause' && s.purpose === 'set')?.total;

  it('16 reps at a steady pace (3 s each) get a window long enough for 16 more, not the default 45 seconds', () => {
    const c = new Conversation();
    onboard(c, { firstReps: 16, secondReps: 20 });
    c.say('yes');
    expect(setWindow(c.say('ready'))).toBe(55);
    // Set 1's count, the strong side counted to 16 and the rest fill this reply; set 2 waits for "go".
    c.count(16);
    expect(setWindow(c.say('ready'))).toBe(55);
  });

  it('a short set gets a shorter window, never under the minimum', () => {
    const c = new Conversation();
    onboard(c, { firstReps: 5, secondReps: 7 });
    c.say('yes');
    expect(setWindow(c.say('ready'))).toBe(30);
  });

  it('a carry gets the seconds it held last time plus a margin, and says so', () => {
    const c = new Conversation();
    onboard(c);
    const turns = doWorkout(c, { carry: [75, 75] });
    const carries = turns.filter((t) => t.texts.includes('Go. Walk tall.'));
    expect(carries.map((t) => setWindow(t))).toEqual([60, 80]);
    expect(turns.some((t) => /Round 2 of 2, left hand, up to 80 seconds\./.test(t.spoken))).toBe(true);
  });
});
