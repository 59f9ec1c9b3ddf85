/**
 * One turn of the conversation: the user's document being changed, what the coach says, and the closing
 * question. Flows write into it; `toReply` turns it into the neutral reply. As the speech goes on, every change
 * in where the workout stands is marked in it, so a screen shows the step being spoken about, not the last one.
 */
import type { AskedQuestion, UserDocument } from './document';
import type { CoachContext } from './events';
import { PROGRAM } from './program';
import { prompt, type PromptKey, type PromptParams } from './prompts';
import { progressView } from './progressView';
import { QUESTIONS, type QuestionKey } from './questions';
import type { Expected, NumberAnswer, ReminderRequest, Reply, TextSegment, WorkoutStatus } from './reply';
import { workoutStatus } from './status';
import { Talk } from './talk';
import { plainCopy } from './plainCopy';

const finishedCount = (doc: UserDocument): number => doc.workouts.length + doc.tests.length;

/**
 * Whether two statuses say the same: their fields are all plain values. Checked before every segment of speech (a
 * strong side counted to 12 is some thirty), so it walks the fields rather than making lists of their names.
 */
const sameStatus = (a: WorkoutStatus | null, b: WorkoutStatus | null): boolean => {
  if (a === null || b === null) return a === b;
  for (const key in a) if (a[key as keyof WorkoutStatus] !== b[key as keyof WorkoutStatus]) return false;
  return fieldCount(a) === fieldCount(b);
};

const fieldCount = (status: WorkoutStatus): number => {
  let count = 0;
  for (const key in status) if (Object.hasOwn(status, key)) count++;
  return count;
};

export class Turn {
  readonly speech: Talk;
  private asked: AskedQuestion | null = null;
  endSession = false;
  card: { title: string; text: string } | null = null;
  deleteUser = false;
  /** The driver asked how it is going: the reply shows the progress chart. */
  showsProgress = false;
  /** Workouts and tests stored before this turn: one more at the end shows the progress chart too. */
  private readonly finishedBefore: number;
  /** The driver asked something else or did not catch the question: ask it in full, not as a short cue. */
  askInFull = false;
  /** Reminders for the host to set or delete once this turn is stored. */
  reminderRequest: ReminderRequest | null = null;
  /** The host should ask the driver for the reminders permission. */
  askRemindersPermission = false;
  /** The status last marked in the speech (at first: where the user stood before this turn said anything). */
  private markedStatus: WorkoutStatus | null;

  constructor(
    public doc: UserDocument,
    readonly ctx: CoachContext,
  ) {
    this.markedStatus = workoutStatus(doc);
    this.finishedBefore = finishedCount(doc);
    this.speech = new Talk(ctx.locale, doc.turns, () => this.markStatus(this.speech));
  }

  get now(): string {
    return this.ctx.now;
  }

  get zone(): string {
    return this.zoneNamed ?? this.ctx.timeZone;
  }

  /** The zone the driver just named, which this turn's days and times follow from here on. */
  private zoneNamed: string | null = null;

  useZone(zone: string): void {
    this.zoneNamed = zone;
    this.doc.timeZone = zone;
  }

  text(key: PromptKey, params: PromptParams = {}): string {
    return prompt(this.ctx.locale, key, params, this.doc.turns);
  }

  say(key: PromptKey, params: PromptParams = {}): this {
    this.speech.say(key, params);
    return this;
  }

  /**
   * Sets the closing question (a later call replaces an earlier one: the reply ends with the question for where
   * the user is). The reprompt is the short form when given, else the question itself.
   */
  ask(key: QuestionKey, params: PromptParams = {}, reprompt?: { key: PromptKey; params?: PromptParams }): this {
    this.asked = { key, params, reprompt: reprompt ? { key: reprompt.key, params: reprompt.params ?? {} } : null };
    return this;
  }

  /** Asks a stored question again, worded afresh. */
  askAgain(question: AskedQuestion): this {
    this.asked = plainCopy(question);
    return this;
  }

  hasQuestion(): boolean {
    return this.asked !== null;
  }

  /** The closing question, to be stored for "repeat"; null when nothing is asked. */
  get question(): AskedQuestion | null {
    return this.asked;
  }

  /** Ends the session after this reply. */
  close(): this {
    this.endSession = true;
    return this;
  }

  toReply(): Reply {
    const status = workoutStatus(this.doc);
    const speech = new Talk(this.ctx.locale, this.doc.turns);
    speech.segments.push(...this.speech.segments);
    this.markStatus(speech, status);
    const asked = this.endSession ? null : this.asked;
    const question = asked ? this.words(asked.key, asked.params) : null;
    if (question) speech.text(question);
    const repromptText = asked?.reprompt ? this.words(asked.reprompt.key, asked.reprompt.params) : question;
    const reprompt: TextSegment[] = !this.endSession && repromptText ? [{ kind: 'text', text: repromptText }] : [];
    return {
      speech: speech.segments,
      reprompt,
      endSession: this.endSession,
      card: this.card,
      status,
      progress: this.showsChart() ? progressView(this.doc, this.zone) : null,
      expects: asked ? this.expected(asked.key, status) : null,
      deleteUser: this.deleteUser,
      ...(this.reminderRequest ? { reminders: this.reminderRequest } : {}),
      ...(this.askRemindersPermission ? { askRemindersPermission: true } : {}),
    };
  }

  private showsChart(): boolean {
    return !this.deleteUser && (this.showsProgress || finishedCount(this.doc) > this.finishedBefore);
  }

  private words(key: string, params: PromptParams): string {
    return prompt(this.ctx.locale, key as PromptKey, params, this.doc.turns);
  }

  /** Marks where the workout stands in `talk` when it changed since the last mark. */
  private markStatus(talk: Talk, status: WorkoutStatus | null = workoutStatus(this.doc)): void {
    if (sameStatus(status, this.markedStatus)) return;
    this.markedStatus = status;
    talk.push({ kind: 'status', status });
  }

  private expected(key: QuestionKey, status: WorkoutStatus | null): Expected {
    const spec: { choices: readonly Expected['choices'][number][]; number?: 'count' | 'weight' } = QUESTIONS[key];
    return { choices: [...spec.choices], number: spec.number ? this.numberAnswer(spec.number, status) : null };
  }

  private numberAnswer(kind: 'count' | 'weight', status: WorkoutStatus | null): NumberAnswer {
    if (kind === 'weight') {
      const unit = this.doc.units ?? 'lb';
      return { measure: 'weight', unit, ...PROGRAM.limits.weight[unit] };
    }
    const seconds = status?.measure === 'seconds';
    return { measure: seconds ? 'seconds' : 'reps', unit: null, min: 1, max: seconds ? PROGRAM.limits.maxSeconds : PROGRAM.limits.maxReps };
  }
}
