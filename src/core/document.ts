/**
 * The per-user document: everything Backcoach remembers about one user, validated by the store when it is read (unless
 * the store reads back the very text it wrote) and before it is written (the replies it remembers only as objects then).
 * The conversation position (`activity`, `pending`) is stored too, so a dropped session can resume.
 */
import type * as zod from './zod';
import { quickly } from './quickCheck';
import { z } from './schemaSketch';
import { isPromptKey, type PromptKey } from './prompts';
import { isQuestionKey, type QuestionKey } from './questions';
import { promptParamsSchema } from './spoken';
import { recentTurnSchema, recentTurnToWriteSchema } from './recentTurns';

const unit = z.enum(['lb', 'kg']);
const side = z.enum(['left', 'right']);
const exerciseId = z.enum(['row', 'pulldown', 'carry']);
const isoInstant = z.string().check(z.minLength(1));
const count = z.int().check(z.gte(0));
const positiveInt = z.int().check(z.positive());
const positive = z.number().check(z.positive());

// zod/mini's refine does not narrow the type the way a guard does, so the key types are given here.
const questionKey = z.string().check(z.refine(isQuestionKey, { message: 'not a question the coach asks' })) as zod.ZodMiniType<QuestionKey, string>;
const promptKey = z.string().check(z.refine(isPromptKey, { message: 'not a prompt' })) as zod.ZodMiniType<PromptKey, string>;

/** The closing question of the last reply, as its prompt key and values, so "repeat" words it afresh. */
const askedQuestion = z.object({
  key: questionKey,
  params: promptParamsSchema,
  reprompt: z.nullable(z.object({ key: promptKey, params: promptParamsSchema })),
});

export const setLogSchema = z.object({
  exercise: exerciseId,
  set: positiveInt,
  weak: count,
  strong: count,
  formLost: z.boolean(),
});

const workoutBody = {
  startedAt: isoInstant,
  weight: positive,
  unit,
  weakSide: side,
  sets: z.array(setLogSchema),
  finisherReps: z.nullable(count),
  skipped: z.array(exerciseId),
  stoppedForPain: z.array(exerciseId),
};

export const workoutRecordSchema = z.object({
  ...workoutBody,
  finishedAt: isoInstant,
  completed: z.boolean(),
});

export const testRecordSchema = z.object({
  kind: z.enum(['baseline', 'retest']),
  at: isoInstant,
  weight: positive,
  unit,
  weakSide: side,
  weakReps: count,
  strongReps: count,
  gapReps: count,
  gapPercent: z.number().check(z.gte(0), z.lte(100)),
  /** The side tested first (the one believed weaker then), so a correction can tell the two counts apart; absent in tests stored before it was kept. */
  firstSide: z.optional(side),
});

const workoutPosition = z.object({
  exercise: exerciseId,
  set: positiveInt,
  /** 'weak': the weak side's set is on; 'finisher': the weak-side-only finisher is on. */
  step: z.enum(['weak', 'finisher']),
  /** True when the coach is waiting for "go" before the set starts. */
  waitingForGo: z.boolean(),
  /** The user said they lost form before giving this set's count. */
  formLost: z.boolean(),
  /** The last reply timed a rest before this set, so "skip" means skip that rest. */
  afterRest: z.boolean(),
});

export const activitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('onboarding'), step: z.enum(['units', 'weakSide']) }),
  z.object({
    kind: z.literal('test'),
    testKind: z.enum(['baseline', 'retest']),
    step: z.enum(['weight', 'weak', 'strong']),
    weight: z.nullable(positive),
    weakReps: z.nullable(count),
    waitingForGo: z.boolean(),
  }),
  z.object({
    kind: z.literal('workout'),
    workout: z.object(workoutBody),
    position: workoutPosition,
    paused: z.boolean(),
    stoppedAt: z.nullable(isoInstant),
  }),
]);

export const pendingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('confirmCount'), value: count }),
  z.object({ kind: z.literal('confirmWeight'), value: positive }),
  z.object({ kind: z.literal('confirmDelete') }),
  z.object({ kind: z.literal('offerResume') }),
  z.object({ kind: z.literal('offerPostureBreak') }),
  z.object({ kind: z.literal('offerRetest') }),
  z.object({ kind: z.literal('afterPain') }),
  z.object({ kind: z.literal('offerWorkout') }),
  z.object({ kind: z.literal('askWeight') }),
  /** After pain: how the back feels today, then on to what was asked for (offering or starting the workout). */
  z.object({ kind: z.literal('askBackFeeling'), then: z.enum(['offerWorkout', 'startWorkout']) }),
  /** Break reminders asked for: how long the drive is, then how often to break. */
  z.object({ kind: z.literal('askDriveLength') }),
  z.object({ kind: z.literal('askBreakInterval'), driveMinutes: positiveInt }),
  /** Workout-day reminders asked for: at what local time. */
  z.object({ kind: z.literal('askWorkoutTime') }),
  /**
   * Before the first set, on a host that cannot tell whether it is in a vehicle: is the truck parked? Then the
   * question for where the driver stands is asked ('ask'), or the set the driver said go to starts ('go').
   */
  z.object({ kind: z.literal('askParked'), then: z.enum(['ask', 'go']) }),
]);

export const painEntrySchema = z.object({
  at: isoInstant,
  during: z.enum(['row', 'pulldown', 'carry', 'test', 'other']),
});

export const weightChangeSchema = z.object({
  at: isoInstant,
  from: z.nullable(positive),
  to: positive,
  reason: z.enum(['test', 'progression', 'user', 'pain']),
});

/** Alexa's permission scopes are a few dozen characters long. */
export const MAX_SCOPE_LENGTH = 200;

/** A permission the driver granted in the Alexa app (a scope such as `alexa::alerts:reminders:skill:readwrite`). */
export const permissionGrantSchema = z.object({
  scope: z.string().check(z.minLength(1), z.maxLength(MAX_SCOPE_LENGTH)),
  grantedAt: isoInstant,
});

const alertToken = z.string().check(z.minLength(1), z.maxLength(200));
/** A day of the week as RFC 5545 names it (the Reminders API's recurrence rules). */
export const weekdaySchema = z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
/** A local time of day, 24-hour "HH:MM". */
const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
const reminderJob = z.enum(['drive', 'endDrive', 'workoutDays', 'stopWorkoutDays', 'zoneChange', 'settle']);

/**
 * The reminders the host (Alexa) holds for the driver, as the coach planned them. A plan is stored before the host
 * is asked to set it, so nothing is lost when the call fails; `tokens` are the alerts the host confirmed.
 */
export const remindersStateSchema = z.object({
  /** The break reminders of the drive under way: the break times (instants) planned in `zone`. */
  drive: z.nullable(
    z.object({
      startedAt: isoInstant,
      endsAt: isoInstant,
      everyMinutes: positiveInt,
      zone: z.string(),
      breaks: z.array(isoInstant),
      /** The alert of each break, by its place in `breaks` (null: not set). */
      tokens: z.array(z.nullable(alertToken)),
    }),
  ),
  /** Weekly reminders on workout days at a local time. `heldIn`: the zone the host holds them in (null: none held). */
  workoutDays: z.nullable(
    z.object({
      time: clockTime,
      days: z.array(weekdaySchema),
      tokens: z.array(alertToken),
      heldIn: z.nullable(z.string()),
      /** When the coach last asked the host to move them to a new zone on its own, so a failing host is not asked every turn. */
      movedAt: z.nullable(isoInstant),
    }),
  ),
  /** What the host was last asked to do with reminders, so its result is told for what the driver asked. */
  requested: z.nullable(reminderJob),
  /** When it was asked: a result that has not come back long after was lost (its turn could not store it). */
  requestedAt: z.nullable(isoInstant),
  /** What waits for the driver's answer to Alexa's permission question. */
  awaitingPermission: z.nullable(z.enum(['drive', 'workoutDays'])),
  /** Alerts to delete with the next call to the host (a delete that failed). */
  toCancel: z.array(alertToken),
  /**
   * The host may hold reminders the coach does not know of (a call given up, whose reminder may have been made all the
   * same): since when, and when the coach last asked the host to settle it. Null when the coach knows what is held.
   */
  unsettled: z.nullable(
    z.object({
      since: isoInstant,
      triedAt: z.nullable(isoInstant),
      /** The plans whose reminders the host may hold while the coach holds no token (a result lost): kept when found. */
      adopt: z.array(z.enum(['break', 'workoutDay'])),
    }),
  ),
});

/** A time zone the driver named ("I'm on central time now"), and the zone their host reported then. */
const zoneSaid = z.object({
  zone: z.string(),
  /** The zone the host reported when it was said: the named zone holds until the host reports another. */
  over: z.nullable(z.string()),
});

export const CURRENT_SCHEMA_VERSION = 10;

const currentDocumentSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  userId: z.string().check(z.minLength(1)),
  createdAt: isoInstant,
  units: z.nullable(unit),
  weakSide: z.nullable(side),
  weight: z.nullable(positive),
  timeZone: z.nullable(z.string()),
  zoneSaid: z.nullable(zoneSaid),
  safetyNoticeGiven: z.boolean(),
  turns: count,
  tests: z.array(testRecordSchema),
  workouts: z.array(workoutRecordSchema),
  painLog: z.array(painEntrySchema),
  /** When the coach last heard how the back feels after pain; a pain logged later is asked about at the next start. */
  backCheckedAt: z.nullable(isoInstant),
  weightChanges: z.array(weightChangeSchema),
  activity: z.nullable(activitySchema),
  pending: z.nullable(pendingSchema),
  lastPrompt: z.nullable(askedQuestion),
  /** What the driver's last number this session was taken as, so "no, 45" replaces that one: a count or a weight. */
  lastNumberFor: z.nullable(z.enum(['count', 'weight'])),
  /**
   * What the driver said this session about the truck, where the host cannot tell whether it is in a vehicle (the
   * browser page): parked (true) or driving (false); null until asked or said.
   */
  parked: z.nullable(z.boolean()),
  /** What the driver lets the skill do, as Alexa last reported it (skill events), and when that last changed. */
  permissions: z.object({
    granted: z.array(permissionGrantSchema),
    changedAt: z.nullable(isoInstant),
  }),
  reminders: remindersStateSchema,
  /** The replies of the last few requests, by their request id, so a request sent again is answered, not applied again. */
  recentTurns: z.array(recentTurnSchema),
});

/**
 * Upgrades a stored document of an earlier schema version to the current one; anything else is left for the
 * schema to judge.
 *   1 → 2: `lastPrompt` held the rendered words of the last question; it now holds its prompt key and values.
 *          The old words cannot be turned back into a key, so the question is forgotten (a "repeat" then asks
 *          the question for where the user stands).
 *   2 → 3: `backCheckedAt` is new: nobody has been asked yet, so pain logged before is asked about once.
 *   3 → 4: `lastNumberFor` is new: no number said before it is taken for a weight to correct.
 *   4 → 5: `permissions` is new: no grant was recorded before, so none is known until Alexa reports one.
 *   5 → 6: `reminders` is new: the coach set none before.
 *   6 → 7: `zoneSaid` is new: no driver had named a zone before.
 *   7 → 8: `reminders.unsettled` and `reminders.requestedAt` are new: nothing was known to be unsettled, and a
 *          request still waiting for its result is taken as just made (the drive's tokens, strings by their break's
 *          place, stay as they are).
 *   8 → 9: `recentTurns` is new: no request was remembered before.
 *   9 → 10: `parked` is new: nobody had been asked in the session under way.
 */
const MIGRATIONS: Readonly<Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>> = {
  1: (doc) => ({ ...doc, schemaVersion: 2, lastPrompt: null }),
  2: (doc) => ({ ...doc, schemaVersion: 3, backCheckedAt: null }),
  3: (doc) => ({ ...doc, schemaVersion: 4, lastNumberFor: null }),
  4: (doc) => ({ ...doc, schemaVersion: 5, permissions: { granted: [], changedAt: null } }),
  5: (doc) => ({ ...doc, schemaVersion: 6, reminders: noReminders() }),
  6: (doc) => ({ ...doc, schemaVersion: 7, zoneSaid: null }),
  7: (doc) => ({ ...doc, schemaVersion: 8, reminders: { ...(doc.reminders as Record<string, unknown>), unsettled: null, requestedAt: null } }),
  8: (doc) => ({ ...doc, schemaVersion: 9, recentTurns: [] }),
  9: (doc) => ({ ...doc, schemaVersion: 10, parked: null }),
};

export const noReminders = (): RemindersState => ({
  drive: null,
  workoutDays: null,
  requested: null,
  requestedAt: null,
  awaitingPermission: null,
  toCancel: [],
  unsettled: null,
});

export const migrateDocument = (raw: unknown): unknown => {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  let doc = raw as Record<string, unknown>;
  for (let steps = 0; steps < 10; steps++) {
    const version = doc.schemaVersion;
    const migrate = typeof version === 'number' && Object.hasOwn(MIGRATIONS, version) ? MIGRATIONS[version] : undefined;
    if (!migrate) break;
    doc = migrate(doc);
  }
  return doc;
};

export const userDocumentSchema = z.pipe(z.transform(migrateDocument), currentDocumentSchema);

/**
 * What the stores check before they write a document: all of the user document schema but the replies of the turns it
 * remembers, checked as objects (./recentTurns.ts says why); those come out as they went in, so the type is the same.
 */
export const documentToWriteSchema = z.pipe(
  z.transform(migrateDocument),
  z.extend(currentDocumentSchema, { recentTurns: z.array(recentTurnToWriteSchema) }),
) as unknown as zod.ZodMiniType<UserDocument, unknown>;

/**
 * The two schemas' safeParse as the stores call them, on every read of a file they did not write and before every write:
 * a document already current and valid is taken as it is, without zod's copy of it (./quickCheck.ts).
 */
export const parseUserDocument = quickly(userDocumentSchema);
export const parseDocumentToWrite = quickly(documentToWriteSchema);

export type UserDocument = zod.infer<typeof currentDocumentSchema>;
export type AskedQuestion = zod.infer<typeof askedQuestion>;
export type Activity = zod.infer<typeof activitySchema>;
export type TestActivity = Extract<Activity, { kind: 'test' }>;
export type WorkoutActivity = Extract<Activity, { kind: 'workout' }>;
export type WorkoutInProgress = WorkoutActivity['workout'];
export type WorkoutPosition = WorkoutActivity['position'];
export type Pending = zod.infer<typeof pendingSchema>;
export type SetLog = zod.infer<typeof setLogSchema>;
export type WorkoutRecord = zod.infer<typeof workoutRecordSchema>;
export type TestRecord = zod.infer<typeof testRecordSchema>;
export type PermissionGrant = zod.infer<typeof permissionGrantSchema>;
export type RemindersState = zod.infer<typeof remindersStateSchema>;
export type DrivePlan = NonNullable<RemindersState['drive']>;
export type WorkoutDaysPlan = NonNullable<RemindersState['workoutDays']>;
export type ReminderJob = zod.infer<typeof reminderJob>;
export type Weekday = zod.infer<typeof weekdaySchema>;
export type ZoneSaid = zod.infer<typeof zoneSaid>;

export const newUserDocument = (userId: string, nowIso: string): UserDocument => ({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  userId,
  createdAt: nowIso,
  units: null,
  weakSide: null,
  weight: null,
  timeZone: null,
  zoneSaid: null,
  safetyNoticeGiven: false,
  turns: 0,
  tests: [],
  workouts: [],
  painLog: [],
  backCheckedAt: null,
  weightChanges: [],
  activity: null,
  pending: null,
  lastPrompt: null,
  lastNumberFor: null,
  parked: null,
  permissions: { granted: [], changedAt: null },
  reminders: noReminders(),
  recentTurns: [],
});
