/**
 * One driver of a transcript, three ways: straight into the coach core (through the local NLU), on Alexa (the
 * built Lambda bundle through the real interaction model, with virtual-alexa) and on Dialogflow (the server's
 * POST /dialogflow over HTTP). Each is a new user with its own stored document.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { VirtualAlexa } from 'virtual-alexa';
import { coach } from '../../src/core/coach';
import { userDocumentSchema, type UserDocument } from '../../src/core/document';
import type { CoachEvent } from '../../src/core/events';
import type { Reply } from '../../src/core/reply';
import { intentNamed } from '../../src/model/intentEvents';
import { DIALOGFLOW_WELCOME_INTENT, dialogflowIntentName } from '../../src/model/platformNames';
import { WELCOME_INTENT, type Understanding } from '../../src/nlu/nlu';
import { LowdbUserStore } from '../../src/store';
import { BUNDLE, MODEL } from '../alexa/transcript';
import { DialogflowClient, type WebhookAnswer } from '../../support/dialogflowClient';
import type { SettingsApi } from '../support/settingsApi';
import type { TestServer } from '../../support/testServer';
import type { TranscriptTurn } from './transcriptFile';

export const isWelcome = (understood: Understanding): boolean => understood.intent === WELCOME_INTENT;

/** The driver opens the coach by its name ("open back coach"): Alexa's launch, Dialogflow's welcome event, the page's opening. */
export const opensTheCoach = (said: string, understood: Understanding): boolean => isWelcome(understood) && /\bback coach\b/i.test(said);

export class CoreUser {
  document: UserDocument | null = null;

  constructor(readonly userId: string) {}

  take(turn: TranscriptTurn, event: CoachEvent): Reply {
    const { document, reply } = coach({
      userId: this.userId,
      document: this.document,
      event,
      context: { now: turn.at, timeZone: turn.timeZone, locale: 'en-US', inVehicle: false },
    });
    if (document) {
      const parsed = userDocumentSchema.safeParse(document);
      if (!parsed.success) throw new Error(`After "${turn.said}" the stored document does not parse: ${parsed.error.message}`);
    }
    this.document = document;
    return reply;
  }
}

/** What Alexa said in one response. */
export interface AlexaHeard {
  ssml: string;
  /** The words of the SSML, tags dropped and entities read back. */
  words: string;
  /** The seconds of all its `<break>`s. */
  breakSeconds: number;
  endSession: boolean;
}

const ENTITIES: Record<string, string> = { '&apos;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>', '&amp;': '&' };

export const wordsOfSsml = (ssml: string): string =>
  ssml
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(apos|quot|lt|gt|amp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();

export const breakSecondsOfSsml = (ssml: string): number =>
  [...ssml.matchAll(/<break time="(\d+(?:\.\d+)?)(ms|s)"\s*\/>/g)].reduce(
    (total, [, amount, unit]) => total + Number(amount) / (unit === 'ms' ? 1000 : 1),
    0,
  );

export class AlexaUser {
  private readonly alexa: VirtualAlexa;
  private now = new Date(0);

  constructor(
    private readonly settings: SettingsApi,
    private readonly dataDir: string,
  ) {
    this.alexa = VirtualAlexa.Builder().handler(BUNDLE).interactionModelFile(MODEL).create();
    this.alexa.context().device().setID(`amzn1.ask.device.transcript-${Math.random().toString(36).slice(2)}`);
    this.alexa.filter((request: RequestEnvelope) => {
      request.request.timestamp = this.now.toISOString().replace(/\.\d{3}Z$/, 'Z');
      request.context.System.apiEndpoint = this.settings.url;
    });
  }

  get userId(): string {
    return this.alexa.context().user().id();
  }

  /** Opening the coach is Alexa's launch; anything else is matched against the interaction model's samples. */
  async take(turn: TranscriptTurn, launch: boolean): Promise<AlexaHeard> {
    this.now = new Date(turn.at);
    this.settings.timeZone = turn.timeZone;
    const envelope = (launch ? await this.alexa.launch() : await this.alexa.utter(turn.said)) as {
      response: { outputSpeech?: { ssml?: string }; shouldEndSession?: boolean };
    };
    const ssml = envelope.response.outputSpeech?.ssml ?? '';
    return { ssml, words: wordsOfSsml(ssml), breakSeconds: breakSecondsOfSsml(ssml), endSession: envelope.response.shouldEndSession === true };
  }

  stored(): Promise<UserDocument | null> {
    return new LowdbUserStore(this.dataDir).get(this.userId);
  }
}

type Parameters = Record<string, string | number>;

/**
 * What Dialogflow would send for the intent the local NLU found: every parameter of the intent, a number as a
 * JSON number, a custom entity as its reference value, and "" for one not said.
 */
export const dialogflowParameters = (understood: Understanding): Parameters => {
  const intent = intentNamed(understood.intent);
  if (!intent) return {};
  return Object.fromEntries(
    intent.slots.map((slot) => {
      const heard = understood.slots[slot.name];
      if (!heard) return [slot.name, ''];
      return [slot.name, slot.type === 'AMAZON.NUMBER' ? Number(heard.value) : (heard.id ?? heard.value)];
    }),
  );
};

export class DialogflowUser {
  private readonly client: DialogflowClient;

  constructor(
    private readonly server: TestServer,
    private readonly session: string,
  ) {
    this.client = new DialogflowClient({ url: server.url, session });
  }

  get userId(): string {
    return `dialogflow:session:${this.session}`;
  }

  /** The integration reports the zone in its payload, as Dialogflow Messenger can. */
  take(turn: TranscriptTurn, understood: Understanding): Promise<WebhookAnswer> {
    this.server.clock.set(turn.at);
    this.client.setPayload({ timeZone: turn.timeZone });
    if (opensTheCoach(turn.said, understood)) return this.client.welcome();
    if (isWelcome(understood)) return this.client.intent(DIALOGFLOW_WELCOME_INTENT, {}, turn.said);
    const intent = intentNamed(understood.intent);
    if (!intent) throw new Error(`"${turn.said}" was understood as ${understood.intent}, which the language model does not have`);
    return this.client.intent(dialogflowIntentName(intent), dialogflowParameters(understood), turn.said);
  }

  stored(): Promise<UserDocument | null> {
    return this.server.store.get(this.userId);
  }
}
