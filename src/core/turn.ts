/**
 * One turn of the conversation: the user's document being changed, what the coach says, and the closing
 * question. Flows write into it; `toReply` turns it into the neutral reply.
 */
import type { Segment, UserDocument } from './document';
import type { CoachContext, Reply, WorkoutStatus } from './events';
import type { PromptKey, PromptParams } from './prompts';
import { prompt } from './prompts';
import { Talk } from './talk';

export class Turn {
  readonly speech: Talk;
  readonly question: Talk;
  private repromptTalk: Talk | null = null;
  endSession = false;
  card: { title: string; text: string } | null = null;
  deleteUser = false;

  constructor(
    public doc: UserDocument,
    readonly ctx: CoachContext,
  ) {
    this.speech = new Talk(ctx.locale, doc.turns);
    this.question = new Talk(ctx.locale, doc.turns);
  }

  get now(): string {
    return this.ctx.now;
  }

  get zone(): string {
    return this.ctx.timeZone;
  }

  text(key: PromptKey, params: PromptParams = {}): string {
    return prompt(this.ctx.locale, key, params, this.doc.turns);
  }

  say(key: PromptKey, params: PromptParams = {}): this {
    this.speech.say(key, params);
    return this;
  }

  /** Sets the closing question; the reprompt is the short form when given, else the question itself. */
  ask(key: PromptKey, params: PromptParams = {}, reprompt?: { key: PromptKey; params?: PromptParams }): this {
    this.question.say(key, params);
    if (reprompt) {
      this.repromptTalk ??= new Talk(this.ctx.locale, this.doc.turns);
      this.repromptTalk.say(reprompt.key, reprompt.params ?? {});
    }
    return this;
  }

  hasQuestion(): boolean {
    return this.question.segments.length > 0;
  }

  /** Ends the session after this reply. */
  close(): this {
    this.endSession = true;
    return this;
  }

  toReply(status: WorkoutStatus | null): Reply {
    const question = this.question.segments;
    const repromptSegments = (this.repromptTalk?.segments ?? question).filter(
      (s): s is Extract<Segment, { kind: 'text' }> => s.kind === 'text',
    );
    return {
      speech: [...this.speech.segments, ...question],
      reprompt: this.endSession ? [] : repromptSegments,
      endSession: this.endSession,
      card: this.card,
      status,
      deleteUser: this.deleteUser,
    };
  }
}
