/**
 * A randomized walk through the coach: thousands of random events (any intent, odd values, the clock jumping
 * minutes or days ahead, the truck crossing time zones, requests from the cab, reminder answers and the host's
 * reports on reminders, skill events, hosts with and without reminders), each turn's document validated and
 * each reply checked against the conversation rules. Every so often a cooperative driver takes over from wherever
 * the walk left the user and must get to a finished workout: no sequence of answers may leave a user stuck.
 */
import type { CoachEvent, SimpleEventType } from '../../src/core/events';
import type { Said } from '../../support/conversation';
import { Conversation, transcriptLine } from '../../support/conversation';

/** A small seeded generator (mulberry32), so a failure can be replayed from its seed. */
const random = (seed: number) => {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick };
};

const SIMPLE: readonly SimpleEventType[] = [
  'yes', 'no', 'stop', 'help', 'fallback', 'pause', 'resume', 'repeat', 'next', 'skip', 'skipRest', 'startOver',
  'home', 'ready', 'startWorkout', 'startTest', 'progress', 'whatsNext', 'whyOneSide', 'pain', 'lostForm', 'postureBreak',
  'deleteData', 'breakReminders', 'endDrive', 'stopWorkoutReminders', 'sessionEnded', 'done',
];
const NUMBERS = [null, 0, -3, 1, 5, 8, 9, 10, 12, 13, 15, 20, 25, 30, 35, 40, 41, 45, 50, 60, 90, 150, 300, 301, 2.5, 17.5, 1000];
const ZONES = ['America/Chicago', 'America/Denver', 'America/New_York', 'America/Los_Angeles', 'America/Phoenix', 'Pacific/Honolulu'];

const TOKENS = ['alert-1', 'alert-2', 'alert-3', 'alert-4'];

/**
 * The reminders' answers (some out of range, some no host would send), the host's reports on the reminders it was
 * asked for, whether or not any were, and Alexa's skill events.
 */
const reminderOrHostEvent = (r: ReturnType<typeof random>): CoachEvent => {
  const roll = r.next();
  if (roll < 0.2) return { type: 'driveLength', minutes: r.pick([null, 0, -5, 30, 90, 300, 330, 840, 900, 10_000]) };
  if (roll < 0.32) return { type: 'breakInterval', minutes: r.pick([null, 0, 45, 60, 75, 90, 120]) };
  if (roll < 0.45) return { type: 'timeOfDay', time: r.pick([null, '07:00', '04:00', '22:00', '12:30', '00:00', '25:00', 'noon']) };
  if (roll < 0.55) return { type: 'workoutReminders', time: r.pick([null, '07:00', '18:30']) };
  if (roll < 0.65) return { type: 'remindersPermission', answer: r.pick(['accepted', 'denied', 'notAnswered'] as const) };
  if (roll < 0.9) {
    return {
      type: 'remindersDone',
      created: TOKENS.slice(0, Math.floor(r.next() * 5)),
      cancelled: r.next() < 0.5 ? [] : [r.pick(TOKENS)],
      failure: r.pick([null, 'permission', 'error', 'timeout'] as const),
    };
  }
  return r.pick<CoachEvent>([
    { type: 'skillEnabled' },
    { type: 'skillDisabled' },
    { type: 'permissionsChanged', granted: [] },
    { type: 'permissionsChanged', granted: ['alexa::alerts:reminders:skill:readwrite'] },
  ]);
};

const randomEvent = (r: ReturnType<typeof random>): CoachEvent => {
  const roll = r.next();
  if (roll < 0.26) return { type: 'count', value: r.pick(NUMBERS), ...(r.next() < 0.1 ? { formLost: true } : {}) };
  if (roll < 0.3) return { type: 'correction', value: r.pick(NUMBERS) };
  if (roll < 0.36) return { type: 'weight', value: r.pick(NUMBERS), unit: r.pick([null, 'lb', 'kg'] as const) };
  if (roll < 0.39) return { type: 'units', unit: r.pick([null, 'lb', 'kg'] as const) };
  if (roll < 0.43) return { type: 'side', side: r.pick([null, 'left', 'right'] as const) };
  if (roll < 0.45) return { type: 'switchWeakSide', side: r.pick([null, 'left', 'right'] as const) };
  if (roll < 0.48) return { type: 'launch' };
  if (roll < 0.53) return reminderOrHostEvent(r);
  // "yes" and "go" are what a real driver says most.
  if (roll < 0.6) return { type: r.pick(['yes', 'ready'] as const) };
  return { type: r.pick(SIMPLE) };
};

/** Moves the clock the way a driver's day does: mostly seconds, sometimes hours, now and then days. */
const passTime = (c: Conversation, r: ReturnType<typeof random>): void => {
  const roll = r.next();
  if (roll < 0.7) c.later({ seconds: 5 + Math.floor(r.next() * 120) });
  else if (roll < 0.9) c.later({ hours: 1 + Math.floor(r.next() * 10) });
  else c.later({ days: 1 + Math.floor(r.next() * 4) });
  if (r.next() < 0.03) c.zone(r.pick(ZONES));
};

/**
 * A driver who answers what the coach asks, from the reply's own expectations, and says "start my workout" when
 * nothing is asked. Returns once a workout has been finished, or throws with the transcript when it cannot.
 */
const cooperate = (from: Conversation): void => {
  const c = new Conversation({ userId: from.userId, document: structuredClone(from.document), now: from.now, timeZone: from.timeZone });
  const finishedBefore = c.document?.workouts.filter((w) => w.completed).length ?? 0;
  let last: Said = c.say('launch');
  for (let turn = 0; turn < 200; turn++) {
    if ((c.document?.workouts.filter((w) => w.completed).length ?? 0) > finishedBefore) return;
    const expects = last.expects;
    let event: CoachEvent;
    if (last.endSession || !expects) {
      // Come back later, as a driver would, and open the coach again.
      c.later({ days: 1 });
      event = { type: 'launch' };
    } else if (expects.number) {
      const { measure, min, max } = expects.number;
      const value = measure === 'weight' ? Math.min(max, Math.max(min, 35)) : Math.min(max, Math.max(min, measure === 'seconds' ? 40 : 10));
      event = measure === 'weight' ? { type: 'weight', value, unit: expects.number.unit } : { type: 'count', value };
    } else if (expects.choices.includes('yes')) {
      event = { type: 'yes' };
    } else if (expects.choices.includes('go')) {
      event = { type: 'ready' };
    } else if (expects.choices.includes('resume')) {
      event = { type: 'resume' };
    } else if (expects.choices.includes('lb')) {
      event = { type: 'units', unit: 'lb' };
    } else if (expects.choices.includes('left')) {
      event = { type: 'side', side: 'left' };
    } else if (expects.choices.includes('startWorkout')) {
      event = { type: 'startWorkout' };
    } else {
      throw new Error(`The coach asked for nothing a driver can give:\n${transcriptLine(last)}`);
    }
    c.later({ seconds: 30 });
    last = c.say(event);
  }
  throw new Error(`A cooperative driver could not finish a workout in 200 turns. Last reply:\n${transcriptLine(last)}`);
};

const walk = (seed: number, events: number): void => {
  const r = random(seed);
  const c = new Conversation({ userId: `walker-${seed}` });
  const history: string[] = [];
  try {
    for (let i = 0; i < events; i++) {
      passTime(c, r);
      c.inVehicle(r.next() < 0.05);
      // The host: an Alexa that can set reminders (with or without the permission), or one that cannot.
      if (r.next() < 0.05) c.withReminders(r.pick([undefined, 'granted', 'missing', 'unknown'] as const));
      const event = randomEvent(r);
      history.push(JSON.stringify(event));
      c.say(event);
      c.inVehicle(false);
      if (i % 150 === 149) cooperate(c);
    }
    cooperate(c);
  } catch (error) {
    const recent = history.slice(-25).join('\n  ');
    throw new Error(`Seed ${seed}, after ${history.length} events (the last ones:\n  ${recent})\n${(error as Error).message}`);
  }
};

describe('a randomized walk through the coach', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])('seed %i: 1,500 random events, every turn valid, never stuck', (seed) => {
    walk(seed, 1500);
  });
});

describe('starting a workout before the setup is finished', () => {
  it('asks for the setup first, then goes through the test and into workouts', () => {
    const c = new Conversation();
    c.say('launch');
    const early = c.say('startWorkout');
    expect(early.spoken).toMatch(/Let's finish setting up first\. Should I count your weights in pounds\?/);
    expect(c.doc.activity).toEqual({ kind: 'onboarding', step: 'units' });
    c.say('yes');
    expect(c.say('startWorkout').spoken).toMatch(/Let's finish setting up first\. Which side feels weaker to you, left or right\?$/);
    c.side('left');
    c.count(30);
    c.say('ready');
    c.count(5);
    c.count(8);
    expect(c.doc.weakSide).toBe('left');
    const start = c.say('yes');
    expect(start.spoken).toMatch(/^Today: three sets of single-arm rows/);
  });

  it('a user stored with a test but no weak side (written before this fix) can still train', () => {
    const c = new Conversation();
    c.say('launch');
    c.say('yes');
    c.side('left');
    c.count(30);
    c.say('ready');
    c.count(5);
    c.count(8);
    c.say('no');
    c.document = { ...c.doc, weakSide: null, units: null };
    c.later({ days: 1 });
    expect(c.say('startWorkout').spoken).toMatch(/^Today: three sets of single-arm rows/);
    expect(c.doc).toMatchObject({ weakSide: 'left', units: 'lb' });
  });
});
