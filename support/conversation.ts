/**
 * A tiny driver for the coach core: it keeps the user's document between turns, owns an injectable clock,
 * time zone, locale and "in the cab" flag, and checks every reply and every stored document as it goes.
 *
 *   const c = new Conversation().at('2024-05-06T14:00:00Z').zone('America/Chicago');
 *   c.say({ type: 'launch' }).spoken   // what the coach said, text segments joined
 *   c.say('yes')                       // a simple event by its type
 *   c.count(12); c.weight(35, 'lb');   // shorthands
 */
import { DateTime, type DurationLike } from 'luxon';
import { coach } from '../src/core/coach';
import { userDocumentSchema, type UserDocument } from '../src/core/document';
import type { CoachContext, CoachEvent, SimpleEventType } from '../src/core/events';
import type { Reply, Segment } from '../src/core/reply';
import type { Side, Unit } from '../src/core/program';
import { segmentsToSsml } from '../src/speech/ssml';

/** Monday, May 6, 2024, 09:00 in Chicago. */
export const MONDAY_MORNING = '2024-05-06T14:00:00.000Z';

/** Alexa's limits for one response. */
export const MAX_AUDIO_SECONDS = 240;
export const MAX_SSML_CHARACTERS = 8000;
/** The rough speaking rate used to estimate a reply's length. */
export const SECONDS_PER_WORD = 0.4;

export interface Said extends Reply {
  event: CoachEvent;
  /** The instant and zone of the request. */
  now: string;
  timeZone: string;
  /** The text segments, joined with spaces. */
  spoken: string;
  /** The text segments, in order. */
  texts: string[];
  /** The pause segments' lengths, in order. */
  pauses: number[];
  /** The reprompt's words, joined. */
  repromptText: string;
  /** Estimated seconds of audio: pauses plus about 0.4 s a word. */
  audioSeconds: number;
  ssml: string;
  /** The document before and after the turn. */
  before: UserDocument | null;
  document: UserDocument | null;
}

export interface ConversationOptions {
  userId?: string;
  now?: string;
  timeZone?: string;
  locale?: string;
  inVehicle?: boolean;
  /** The host cannot tell whether it is in a vehicle (the browser page): the coach asks whether the truck is parked. */
  vehicleUnknown?: boolean;
  /** What the host can do with reminders (absent: a host without reminders). */
  reminders?: CoachContext['reminders'];
  document?: UserDocument | null;
  /** Check every reply against the conversation rules (default true). The stored document is always checked. */
  checkReplies?: boolean;
}

export const textOf = (segments: readonly Segment[]): string[] =>
  segments.filter((s): s is Extract<Segment, { kind: 'text' }> => s.kind === 'text').map((s) => s.text);

export const pausesOf = (segments: readonly Segment[]): number[] =>
  segments.filter((s): s is Extract<Segment, { kind: 'pause' }> => s.kind === 'pause').map((s) => s.seconds);

/** The status marks in a reply's speech, in order. */
export const statusesIn = (segments: readonly Segment[]) =>
  segments.filter((s): s is Extract<Segment, { kind: 'status' }> => s.kind === 'status').map((s) => s.status);

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

export const estimateAudioSeconds = (segments: readonly Segment[]): number =>
  segments.reduce((total, s) => total + (s.kind === 'pause' ? s.seconds : s.kind === 'text' ? wordCount(s.text) * SECONDS_PER_WORD : 0), 0);

/** The last sentence of a text. */
export const lastSentence = (text: string): string => text.trim().split(/(?<=[.?!])\s+/).pop() ?? '';

/** A closing sentence that asks something, or tells the user what to say or do next. */
export const CLOSING = /\?$|^(Say|Tell me|Go)\b/;

/** The problems with one reply, by the conversation rules of DESIGN.md; empty when it is fine. */
export const replyProblems = (reply: Reply, ssml: string): string[] => {
  const problems: string[] = [];
  const audio = estimateAudioSeconds(reply.speech);
  if (audio > MAX_AUDIO_SECONDS) problems.push(`about ${audio.toFixed(1)} s of audio (limit ${MAX_AUDIO_SECONDS} s)`);
  if (ssml.length > MAX_SSML_CHARACTERS) problems.push(`${ssml.length} characters of SSML (limit ${MAX_SSML_CHARACTERS})`);
  for (const s of reply.speech) {
    if (s.kind === 'pause' && !(s.seconds > 0)) problems.push(`a pause of ${s.seconds} s`);
    if (s.kind === 'text' && s.text.trim() === '') problems.push('an empty text segment');
  }
  if (!reply.endSession) {
    const last = reply.speech[reply.speech.length - 1];
    if (!last || last.kind !== 'text') problems.push('an open reply that does not end with words');
    else if (!CLOSING.test(lastSentence(last.text))) problems.push(`an open reply that ends with "${last.text}", not a question or instruction`);
    if (textOf(reply.reprompt).join(' ').trim() === '') problems.push('an open reply without a reprompt');
  }
  return problems;
};

export class Conversation {
  document: UserDocument | null;
  readonly transcript: Said[] = [];
  readonly userId: string;
  private nowIso: string;
  private timeZoneName: string;
  private localeName: string;
  private vehicle: boolean;
  private readonly vehicleUnknown: boolean;
  private remindersHost: CoachContext['reminders'];
  private readonly checkReplies: boolean;

  constructor(options: ConversationOptions = {}) {
    this.userId = options.userId ?? 'user-1';
    this.nowIso = options.now ?? MONDAY_MORNING;
    this.timeZoneName = options.timeZone ?? 'America/Chicago';
    this.localeName = options.locale ?? 'en-US';
    this.vehicle = options.inVehicle ?? false;
    this.vehicleUnknown = options.vehicleUnknown ?? false;
    this.remindersHost = options.reminders;
    this.document = options.document ?? null;
    this.checkReplies = options.checkReplies ?? true;
  }

  /** Sets the clock to an instant (ISO 8601 with an offset or Z). */
  at(iso: string): this {
    const parsed = DateTime.fromISO(iso, { setZone: true });
    if (!parsed.isValid) throw new Error(`Not an instant: ${iso}`);
    this.nowIso = parsed.toUTC().toISO() ?? iso;
    return this;
  }

  /** Sets the clock to a wall-clock time in the current zone ("2024-05-06T22:00"). */
  atLocal(wallClock: string): this {
    const parsed = DateTime.fromISO(wallClock, { zone: this.timeZoneName });
    if (!parsed.isValid) throw new Error(`Not a local time: ${wallClock}`);
    this.nowIso = parsed.toUTC().toISO() ?? wallClock;
    return this;
  }

  /** Moves the clock forward. */
  later(duration: DurationLike): this {
    this.nowIso = DateTime.fromISO(this.nowIso, { zone: 'utc' }).plus(duration).toISO() ?? this.nowIso;
    return this;
  }

  /** Where the user is now (an IANA zone). */
  zone(name: string): this {
    this.timeZoneName = name;
    return this;
  }

  locale(name: string): this {
    this.localeName = name;
    return this;
  }

  /** Requests from here on come from an in-car device (or not). */
  inVehicle(flag = true): this {
    this.vehicle = flag;
    return this;
  }

  /** From here on the host can set reminders, with the driver's permission as given (undefined: it cannot). */
  withReminders(permission: CoachContext['reminders']): this {
    this.remindersHost = permission;
    return this;
  }

  get now(): string {
    return this.nowIso;
  }

  get timeZone(): string {
    return this.timeZoneName;
  }

  /** The stored document; fails when there is none. */
  get doc(): UserDocument {
    if (!this.document) throw new Error('No stored document');
    return this.document;
  }

  get last(): Said {
    const said = this.transcript[this.transcript.length - 1];
    if (!said) throw new Error('Nothing said yet');
    return said;
  }

  /** One turn: the event goes to the coach with the current clock, zone and locale; the document is kept. */
  say(event: CoachEvent | SimpleEventType | 'launch'): Said {
    const ev: CoachEvent = typeof event !== 'string' ? event : event === 'launch' ? { type: 'launch' } : { type: event };
    const before = this.document;
    const snapshot = before ? structuredClone(before) : null;
    const { document, reply } = coach({
      userId: this.userId,
      document: before,
      event: ev,
      context: {
        now: this.nowIso,
        timeZone: this.timeZoneName,
        locale: this.localeName,
        inVehicle: this.vehicle,
        ...(this.vehicleUnknown ? { vehicleUnknown: true } : {}),
        ...(this.remindersHost ? { reminders: this.remindersHost } : {}),
      },
    });
    if (snapshot && JSON.stringify(snapshot) !== JSON.stringify(before)) {
      throw new Error(`The coach changed the document it was given (event ${JSON.stringify(ev)})`);
    }
    if (document === null) {
      // A host report or skill event about a driver never stored stores no one; a stored driver goes only on purpose.
      if (before !== null && !reply.deleteUser) throw new Error(`The document was dropped without deleteUser (event ${JSON.stringify(ev)})`);
    } else {
      const parsed = userDocumentSchema.safeParse(document);
      if (!parsed.success) {
        throw new Error(`The stored document does not parse after ${JSON.stringify(ev)}: ${parsed.error.message}`);
      }
      if (reply.deleteUser) throw new Error('deleteUser set but a document was returned');
    }
    const ssml = segmentsToSsml(reply.speech);
    const texts = textOf(reply.speech);
    const said: Said = {
      ...reply,
      event: ev,
      now: this.nowIso,
      timeZone: this.timeZoneName,
      spoken: texts.join(' '),
      texts,
      pauses: pausesOf(reply.speech),
      repromptText: textOf(reply.reprompt).join(' '),
      audioSeconds: estimateAudioSeconds(reply.speech),
      ssml,
      before: snapshot,
      document,
    };
    this.document = document;
    this.transcript.push(said);
    if (this.checkReplies) {
      const problems = replyProblems(reply, ssml);
      if (problems.length > 0) {
        throw new Error(`Reply to ${JSON.stringify(ev)} breaks the conversation rules: ${problems.join('; ')}\n${transcriptLine(said)}`);
      }
    }
    return said;
  }

  count(value: number | null): Said {
    return this.say({ type: 'count', value });
  }

  weight(value: number | null, unit: Unit | null = null): Said {
    return this.say({ type: 'weight', value, unit });
  }

  side(side: Side | null): Said {
    return this.say({ type: 'side', side });
  }

  units(unit: Unit | null): Said {
    return this.say({ type: 'units', unit });
  }
}

/** A reply as a one-line transcript, pauses in brackets. */
export const transcriptLine = (said: Pick<Said, 'speech'>): string =>
  said.speech
    .flatMap((s) => (s.kind === 'text' ? [s.text] : s.kind === 'pause' ? [`[${s.seconds}s]`] : []))
    .join(' ');

/** The document without the fields every turn touches (turns, lastPrompt, timeZone). */
type Bookkeeping = 'turns' | 'lastPrompt' | 'timeZone' | 'lastNumberFor';

export const withoutBookkeeping = (doc: UserDocument | null): Omit<UserDocument, Bookkeeping> | null => {
  if (!doc) return null;
  const copy: Partial<UserDocument> = structuredClone(doc);
  delete copy.turns;
  delete copy.lastPrompt;
  delete copy.timeZone;
  delete copy.lastNumberFor;
  return copy as Omit<UserDocument, Bookkeeping>;
};

// ---------------------------------------------------------------------------------------------------------
// Fast-forwarding a user: first use, the baseline test, and whole workouts.

export interface OnboardingPlan {
  /** Answer to the units question: 'yes' takes the locale's default. */
  units?: 'yes' | Unit;
  weakSide?: Side;
  weight?: number;
  /** Reps of the side tested first (the one the user believes is weaker) and of the other side. */
  firstReps?: number;
  secondReps?: number;
}

/** First use through the baseline result. Leaves the "start your first workout?" question open. */
export const onboard = (c: Conversation, plan: OnboardingPlan = {}): Said => {
  c.say('launch');
  if (!plan.units || plan.units === 'yes') c.say('yes');
  else c.units(plan.units);
  c.side(plan.weakSide ?? 'left');
  c.count(plan.weight ?? 35);
  // A host that cannot tell whether it is in a vehicle asks whether the truck is parked first.
  if (c.document?.pending?.kind === 'askParked') c.say('yes');
  c.say('ready');
  confirmIfAsked(c, c.count(plan.firstReps ?? 9));
  return confirmIfAsked(c, c.count(plan.secondReps ?? 13));
};

/** Says "yes" while the coach asks to confirm a count. */
const confirmIfAsked = (c: Conversation, said: Said): Said => {
  let last = said;
  while (c.document?.pending?.kind === 'confirmCount') last = c.say('yes');
  return last;
};

export interface WorkoutPlan {
  /** Weak-side reps for the three row sets. */
  rows?: number[];
  finisher?: number;
  pulldown?: number[];
  /** Weak-side seconds for the two carries. */
  carry?: number[];
}

export const DEFAULT_PLAN: Required<WorkoutPlan> = { rows: [10, 10, 10], finisher: 9, pulldown: [12, 12], carry: [40, 40] };
export const QUALIFYING_PLAN: WorkoutPlan = { rows: [12, 12, 12] };

/** The workout in progress, or a test failure when there is none. */
export const workoutOf = (c: Pick<Conversation, 'doc'>) => {
  const activity = c.doc.activity;
  if (activity?.kind !== 'workout') throw new Error('no workout in progress');
  return activity;
};

/** A new user through first use into the baseline test, the dumbbell weighed, the weak side's set started. */
export const inBaselineTest = (weight = 35): Conversation => {
  const c = new Conversation();
  c.say('launch');
  c.say('yes');
  c.side('left');
  c.count(weight);
  c.say('ready');
  return c;
};

/** The count the plan gives for where the workout stands. */
const planned = (plan: Required<WorkoutPlan>, doc: UserDocument): number => {
  if (doc.activity?.kind !== 'workout') throw new Error('No workout in progress');
  const { exercise, set, step } = doc.activity.position;
  if (step === 'finisher') return plan.finisher;
  const counts = exercise === 'row' ? plan.rows : exercise === 'pulldown' ? plan.pulldown : plan.carry;
  const value = counts[set - 1];
  if (value === undefined) throw new Error(`No planned count for ${exercise} set ${set}`);
  return value;
};

/**
 * Starts a workout (answering "yes" when one is offered, else "start my workout") and answers every
 * question from the plan until it ends. Returns the turns of this workout.
 */
export const doWorkout = (c: Conversation, plan: WorkoutPlan = {}): Said[] => {
  const full = { ...DEFAULT_PLAN, ...plan };
  const from = c.transcript.length;
  c.say(c.document?.pending?.kind === 'offerWorkout' ? 'yes' : 'startWorkout');
  if (c.document?.activity?.kind !== 'workout') throw new Error(`No workout started: ${transcriptLine(c.last)}`);
  continueWorkout(c, full);
  return c.transcript.slice(from);
};

/** Answers the workout in progress from the plan until it ends. */
export const continueWorkout = (c: Conversation, plan: WorkoutPlan = {}): void => {
  const full = { ...DEFAULT_PLAN, ...plan };
  for (let turns = 0; c.document?.activity?.kind === 'workout'; turns++) {
    if (turns > 60) throw new Error(`The workout does not end: ${transcriptLine(c.last)}`);
    const activity = c.document.activity;
    if (c.document.pending?.kind === 'confirmCount' || c.document.pending?.kind === 'askParked') c.say('yes');
    else if (c.document.pending) throw new Error(`Unexpected question in a workout: ${transcriptLine(c.last)}`);
    else if (activity.paused) c.say('resume');
    else if (activity.position.waitingForGo) c.say('ready');
    else c.count(planned(full, c.document));
  }
};

export interface FastForward extends OnboardingPlan {
  /** Number of workouts after the baseline; the first on the baseline's day, then every `everyDays`. */
  workouts?: number;
  plan?: WorkoutPlan | ((index: number) => WorkoutPlan);
  everyDays?: number;
}

/** A user through first use, the baseline test and N workouts. With no workouts, the offer is declined. */
export const fastForward = (c: Conversation, options: FastForward = {}): Conversation => {
  onboard(c, options);
  const workouts = options.workouts ?? 0;
  if (workouts === 0) {
    c.say('no');
    return c;
  }
  for (let i = 0; i < workouts; i++) {
    if (i > 0) c.later({ days: options.everyDays ?? 2 });
    const plan = typeof options.plan === 'function' ? options.plan(i) : options.plan;
    doWorkout(c, plan ?? {});
  }
  return c;
};

// ---------------------------------------------------------------------------------------------------------
// Reading replies.

export interface RestWindow {
  /** The segments from the rest announcement to the last pause of the rest. */
  segments: Segment[];
  pauseSeconds: number;
  /** Pauses plus the spoken cues in between. */
  totalSeconds: number;
  cues: string[];
}

/** The timed rests in a reply: from "Rest 60 seconds." (or a variant) to the last pause of that rest. */
export const restsIn = (speech: readonly Segment[]): RestWindow[] => {
  const rests: RestWindow[] = [];
  for (let i = 0; i < speech.length; i++) {
    const s = speech[i];
    if (s?.kind !== 'text' || !/\bRest (for )?\d+ seconds\.$/.test(s.text)) continue;
    let end = -1;
    for (let j = i + 1; j < speech.length; j++) {
      const t = speech[j];
      if (t?.kind === 'pause' && t.purpose === 'rest') end = j;
      // Before its first quiet a rest may say what to set up meanwhile; after it, only the time left.
      else if (t?.kind === 'pause' || (t?.kind === 'text' && end !== -1 && !/^\d+ seconds\.$/.test(t.text))) break;
    }
    if (end === -1) continue;
    const inside = speech.slice(i + 1, end + 1);
    const cues = textOf(inside).filter((t) => /^\d+ seconds\.$/.test(t));
    const spoken = textOf(inside);
    const pauseSeconds = pausesOf(inside).reduce((a, b) => a + b, 0);
    const totalSeconds = pauseSeconds + spoken.reduce((a, t) => a + wordCount(t) * SECONDS_PER_WORD, 0);
    rests.push({ segments: speech.slice(i, end + 1), pauseSeconds, totalSeconds, cues });
    i = end;
  }
  return rests;
};

export interface StrongCount {
  /** The number the strong side was told ("exactly 12 reps"). */
  told: number;
  /** The numbers counted out loud, in order. */
  numbers: number[];
  /** The pauses between consecutive numbers. */
  gaps: number[];
  /** The text right after the last number. */
  after: string | null;
}

/** The strong side's counted set in a reply, from "exactly N reps" to the text after the numbers. */
export const strongCountIn = (speech: readonly Segment[]): StrongCount | null => {
  const start = speech.findIndex((s) => s.kind === 'text' && /exactly \d+( reps?)?\b/.test(s.text));
  if (start === -1) return null;
  const told = Number((speech[start] as { text: string }).text.match(/exactly (\d+)/)?.[1]);
  const numbers: number[] = [];
  const gaps: number[] = [];
  let pendingGap = 0;
  let after: string | null = null;
  for (const s of speech.slice(start + 1)) {
    if (s.kind === 'status') continue;
    if (s.kind === 'pause') {
      pendingGap += s.seconds;
      continue;
    }
    if (!/^\d+$/.test(s.text)) {
      after = s.text;
      break;
    }
    if (numbers.length > 0) gaps.push(Math.round(pendingGap * 10) / 10);
    pendingGap = 0;
    numbers.push(Number(s.text));
  }
  return { told, numbers, gaps, after };
};

/** Every text segment that is a bare number ("1", "12"). */
export const bareNumbers = (speech: readonly Segment[]): number[] =>
  textOf(speech)
    .filter((t) => /^\d+$/.test(t))
    .map(Number);

/** The seconds between the start of one text segment and the start of a later one (pauses plus words). */
export const secondsBetween = (speech: readonly Segment[], from: number, to: number): number =>
  estimateAudioSeconds(speech.slice(from, to));

export const indexOfText = (speech: readonly Segment[], pattern: RegExp, fromIndex = 0): number =>
  speech.findIndex((s, i) => i >= fromIndex && s.kind === 'text' && pattern.test(s.text));
