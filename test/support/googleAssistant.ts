/**
 * A thin adapter over virtual-google-assistant (0.3.8), which reads the Dialogflow agent export in `models/` and
 * turns typed phrases into Dialogflow v2 WebhookRequests sent to a URL.
 *
 * What it does and does not do, from its source:
 * - It sends v2 requests when the export's agent.json says `"onePlatformApiVersion": "v2"`, with the matched
 *   intent's display name, the slot values as strings ("12", "lb", "left"), and the previous answer's
 *   `outputContexts` as the active contexts. It knows nothing of telephony or Messenger payloads.
 * - It sends no credentials (it builds its HTTP request without the URL's user and password), so the server must
 *   run with the webhook open, as `npm start` does.
 * - Every instance uses the same session, "1518537462114"; this adapter gives each user its own session path.
 * - Its matcher turns a sample into a regular expression and drops the space between two slots, so a phrase
 *   with adjacent slots ("25 pounds", "make it 35 pounds") matches nothing. A phrase that matches nothing is sent
 *   as the first sample of the first intent of the export (here "break reminders") with only a console warning.
 *   `say` refuses such a phrase instead; `sayAs` sends an intent with its slots directly.
 */
import path from 'node:path';
import { VirtualGoogleAssistant } from 'virtual-google-assistant';

/* eslint-disable @typescript-eslint/no-require-imports */
const vgaRoot = path.dirname(require.resolve('virtual-google-assistant/package.json'));
const { InteractionModel } = require(path.join(vgaRoot, 'lib', 'src', 'InteractionModel')) as typeof import('virtual-google-assistant/lib/src/InteractionModel');
// virtual-google-assistant's own copy of virtual-core (an older one than virtual-alexa's).
const { Utterance } = require(require.resolve('virtual-core', { paths: [vgaRoot] })) as { Utterance: new (model: unknown, phrase: string) => { matched(): boolean; intent(): string | undefined } };
/* eslint-enable @typescript-eslint/no-require-imports */

export interface AssistantAnswer {
  fulfillmentText: string;
  fulfillmentMessages: { text?: { text: string[] }; platform?: string; payload?: unknown }[];
  outputContexts?: { name: string; lifespanCount: number; parameters?: Record<string, unknown> }[];
  endInteraction?: boolean;
}

export interface AssistantUserOptions {
  /** The agent export (the folder with agent.json). */
  agentDir: string;
  /** The webhook URL. */
  url: string;
  /** The Dialogflow session id this user talks in. */
  session: string;
  /** Sent as originalDetectIntentRequest.payload. */
  payload?: Record<string, unknown>;
}

export class AssistantUser {
  private readonly assistant: VirtualGoogleAssistant;
  private readonly model: unknown;
  /** The display names of the intents sent, in order. */
  readonly intents: string[] = [];

  constructor(options: AssistantUserOptions) {
    this.model = InteractionModel.fromDirectory(options.agentDir);
    this.assistant = VirtualGoogleAssistant.Builder().actionUrl(options.url).directory(options.agentDir).locale('en-US').create();
    this.assistant.addFilter((request: { session: string; queryResult: { intent: { displayName: string } }; originalDetectIntentRequest: { payload: unknown } }) => {
      request.session = `projects/backcoach-vga/agent/sessions/${options.session}`;
      if (options.payload) request.originalDetectIntentRequest.payload = options.payload;
      this.intents.push(request.queryResult.intent.displayName);
    });
  }

  /** "Hey Google, talk to Back Coach": the Default Welcome Intent. */
  async open(): Promise<AssistantAnswer> {
    return (await this.assistant.launch()) as AssistantAnswer;
  }

  /** A typed phrase, understood by the export's training phrases as virtual-google-assistant matches them. */
  async say(phrase: string): Promise<AssistantAnswer> {
    if (!new Utterance(this.model, phrase).matched()) {
      throw new Error(`virtual-google-assistant matches no training phrase of the agent to "${phrase}" (and would send a wrong intent)`);
    }
    return (await this.assistant.utter(phrase)) as AssistantAnswer;
  }

  /** An intent with slot values, as Dialogflow would send after matching a phrase this matcher cannot split. */
  async sayAs(intent: string, slots: Record<string, string>): Promise<AssistantAnswer> {
    return (await this.assistant.intend(intent, slots)) as AssistantAnswer;
  }

  /** The intent the matcher picks for a phrase, or undefined. */
  intentFor(phrase: string): string | undefined {
    return new Utterance(this.model, phrase).intent();
  }
}
