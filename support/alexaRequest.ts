/**
 * Alexa request envelopes as the Alexa service would send them for a typed line, and a tracker of the one
 * Alexa session the console is in (open or closed, its id and its session attributes).
 */
import { randomUUID } from 'node:crypto';
import type {
  Intent,
  IntentRequest,
  LaunchRequest,
  RequestEnvelope,
  ResponseEnvelope,
  SessionEndedReason,
  SessionEndedRequest,
  Slot,
  interfaces,
} from 'ask-sdk-model';
import { CUSTOM_SLOT_TYPES, INTENTS, type SlotDef } from '../src/model/languageModel';
import type { Understanding } from '../src/nlu/nlu';

export const LOCALE = 'en-US';

/** Who is talking to which skill on which device; stable across runs so the stored document is found again. */
export interface ConsoleIdentity {
  applicationId: string;
  userId: string;
  deviceId: string;
}

export const DEFAULT_IDENTITY: ConsoleIdentity = {
  applicationId: 'amzn1.ask.skill.backcoach-local-console',
  userId: 'amzn1.ask.account.local-console',
  deviceId: 'amzn1.ask.device.local-console',
};

export interface Clock {
  now(): Date;
  id(): string;
}

const systemClock: Clock = { now: () => new Date(), id: () => randomUUID() };

/** Alexa's timestamps are whole seconds in UTC: 2024-05-01T18:30:05Z. */
export const alexaTimestamp = (date: Date): string => date.toISOString().replace(/\.\d+Z$/, 'Z');

const resolutionAuthority = (applicationId: string, slotType: string): string =>
  `amzn1.er-authority.echo-sdk.${applicationId}.${slotType}`;

/** A slot as Alexa fills it: every slot of the intent is present, a slot not heard has no value. */
const toSlot = (def: SlotDef, understanding: Understanding, applicationId: string): Slot => {
  const heard = understanding.slots[def.name];
  const slot: Slot = { name: def.name, confirmationStatus: 'NONE' };
  if (!heard) return slot;
  slot.value = heard.value;
  if (def.type === 'AMAZON.NUMBER') return slot;
  const canonical = CUSTOM_SLOT_TYPES[def.type].find((v) => v.id === heard.id);
  if (!canonical) return slot;
  slot.resolutions = {
    resolutionsPerAuthority: [
      {
        authority: resolutionAuthority(applicationId, def.type),
        status: { code: 'ER_SUCCESS_MATCH' },
        // The interaction model names each value by its first synonym and gives it the id.
        values: [{ value: { name: canonical.synonyms[0] ?? canonical.id, id: canonical.id } }],
      },
    ],
  };
  return slot;
};

export const toIntent = (understanding: Understanding, applicationId: string): Intent => {
  const def = INTENTS.find((i) => i.name === understanding.intent);
  const intent: Intent = { name: understanding.intent, confirmationStatus: 'NONE' };
  if (def && def.slots.length > 0) {
    intent.slots = Object.fromEntries(def.slots.map((s) => [s.name, toSlot(s, understanding, applicationId)]));
  }
  return intent;
};

/** Alexa leaves the session open only when told to, or when the response waits for an answer. */
export const endsSession = (response: ResponseEnvelope): boolean => {
  const { shouldEndSession, reprompt } = response.response;
  if (shouldEndSession === true) return true;
  if (shouldEndSession === false) return false;
  return reprompt === undefined;
};

type ConsoleRequest = LaunchRequest | IntentRequest | SessionEndedRequest;

/**
 * The console's side of one Alexa conversation. The first request opens a session (`session.new`); a
 * response that ends the session closes it, and the next request opens a new one, as when the user says
 * "Alexa, tell back coach …". Session attributes travel from each response to the next request.
 */
export class ConsoleSession {
  private sessionId: string | null = null;
  private attributes: Record<string, unknown> = {};
  private fresh = false;

  constructor(
    private readonly identity: ConsoleIdentity = DEFAULT_IDENTITY,
    private readonly clock: Clock = systemClock,
  ) {}

  get isOpen(): boolean {
    return this.sessionId !== null;
  }

  /** "Alexa, open back coach". */
  launch(): RequestEnvelope {
    return this.envelope({ type: 'LaunchRequest', ...this.requestBase() });
  }

  /** A line the NLU understood. */
  intent(understanding: Understanding): RequestEnvelope {
    // Alexa omits dialogState for skills without a dialog model; the type insists on it.
    const request = {
      type: 'IntentRequest',
      ...this.requestBase(),
      intent: toIntent(understanding, this.identity.applicationId),
    } as IntentRequest;
    return this.envelope(request);
  }

  /** The user left while the session was open; null when there is no session to end. */
  end(reason: SessionEndedReason = 'USER_INITIATED'): RequestEnvelope | null {
    if (!this.isOpen) return null;
    const envelope = this.envelope({ type: 'SessionEndedRequest', ...this.requestBase(), reason });
    this.close();
    return envelope;
  }

  /** Take in the skill's response: keep its session attributes, or close the session it ended. */
  receive(response: ResponseEnvelope): void {
    if (endsSession(response)) {
      this.close();
      return;
    }
    this.attributes = { ...(response.sessionAttributes ?? {}) };
  }

  /** The skill failed: Alexa apologises and the conversation is over. */
  drop(): void {
    this.close();
  }

  private close(): void {
    this.sessionId = null;
    this.attributes = {};
  }

  private requestBase(): { requestId: string; timestamp: string; locale: string } {
    return {
      requestId: `amzn1.echo-api.request.${this.clock.id()}`,
      timestamp: alexaTimestamp(this.clock.now()),
      locale: LOCALE,
    };
  }

  private envelope(request: ConsoleRequest): RequestEnvelope {
    if (!this.sessionId) {
      this.sessionId = `amzn1.echo-api.session.${this.clock.id()}`;
      this.attributes = {};
      this.fresh = true;
    }
    const application = { applicationId: this.identity.applicationId };
    const user = { userId: this.identity.userId };
    const isNew = this.fresh;
    this.fresh = false;
    // No apiAccessToken or apiEndpoint: there are no Alexa services to call from the console, so the skill
    // uses its fallback time zone. The type marks apiEndpoint as always present.
    const system = {
      application,
      user,
      device: { deviceId: this.identity.deviceId, supportedInterfaces: {} },
    } as interfaces.system.SystemState;
    return {
      version: '1.0',
      session: {
        new: isNew,
        sessionId: this.sessionId,
        application,
        user,
        attributes: { ...this.attributes },
      },
      context: { System: system },
      request,
    };
  }
}
