/** The test driver itself: it keeps the document, owns the clock and zone, and fast-forwards users. */
import { userDocumentSchema } from '../../src/core/document';
import { Conversation, MONDAY_MORNING, doWorkout, fastForward, onboard, restsIn, strongCountIn, withoutBookkeeping } from '../../support/conversation';

describe('the conversation driver', () => {
  it('keeps the document between turns and passes the clock, zone and locale to the coach', () => {
    const c = new Conversation().at('2024-05-06T22:00:00-05:00').zone('America/Chicago');
    const first = c.say('launch');
    expect(first.before).toBeNull();
    expect(c.doc.createdAt).toBe('2024-05-07T03:00:00.000Z');
    expect(c.doc.timeZone).toBe('America/Chicago');
    c.zone('America/Denver').atLocal('2024-05-06T23:30');
    const second = c.say('yes');
    expect(second.before).toEqual(first.document);
    expect(second.now).toBe('2024-05-07T05:30:00.000Z');
    expect(c.doc.timeZone).toBe('America/Denver');
    expect(c.doc.turns).toBe(2);
  });

  it('splits a reply into spoken words and pauses', () => {
    const c = new Conversation();
    onboard(c);
    const go = c.transcript.find((s) => s.event.type === 'ready');
    expect(go?.pauses.length).toBeGreaterThan(0);
    expect(go?.spoken).toMatch(/^Go\./);
  });

  it('fast-forwards a user through first use, the baseline and N workouts, two days apart', () => {
    const c = fastForward(new Conversation(), { workouts: 3 });
    expect(c.doc.tests).toHaveLength(1);
    expect(c.doc.workouts.map((w) => [w.startedAt, w.completed])).toEqual([
      [MONDAY_MORNING, true],
      ['2024-05-08T14:00:00.000Z', true],
      ['2024-05-10T14:00:00.000Z', true],
    ]);
    expect(c.doc.activity).toBeNull();
    expect(userDocumentSchema.parse(c.doc)).toEqual(c.doc);
  });

  it('reads rests and strong-side counts out of a reply', () => {
    const c = new Conversation();
    onboard(c);
    const turns = doWorkout(c, { rows: [7, 8, 8] });
    const firstSet = turns.find((t) => t.event.type === 'count');
    expect(firstSet).toBeDefined();
    expect(strongCountIn(firstSet!.speech)).toMatchObject({ told: 7, numbers: [1, 2, 3, 4, 5, 6, 7] });
    expect(restsIn(firstSet!.speech)).toHaveLength(1);
  });

  it('compares documents without the bookkeeping every turn touches', () => {
    const c = new Conversation();
    onboard(c);
    const before = withoutBookkeeping(c.doc);
    c.say('repeat');
    expect(withoutBookkeeping(c.doc)).toEqual(before);
    expect(c.doc.turns).toBe((c.last.before?.turns ?? 0) + 1);
  });
});
