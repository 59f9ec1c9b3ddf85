/**
 * The coach's answer to a skill event: what Alexa reports about a driver outside any conversation. It says
 * nothing, and only these changes are made:
 * - disabled: everything stored about the driver goes, as after "delete my data";
 * - permissions changed: the scopes granted now are recorded, each with when it was first granted;
 * - enabled: nothing.
 * A driver the skill has never talked to is not given a document: a grant is recorded once there is a driver to
 * record it for, and Alexa states every grant again in each request's envelope when one matters.
 */
import type { PermissionGrant, UserDocument } from './document';
import type { SkillEvent } from './events';
import type { Reply } from './reply';
import { plainCopy } from './plainCopy';

export interface SkillEventOutcome {
  /** The document to store; null when there is nothing to keep (the driver's data deleted, or never stored). */
  document: UserDocument | null;
  reply: Reply;
}

const silentReply = (deleteUser: boolean): Reply => ({
  speech: [],
  reprompt: [],
  endSession: true,
  card: null,
  status: null,
  expects: null,
  deleteUser,
});

/** The grants after a change: scopes kept keep their first grant's time, new ones are granted now. */
const grantsAfter = (before: readonly PermissionGrant[], granted: readonly string[], now: string): PermissionGrant[] => {
  const since = new Map(before.map((grant) => [grant.scope, grant.grantedAt]));
  return [...new Set(granted)].map((scope) => ({ scope, grantedAt: since.get(scope) ?? now }));
};

export const answerSkillEvent = (document: UserDocument | null, event: SkillEvent, now: string): SkillEventOutcome => {
  if (event.type === 'skillDisabled') return { document: null, reply: silentReply(true) };
  if (!document || event.type === 'skillEnabled') return { document, reply: silentReply(false) };
  const doc = plainCopy(document);
  doc.permissions = { granted: grantsAfter(doc.permissions.granted, event.granted, now), changedAt: now };
  return { document: doc, reply: silentReply(false) };
};
