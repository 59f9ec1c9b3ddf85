/** The baseline test and the 30-day retest. */
import { Conversation, fastForward, onboard, restsIn, withoutBookkeeping } from '../../support/conversation';

/** A new user who has answered units and side: the test is asking for the weight. */
const atTestWeight = (options: ConstructorParameters<typeof Conversation>[0] = {}, weakSide: 'left' | 'right' = 'left') => {
  const c = new Conversation(options);
  c.say('launch');
  c.say('yes');
  c.side(weakSide);
  return c;
};

describe('baseline test', () => {
  describe('the weight', () => {
    it('is asked for, and said back when it is in range', () => {
      const c = atTestWeight();
      expect(c.last.spoken).toMatch(/How heavy is your dumbbell\?$/);
      const said = c.weight(35, 'lb');
      expect(said.spoken).toMatch(/^35 pounds\./);
      expect(said.spoken).toMatch(/Single-arm row, left side, as many perfect reps as you can\. Say go/);
      expect(c.doc.activity).toMatchObject({ kind: 'test', step: 'weak', weight: 35, waitingForGo: true });
    });

    it('accepts a bare number as the weight', () => {
      const c = atTestWeight();
      c.count(40);
      expect(c.doc.activity).toMatchObject({ kind: 'test', step: 'weak', weight: 40 });
    });

    it.each([
      [250, 'lb'],
      [1, 'lb'],
      [0, 'lb'],
    ] as const)('rejects %s %s as not a dumbbell weight, says the range, and asks again', (value, unit) => {
      const c = atTestWeight();
      const before = withoutBookkeeping(c.doc);
      const said = c.weight(value, unit);
      expect(said.spoken).toMatch(/doesn't sound right for one dumbbell/);
      expect(said.spoken).toMatch(/between 2\.5 and 200 pounds/);
      expect(said.spoken).toMatch(/How heavy is your dumbbell\?$/);
      expect(withoutBookkeeping(c.doc)).toEqual(before);
    });

    it('checks the range in the user\'s units (kilograms)', () => {
      const c = new Conversation();
      c.say('launch');
      c.units('kg');
      c.side('left');
      const said = c.weight(100, 'kg');
      expect(said.spoken).toMatch(/between 1 and 90 kilograms/);
      expect(c.doc.activity).toMatchObject({ step: 'weight', weight: null });
      c.weight(20, 'kg');
      expect(c.doc.activity).toMatchObject({ step: 'weak', weight: 20 });
    });

    it('asks again when the weight was not understood', () => {
      const c = atTestWeight();
      const said = c.weight(null, null);
      expect(said.spoken).toMatch(/didn't catch the weight/);
      expect(said.spoken).toMatch(/How heavy is your dumbbell\?$/);
      expect(c.doc.activity).toMatchObject({ step: 'weight', weight: null });
    });

    it('"I don\'t know how heavy it is" says where to look and that a guess will do, and asks again', () => {
      const c = atTestWeight();
      const said = c.say('no');
      expect(said.spoken).toMatch(/^The weight is usually printed on the end of the dumbbell .* give me your best guess; you can change it later\. How heavy is your dumbbell\?$/);
      expect(c.doc.activity).toMatchObject({ step: 'weight', weight: null });
    });
  });

  describe('the sets', () => {
    it('"go" leaves a quiet window for the set, then asks for the count', () => {
      const c = atTestWeight();
      c.weight(35, 'lb');
      const said = c.say('ready');
      expect(said.speech[0]).toMatchObject({ kind: 'text' });
      expect(said.texts[0]).toMatch(/^Go\./);
      expect(said.speech[1]!.kind).toBe('pause');
      expect(said.pauses).toHaveLength(1);
      expect(said.pauses[0]).toBeGreaterThanOrEqual(30);
      expect(said.pauses[0]).toBeLessThanOrEqual(60);
      expect(said.texts[said.texts.length - 1]).toBe('How many perfect reps did you get on your left side?');
    });

    it('after the weak count, times a 60-second rest with cues at 30 and 10 seconds, then starts the other side', () => {
      const c = atTestWeight();
      c.weight(35, 'lb');
      c.say('ready');
      const said = c.count(9);
      expect(said.spoken).toMatch(/^9 on the left\./);
      const rests = restsIn(said.speech);
      expect(rests).toHaveLength(1);
      const [rest] = rests;
      expect(rest!.totalSeconds).toBeGreaterThanOrEqual(58);
      expect(rest!.totalSeconds).toBeLessThanOrEqual(62);
      expect(rest!.pauseSeconds).toBeGreaterThanOrEqual(55);
      expect(rest!.cues).toEqual(['30 seconds.', '10 seconds.']);
      // inside the rest there is nothing but pauses and the cues
      for (const s of rest!.segments.slice(1, -1)) {
        if (s.kind === 'text') expect(s.text).toMatch(/^\d+ seconds\.$/);
      }
      const afterRest = said.speech.slice(said.speech.indexOf(rest!.segments[rest!.segments.length - 1]!) + 1);
      expect(afterRest[0]).toMatchObject({ kind: 'text', text: expect.stringMatching(/^Now your right side.*Go\.$/) });
      expect(said.texts[said.texts.length - 1]).toBe('How many perfect reps did you get on your right side?');
      expect(c.doc.activity).toMatchObject({ kind: 'test', step: 'strong', weakReps: 9 });
    });

    it('gives the gap in reps and percent (9 vs 13: 4 reps, 31 percent) and stores it with the date and weight', () => {
      const c = new Conversation();
      const said = onboard(c, { weight: 35, firstReps: 9, secondReps: 13 });
      expect(said.spoken).toMatch(/Left 9, right 13\. That's a gap of 4 reps, 31 percent\./);
      expect(c.doc.tests).toEqual([
        {
          kind: 'baseline',
          at: c.now,
          weight: 35,
          unit: 'lb',
          weakSide: 'left',
          weakReps: 9,
          strongReps: 13,
          gapReps: 4,
          gapPercent: 31,
          firstSide: 'left',
        },
      ]);
      expect(c.doc.activity).toBeNull();
      expect(said.card?.text).toMatch(/Gap: 4 reps, 31%/);
    });

    it('writes one rep as one on the card (14 vs 13: a gap of 1 rep)', () => {
      const c = new Conversation();
      const said = onboard(c, { weight: 30, firstReps: 13, secondReps: 14 });
      expect(said.card?.text).toMatch(/Weak side \(left\): 13 reps\. Strong side: 14 reps\. Gap: 1 rep, 7%/);
    });

    it('says early on that the first two weeks feel wrong, and offers the first workout', () => {
      const c = new Conversation();
      const said = onboard(c);
      expect(said.spoken).toMatch(/first two weeks will feel wrong/);
      expect(said.spoken).toMatch(/start your first workout now\?$/);
      expect(c.doc.pending).toEqual({ kind: 'offerWorkout' });
    });

    it('makes the baseline weight the working weight', () => {
      const c = new Conversation();
      onboard(c, { weight: 45 });
      expect(c.doc.weight).toBe(45);
      expect(c.doc.weightChanges).toEqual([{ at: c.now, from: null, to: 45, reason: 'test' }]);
      const workout = c.say('yes');
      expect(workout.spoken).toMatch(/single-arm dumbbell row, 45 pounds, left side first/);
    });

    it('swaps the sides when the "weak" side does more, and says so', () => {
      const c = new Conversation();
      const said = onboard(c, { weakSide: 'left', firstReps: 13, secondReps: 9 });
      expect(said.spoken).toMatch(/Left 13, right 9\. That's a gap of 4 reps, 31 percent\./);
      expect(said.spoken).toMatch(/Your right side actually did fewer reps, so from now on your right side is the weaker one/);
      expect(c.doc.weakSide).toBe('right');
      expect(c.doc.tests[0]).toMatchObject({ weakSide: 'right', weakReps: 9, strongReps: 13, gapReps: 4, gapPercent: 31 });
      const workout = c.say('yes');
      expect(workout.spoken).toMatch(/right side first/);
    });

    it('does not swap when the sides are even, and says there is no gap', () => {
      const c = new Conversation();
      const said = onboard(c, { weakSide: 'right', firstReps: 12, secondReps: 12 });
      expect(said.spoken).toMatch(/No gap today/);
      expect(c.doc.weakSide).toBe('right');
      expect(c.doc.tests[0]).toMatchObject({ gapReps: 0, gapPercent: 0 });
    });

    it('can be stopped and picked up at the next launch', () => {
      const c = atTestWeight();
      c.weight(35, 'lb');
      c.say('ready');
      c.count(9);
      const stop = c.say('stop');
      expect(stop.endSession).toBe(true);
      expect(c.doc.activity).toMatchObject({ kind: 'test', step: 'strong', weakReps: 9 });
      const back = c.later({ hours: 1 }).say('launch');
      expect(back.spoken).toMatch(/middle of your baseline test/);
      expect(back.spoken).toMatch(/Now your right side/);
      c.say('ready');
      c.count(13);
      expect(c.doc.tests[0]).toMatchObject({ weakReps: 9, strongReps: 13 });
    });
  });

  describe('the retest date', () => {
    it.each([
      // 19:00 on Thursday Feb 29 in Los Angeles is already March 1 in UTC: 30 days on is Saturday March 30 there.
      ['America/Los_Angeles', '2024-03-01T03:00:00Z', 'Saturday, March 30', 'March 31'],
      // 05:00 on Tuesday May 7 in Tokyo is still May 6 in UTC: 30 days on is Thursday June 6 there.
      ['Asia/Tokyo', '2024-05-06T20:00:00Z', 'Thursday, June 6', 'June 5'],
    ])('is 30 days later in the user\'s own zone (%s)', (zone, instant, expected, utcDay) => {
      const c = new Conversation().zone(zone).at(instant);
      const said = onboard(c);
      expect(said.spoken).toContain(`Your retest is on ${expected}.`);
      expect(said.spoken).not.toContain(utcDay);
    });
  });
});

describe('retest', () => {
  /** Baseline at 10:00 on Thursday Feb 29, 2024 in Los Angeles (18:00 UTC), 9 vs 13, no workouts. */
  const baselined = () => {
    const c = new Conversation().zone('America/Los_Angeles').at('2024-02-29T18:00:00Z');
    fastForward(c, { firstReps: 9, secondReps: 13 });
    return c;
  };

  const retest = (c: Conversation, firstReps: number, secondReps: number) => {
    const offer = c.say('launch');
    expect(offer.spoken).toMatch(/Do you want to retest now\?$/);
    const intro = c.say('yes');
    expect(intro.spoken).toMatch(/retest/);
    expect(intro.spoken).toMatch(/How heavy is your dumbbell\?$/);
    c.count(35);
    c.say('ready');
    c.count(firstReps);
    if (c.doc.pending?.kind === 'confirmCount') c.say('yes');
    const result = c.count(secondReps);
    return result;
  };

  it('is not offered before 30 local days have passed, even when 30 UTC days have', () => {
    const c = baselined();
    // 18:00 on Friday March 29 in Los Angeles: 29 local days, but already March 30 in UTC.
    const said = c.at('2024-03-30T01:00:00Z').say('launch');
    expect(said.spoken).not.toMatch(/retest/);
    expect(said.spoken).toMatch(/Ready to start your workout\?$/);
  });

  it('is offered at launch once 30 local days have passed', () => {
    const c = baselined();
    const said = c.at('2024-03-30T15:00:00Z').say('launch');
    expect(said.spoken).toMatch(/It's been 30 days since your last test\. Do you want to retest now\?$/);
    expect(c.doc.pending).toEqual({ kind: 'offerRetest' });
    expect(c.doc.activity).toBeNull();
  });

  it('"no" to the retest offers the workout instead', () => {
    const c = baselined();
    c.at('2024-03-30T15:00:00Z').say('launch');
    const said = c.say('no');
    expect(said.spoken).toMatch(/Ready to start your workout\?$/);
    expect(c.doc.activity).toBeNull();
  });

  it('says the last weight, and compares a closed gap with the baseline; stored as a retest', () => {
    const c = baselined();
    c.at('2024-03-30T15:00:00Z');
    const said = retest(c, 11, 13);
    expect(c.transcript.find((s) => s.spoken.includes('Time for your retest'))?.spoken).toMatch(/last time it was 35 pounds/);
    expect(said.spoken).toMatch(/gap of 2 reps, 15 percent/);
    expect(said.spoken).toMatch(/At your baseline the gap was 4 reps, 31 percent\. You have closed half of it\./);
    expect(said.spoken).not.toMatch(/At your last retest/);
    expect(c.doc.tests).toHaveLength(2);
    expect(c.doc.tests[1]).toMatchObject({ kind: 'retest', weakReps: 11, strongReps: 13, gapReps: 2, gapPercent: 15 });
    expect(c.doc.tests[0]!.kind).toBe('baseline');
  });

  it('compares with the baseline and with the last retest', () => {
    const c = baselined();
    c.at('2024-03-30T15:00:00Z');
    retest(c, 11, 13);
    c.say('no');
    c.at('2024-04-30T15:00:00Z');
    const said = retest(c, 12, 13);
    expect(said.spoken).toMatch(/At your baseline the gap was 4 reps, 31 percent\. You have closed three quarters of it\./);
    expect(said.spoken).toMatch(/At your last retest it was 2 reps\./);
    expect(c.doc.tests.map((t) => t.kind)).toEqual(['baseline', 'retest', 'retest']);
  });

  it('says plainly when the gap is the same as at the baseline', () => {
    const c = baselined();
    c.at('2024-03-30T15:00:00Z');
    const said = retest(c, 9, 13);
    expect(said.spoken).toMatch(/At your baseline the gap was also 4 reps/);
  });

  it('says plainly when the gap is wider than at the baseline, and that progress is not a straight line', () => {
    const c = baselined();
    c.at('2024-03-30T15:00:00Z');
    const said = retest(c, 8, 14);
    expect(said.spoken).toMatch(/At your baseline the gap was 4 reps\. It's wider today/);
    expect(said.spoken).toMatch(/Progress isn't a straight line/);
  });

  it('can be asked for at any time with "start the retest"', () => {
    const c = baselined();
    const said = c.at('2024-03-10T18:00:00Z').say('startTest');
    expect(said.spoken).toMatch(/Time for your retest/);
    expect(c.doc.activity).toMatchObject({ kind: 'test', testKind: 'retest', step: 'weight' });
  });

  it('is not started on a day the user already trained', () => {
    const c = new Conversation();
    fastForward(c, { workouts: 1 });
    const said = c.later({ hours: 4 }).say('startTest');
    expect(said.spoken).toMatch(/already trained today/);
    expect(c.doc.activity).toBeNull();
  });

  it('is not started in the middle of a workout: the workout goes on', () => {
    const c = new Conversation();
    onboard(c);
    c.say('yes');
    const said = c.say('startTest');
    expect(said.spoken).toMatch(/Set 1 of 3: single-arm dumbbell row/);
    expect(c.doc.activity?.kind).toBe('workout');
  });

  it('keeps the working weight and gives the next retest date', () => {
    const c = baselined();
    c.at('2024-03-30T15:00:00Z');
    const said = retest(c, 11, 13);
    expect(c.doc.weight).toBe(35);
    expect(c.doc.weightChanges).toHaveLength(1);
    expect(said.spoken).toMatch(/Your retest is on Monday, April 29\./);
  });
});
