/**
 * The browser conversations this process is in: one Alexa session (ConsoleSession) per conversation id,
 * kept in memory. Idle conversations are forgotten after a while and the oldest go first when there are
 * too many; a forgotten conversation only loses its Alexa session (the user's progress is in the store), so
 * the next line simply opens a new session, as "Alexa, tell Back Coach …" would.
 */
import { ConsoleSession, DEFAULT_IDENTITY } from '../console/alexaRequest';

export interface ConversationLimits {
  /** Conversations kept at most; the least recently used is forgotten first. */
  maxConversations: number;
  /** A conversation idle this long is forgotten. */
  idleMs: number;
}

export const DEFAULT_LIMITS: ConversationLimits = { maxConversations: 1000, idleMs: 30 * 60 * 1000 };

/** A conversation id as the page makes it (a UUID); it names the user, so nothing else is accepted. */
export const CONVERSATION_ID = /^[A-Za-z0-9-]{1,64}$/;

/** The Alexa user id of a browser conversation: a returning browser is the same user. */
export const userIdFor = (conversationId: string): string => `amzn1.ask.account.web-${conversationId}`;

export const deviceIdFor = (conversationId: string): string => `amzn1.ask.device.web-${conversationId}`;

interface Entry {
  session: ConsoleSession;
  touched: number;
}

export class Conversations {
  /** In least recently used order (a Map keeps insertion order; a used entry is moved to the end). */
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly applicationId: string = DEFAULT_IDENTITY.applicationId,
    private readonly limits: ConversationLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The conversation's session, created when new (or forgotten). */
  session(conversationId: string): ConsoleSession {
    const now = this.now();
    this.forgetIdle(now);
    const entry = this.entries.get(conversationId) ?? {
      session: new ConsoleSession({
        applicationId: this.applicationId,
        userId: userIdFor(conversationId),
        deviceId: deviceIdFor(conversationId),
      }),
      touched: now,
    };
    entry.touched = now;
    this.entries.delete(conversationId);
    this.entries.set(conversationId, entry);
    while (this.entries.size > this.limits.maxConversations) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return entry.session;
  }

  get size(): number {
    return this.entries.size;
  }

  private forgetIdle(now: number): void {
    for (const [id, entry] of this.entries) {
      if (now - entry.touched < this.limits.idleMs) break;
      this.entries.delete(id);
    }
  }
}
