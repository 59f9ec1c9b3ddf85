/**
 * Skill events in the core: the skill disabled deletes the driver's document, permissions granted or changed are
 * recorded with when each was granted, the skill enabled changes nothing, none of them is a turn of the
 * conversation, and none says a word or stores a driver the coach has never talked to.
 */
import { coach } from '../../src/core/coach';
import { CURRENT_SCHEMA_VERSION, userDocumentSchema, type UserDocument } from '../../src/core/document';
import type { CoachEvent } from '../../src/core/events';
import fixtureV4 from '../fixtures/userDocument.v4.json';
import { Conversation, MONDAY_MORNING } from '../../support/conversation';

const REMINDERS = 'alexa::alerts:reminders:skill:readwrite';
const context = (now: string) => ({ now, timeZone: 'America/Chicago', locale: 'en-US', inVehicle: false });

const run = (document: UserDocument | null, event: CoachEvent, now = MONDAY_MORNING) =>
  coach({ userId: document?.userId ?? 'amzn1.ask.account.new', document, event, context: context(now) });

/** A driver after first use and the first question of the baseline test. */
const driver = (): UserDocument => {
  const c = new Conversation({ now: MONDAY_MORNING });
  c.say('launch');
  c.say('yes');
  c.say({ type: 'side', side: 'left' });
  return c.doc;
};

const SILENT = { speech: [], reprompt: [], endSession: true, card: null, status: null, expects: null };

describe('the skill disabled', () => {
  it('deletes the whole document, as a confirmed "delete my data" does, and says nothing', () => {
    const out = run(driver(), { type: 'skillDisabled' });
    expect(out.document).toBeNull();
    expect(out.reply).toEqual({ ...SILENT, deleteUser: true });
  });

  it('for a driver never stored, stores nothing', () => {
    expect(run(null, { type: 'skillDisabled' }).document).toBeNull();
  });
});

describe('permissions granted or changed', () => {
  it('are recorded with when each scope was granted, and nothing else changes (not even the turn count)', () => {
    const before = driver();
    const out = run(before, { type: 'permissionsChanged', granted: [REMINDERS] }, '2024-05-06T18:00:00.000Z');
    expect(out.reply).toEqual({ ...SILENT, deleteUser: false });
    expect(out.document?.permissions).toEqual({ granted: [{ scope: REMINDERS, grantedAt: '2024-05-06T18:00:00.000Z' }], changedAt: '2024-05-06T18:00:00.000Z' });
    expect({ ...out.document, permissions: before.permissions }).toEqual(before);
    expect(userDocumentSchema.parse(out.document)).toEqual(out.document);
  });

  it('a scope still granted keeps its first grant time; a scope taken back is dropped', () => {
    const granted = run(driver(), { type: 'permissionsChanged', granted: [REMINDERS] }, '2024-05-06T18:00:00.000Z').document;
    const more = run(granted, { type: 'permissionsChanged', granted: [REMINDERS, 'alexa::profile:given_name:read'] }, '2024-05-08T18:00:00.000Z').document;
    expect(more?.permissions).toEqual({
      granted: [
        { scope: REMINDERS, grantedAt: '2024-05-06T18:00:00.000Z' },
        { scope: 'alexa::profile:given_name:read', grantedAt: '2024-05-08T18:00:00.000Z' },
      ],
      changedAt: '2024-05-08T18:00:00.000Z',
    });
    const none = run(more, { type: 'permissionsChanged', granted: [] }, '2024-05-09T18:00:00.000Z').document;
    expect(none?.permissions).toEqual({ granted: [], changedAt: '2024-05-09T18:00:00.000Z' });
  });

  it('for a driver the coach has never talked to, store nothing (no document of defaults)', () => {
    expect(run(null, { type: 'permissionsChanged', granted: [REMINDERS] }).document).toBeNull();
  });
});

describe('the skill enabled', () => {
  it('changes nothing, stores nobody new and says nothing', () => {
    const before = driver();
    expect(run(before, { type: 'skillEnabled' })).toEqual({ document: before, reply: { ...SILENT, deleteUser: false }, event: { type: 'skillEnabled' } });
    expect(run(null, { type: 'skillEnabled' }).document).toBeNull();
  });
});

describe('a version 4 document (set 2 of the rows asked for, just after "make it 40")', () => {
  it('is read as the current version with no permission known, and the workout goes on at 40 pounds', () => {
    const doc = userDocumentSchema.parse(fixtureV4);
    expect(doc).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION, lastNumberFor: 'weight', weight: 40, permissions: { granted: [], changedAt: null } });
    const c = new Conversation({ userId: doc.userId, document: doc, now: '2026-11-18T15:40:00.000Z' });
    expect(c.count(11).spoken).toMatch(/^(Good, )?11 on the left\./);
    expect(c.doc?.permissions).toEqual({ granted: [], changedAt: null });
  });

  it('takes a grant in the middle of the workout, and the workout goes on where it was', () => {
    const doc = userDocumentSchema.parse(fixtureV4);
    const granted = run(doc, { type: 'permissionsChanged', granted: [REMINDERS] }, '2026-11-18T15:41:00.000Z').document!;
    expect(granted.activity).toEqual(doc.activity);
    const c = new Conversation({ userId: doc.userId, document: granted, now: '2026-11-18T15:42:00.000Z' });
    expect(c.count(11).spoken).toMatch(/^(Good, )?11 on the left\./);
    expect(c.doc?.permissions.granted).toEqual([{ scope: REMINDERS, grantedAt: '2026-11-18T15:41:00.000Z' }]);
  });

  it('the fixture is what a user looked like before (a sanity check on the fixture itself)', () => {
    expect(fixtureV4.schemaVersion).toBe(4);
    expect('permissions' in fixtureV4).toBe(false);
  });
});
