/**
 * The neutral reply says what it means: every pause its purpose, the numbers of a count, where the workout stands
 * as the speech moves on, and what the closing question expects. Nothing here reads the words.
 */
import fixtureV1 from '../fixtures/userDocument.v1.json';
import fixtureV2 from '../fixtures/userDocument.v2.json';
import fixtureV3 from '../fixtures/userDocument.v3.json';
import fixtureV5 from '../fixtures/userDocument.v5.json';
import { CURRENT_SCHEMA_VERSION, userDocumentSchema } from '../../src/core/document';
import type { PauseSegment, Segment, WorkoutStatus } from '../../src/core/reply';
import { Conversation, doWorkout, MONDAY_MORNING, onboard, workoutOf, type Said } from '../../support/conversation';

const pauses = (speech: readonly Segment[], purpose?: PauseSegment['purpose']): PauseSegment[] =>
  speech.filter((s): s is PauseSegment => s.kind === 'pause' && (purpose === undefined || s.purpose === purpose));

/** The status marks of a reply with the text that follows each. */
const marks = (said: Said): { status: WorkoutStatus | null; next: string }[] =>
  said.speech.flatMap((s, i) => {
    if (s.kind !== 'status') return [];
    const next = said.speech.slice(i + 1).find((t) => t.kind === 'text');
    return [{ status: s.status, next: next?.kind === 'text' ? next.text : '' }];
  });

/** A user after the baseline, in a workout, with set 1 of rows under way. */
const inFirstSet = (): Conversation => {
  const c = new Conversation();
  onboard(c);
  c.say('yes');
  c.say('ready');
  return c;
};

describe('pauses carry their purpose', () => {
  it('"go" leaves the weak side a timed set window, then asks for the count', () => {
    const c = new Conversation();
    onboard(c);
    c.say('yes');
    const go = c.say('ready');
    // The window is sized from the baseline's 9 reps: 9 × 3 s + 5 s, rounded up to 35 s.
    expect(pauses(go.speech)).toEqual([{ kind: 'pause', purpose: 'set', seconds: 35, total: 35, left: 35 }]);
    expect(go.expects).toEqual({ choices: [], number: { measure: 'reps', min: 1, max: 40, unit: null } });
  });

  it('the strong side is counted with numbered reps and count pauses, then a rest is one stretch across its cues', () => {
    const c = inFirstSet();
    const said = c.count(12);
    const numbers = said.speech.filter((s) => s.kind === 'text' && s.counted);
    expect(numbers.map((s) => (s.kind === 'text' ? [s.text, s.counted] : null))).toEqual(
      Array.from({ length: 12 }, (_, i) => [String(i + 1), { n: i + 1, of: 12 }]),
    );
    const count = pauses(said.speech, 'count');
    expect(count).toHaveLength(12);
    expect(count.every((p) => p.total === count[0]?.total && p.seconds === 2.6)).toBe(true);

    const rest = pauses(said.speech, 'rest');
    expect(rest.length).toBeGreaterThan(1);
    const total = rest[0]?.total ?? 0;
    // What is left of the weak side's minute after 12 reps counted at 3 seconds each.
    expect(total).toBeGreaterThanOrEqual(23);
    expect(total).toBeLessThanOrEqual(25);
    expect(rest.map((p) => p.total)).toEqual(rest.map(() => total));
    // Time left falls through the stretch: the first pause starts it, the others continue it.
    expect(rest[0]?.left).toBe(total);
    for (let i = 1; i < rest.length; i++) expect(rest[i]!.left!).toBeLessThan(rest[i - 1]!.left!);
    // The next set starts in the same reply: its window is a set pause.
    expect(pauses(said.speech, 'set')).toHaveLength(1);
    expect(said.speech.filter((s) => s.kind === 'pause' && s.purpose === 'beat')).toEqual([]);
  });

  it('a carry calls the time inside one set stretch, and the strong hand inside one count stretch', () => {
    const c = new Conversation();
    onboard(c);
    const turns = doWorkout(c, { carry: [40, 30] });
    const carry = turns.find((t) => t.texts.includes('Go. Walk tall.'));
    const window = pauses(carry?.speech ?? [], 'set');
    expect(window.length).toBeGreaterThan(1);
    expect(window[0]?.total).toBeCloseTo(60, 0);
    expect(window.map((p) => p.total)).toEqual(window.map(() => window[0]?.total));
    const last = turns[turns.length - 1]!;
    const strong = pauses(last.speech, 'count');
    expect(strong[0]?.total).toBeCloseTo(30, 0);
    expect(strong.map((p) => p.total)).toEqual(strong.map(() => strong[0]?.total));
  });
});

describe('the reply marks where the workout stands as it goes', () => {
  it('during set 3’s strong-side count the status is set 3 with its cap, and the finisher only after it', () => {
    const c = inFirstSet();
    c.count(10);
    c.count(10);
    const third = c.count(11);
    const [counting, finisher] = marks(third);
    expect(counting?.status).toMatchObject({ set: 3, sets: 3, working: 'strong', cap: 11, finisher: false });
    expect(counting?.next).toBe('11 on the left.');
    expect(finisher?.status).toMatchObject({ set: null, finisher: true, working: 'weak', cap: null });
    // The finisher's mark comes after the count is over, before the rest.
    const finisherAt = third.speech.findIndex((s) => s.kind === 'status' && s.status?.finisher);
    const stopAt = third.speech.findIndex((s) => s.kind === 'text' && /^Stop\. That's 11\./.test(s.text));
    expect(stopAt).toBeGreaterThan(-1);
    expect(finisherAt).toBeGreaterThan(stopAt);
    expect(third.status).toMatchObject({ finisher: true });
    expect(marks(third)).toHaveLength(2);
  });

  it('marks nothing when nothing changed, and null when the workout ends', () => {
    const c = inFirstSet();
    expect(marks(c.say('help'))).toEqual([]);
    const d = new Conversation();
    onboard(d);
    const turns = doWorkout(d);
    const end = turns[turns.length - 1]!;
    expect(end.status).toBeNull();
    expect(marks(end).map((m) => m.status?.working ?? null)).toEqual(['strong', null]);
  });
});

describe('the closing question says what it expects', () => {
  it.each([
    ['the units', (c: Conversation) => c.say('launch'), { choices: ['lb', 'kg'], number: null }],
    ['the weak side', (c: Conversation) => (c.say('launch'), c.say('yes')), { choices: ['left', 'right'], number: null }],
    ['the dumbbell', (c: Conversation) => (c.say('launch'), c.say('yes'), c.side('left')), { choices: [], number: { measure: 'weight', min: 2.5, max: 200, unit: 'lb' } }],
    ['go', (c: Conversation) => (c.say('launch'), c.say('yes'), c.side('left'), c.count(35)), { choices: ['go'], number: null }],
    ['the first workout', (c: Conversation) => onboard(c), { choices: ['yes', 'no'], number: null }],
  ])('asking for %s', (_name, act, expected) => {
    const c = new Conversation();
    const said = act(c);
    expect(said.expects).toEqual(expected);
  });

  it('a carry asks for seconds up to the limit for seconds', () => {
    const c = new Conversation();
    onboard(c);
    const turns = doWorkout(c);
    const askSeconds = turns.find((t) => /How many seconds/.test(t.spoken));
    expect(askSeconds?.expects).toEqual({ choices: [], number: { measure: 'seconds', min: 1, max: 300, unit: null } });
  });

  it('a kilogram user is asked for a weight in kilograms', () => {
    const c = new Conversation();
    c.say('launch');
    c.units('kg');
    expect(c.side('left').expects?.number).toEqual({ measure: 'weight', min: 1, max: 90, unit: 'kg' });
  });

  it('a reply that ends the session expects nothing', () => {
    const c = new Conversation();
    onboard(c);
    const bye = c.say('no');
    expect(bye.endSession).toBe(true);
    expect(bye.expects).toBeNull();
  });

  it('a paused workout expects resume or stop', () => {
    const c = inFirstSet();
    expect(c.say('pause').expects).toEqual({ choices: ['resume', 'stop'], number: null });
  });
});

describe('the last question is stored as its prompt key and values', () => {
  it('stores no words, and "repeat" asks it again in the words of the string table', () => {
    const c = new Conversation();
    onboard(c, { weight: 35 });
    c.say('no');
    c.later({ days: 2 }).say('launch');
    const asked = c.weight(80, 'lb');
    expect(c.doc.lastPrompt).toEqual({
      key: 'CONFIRM_WEIGHT',
      params: { previousWords: { weight: 35, unit: 'lb' }, weightWords: { weight: 80, unit: 'lb' } },
      reprompt: { key: 'CONFIRM_WEIGHT_SHORT', params: { weightWords: { weight: 80, unit: 'lb' } } },
    });
    expect(JSON.stringify(c.doc.lastPrompt)).not.toMatch(/pounds/);
    const again = c.say('repeat');
    expect(again.texts[again.texts.length - 1]).toBe(asked.texts[asked.texts.length - 1]);
    expect(again.texts[again.texts.length - 1]).toBe("That's a big change from 35 pounds. Did you say 80 pounds?");
  });
});

describe('documents written before this schema version', () => {
  it('a version 1 document in the middle of a workout is read, and the workout goes on', () => {
    const doc = userDocumentSchema.parse(fixtureV1);
    expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(doc.lastPrompt).toBeNull();
    const c = new Conversation({ userId: doc.userId, document: doc, now: '2026-11-18T15:20:00.000Z' });
    const again = c.say('repeat');
    expect(again.texts[again.texts.length - 1]).toBe('How many reps did you get on your left side?');
    const counted = c.count(11);
    expect(counted.spoken).toMatch(/^11 on the left\./);
    expect(c.doc.activity).toMatchObject({ kind: 'workout', position: { set: 3 } });
  });
});

describe('a version 2 document (a workout under way after back pain in the workout before)', () => {
  it('is read through every later version, and the coach asks how the back feels at the next start', () => {
    const doc = userDocumentSchema.parse(fixtureV2);
    expect(doc).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION, backCheckedAt: null });
    expect(doc.painLog).toHaveLength(1);
    const c = new Conversation({ userId: doc.userId, document: doc, now: '2026-11-18T15:40:00.000Z' });
    expect(c.count(11).spoken).toMatch(/^(Good, )?11 on the left\./);
    c.say('stop');
    const launch = c.later({ days: 2 }).say('launch');
    expect(launch.spoken).toMatch(/pick up where you left off\?$/);
    c.say('no');
    expect(c.last.spoken).toMatch(/Is it still hurting today\?$/);
  });
});

describe('a version 3 document (set 2 of the rows asked for, just after "make it 40")', () => {
  it('is read through every later version with no number to correct, and the workout goes on at 40 pounds', () => {
    const doc = userDocumentSchema.parse(fixtureV3);
    expect(doc).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION, lastNumberFor: null, weight: 40 });
    const c = new Conversation({ userId: doc.userId, document: doc, now: '2026-11-18T15:40:00.000Z' });
    expect(c.count(11).spoken).toMatch(/^(Good, )?11 on the left\./);
    expect(workoutOf(c).workout.sets.map((set) => set.weak)).toEqual([10, 11]);
    expect(workoutOf(c).workout.weight).toBe(40);
  });
});

describe('a version 5 document (set 2 of the rows asked for, the reminders permission granted)', () => {
  it('is read with no reminders set, the workout goes on, and break reminders can be set from it', () => {
    const doc = userDocumentSchema.parse(fixtureV5);
    expect(doc).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION, reminders: { drive: null, workoutDays: null, requested: null, toCancel: [] } });
    const c = new Conversation({ userId: doc.userId, document: doc, now: '2026-11-18T15:40:00.000Z', reminders: 'granted' });
    expect(c.count(11).spoken).toMatch(/^(Good, )?11 on the left\./);
    c.say('stop');
    c.say('breakReminders');
    c.say({ type: 'driveLength', minutes: 180 });
    expect(c.say('yes').reminders?.create).toHaveLength(2);
  });
});

describe('a version 7 document with break reminders set', () => {
  it('is read with its drive tokens by break, nothing unsettled, no request waiting, and no request remembered', () => {
    const v7 = {
      ...userDocumentSchema.parse(fixtureV5),
      schemaVersion: 7,
      reminders: {
        drive: { startedAt: '2026-11-18T15:00:00.000Z', endsAt: '2026-11-18T20:00:00.000Z', everyMinutes: 75, zone: 'America/Chicago', breaks: ['2026-11-18T16:15:00.000Z'], tokens: ['a1'] },
        workoutDays: null,
        requested: null,
        awaitingPermission: null,
        toCancel: [],
      },
      recentTurns: undefined,
    };
    const doc = userDocumentSchema.parse(v7);
    expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(doc.reminders).toMatchObject({ drive: { tokens: ['a1'] }, unsettled: null, requestedAt: null });
    expect(doc.recentTurns).toEqual([]);
  });
});

it('the fixture is what a user looked like before (a sanity check on the fixture itself)', () => {
  expect(fixtureV1.schemaVersion).toBe(1);
  expect(fixtureV2.schemaVersion).toBe(2);
  expect(fixtureV3.schemaVersion).toBe(3);
  expect(fixtureV5.schemaVersion).toBe(5);
  expect('reminders' in fixtureV5).toBe(false);
  expect('lastNumberFor' in fixtureV3).toBe(false);
  expect(Array.isArray(fixtureV1.lastPrompt)).toBe(true);
  expect(MONDAY_MORNING).toBeTruthy();
});
