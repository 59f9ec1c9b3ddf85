/**
 * Drives the built Lambda bundle through the real interaction model with virtual-alexa, one typed
 * utterance at a time, on a clock and in a time zone the test controls.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VirtualAlexa } from 'virtual-alexa';
import { LowdbUserStore } from '../../src/store';
import type { UserDocument } from '../../src/core/document';
import { startSettingsApi, type SettingsApi } from '../support/settingsApi';
import { alexaLikeNumbers } from '../support/virtualAlexaNumbers';

// Numbers as Alexa hears them: every number word, and no number where none was said ("no" is not "no {count}").
alexaLikeNumbers();

export const BUNDLE = 'lambda/dist/index.handler';
export const MODEL = 'skill-package/interactionModels/custom/en-US.json';

const modelOf = (locale: string): string => `skill-package/interactionModels/custom/${locale}.json`;

export interface Heard {
  ssml: string;
  text: string;
  reprompt: string;
  endSession: boolean;
  card: { title?: string; content?: string } | undefined;
  /** The response's directives (a screen device's RenderDocument and ExecuteCommands). */
  directives: unknown[];
}

/**
 * One data directory per test file, removed when the file's tests are done: the bundle reads BACKCOACH_DATA_DIR once,
 * at its first request. Called where jest's afterAll can be (a test file's top level or a describe block).
 */
export const useDataDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backcoach-alexa-'));
  process.env.BACKCOACH_DATA_DIR = dir;
  process.env.LOG_LEVEL = 'silent';
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
};

const plain = (ssml: string | undefined): string =>
  (ssml ?? '')
    .replace(/<break[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

interface AlexaResponse {
  outputSpeech?: { ssml?: string };
  reprompt?: { outputSpeech?: { ssml?: string } };
  shouldEndSession?: boolean;
  card?: { title?: string; content?: string };
  directives?: unknown[];
}

export class Transcript {
  readonly alexa: VirtualAlexa;
  private now: Date;
  private api: SettingsApi | null = null;
  private screen = false;
  private extraFilters: ((request: RequestEnvelope) => void)[] = [];
  readonly lines: string[] = [];

  private constructor(start: string, readonly dataDir: string, locale: string) {
    this.now = new Date(start);
    this.alexa = VirtualAlexa.Builder().handler(BUNDLE).interactionModelFile(modelOf(locale)).locale(locale).create();
    this.alexa.context().device().setID(`amzn1.ask.device.test-${Math.random().toString(36).slice(2)}`);
    this.alexa.filter((request: RequestEnvelope) => {
      request.request.timestamp = this.now.toISOString().replace(/\.\d{3}Z$/, 'Z');
      if (this.api) request.context.System.apiEndpoint = this.api.url;
      const device = request.context.System.device;
      if (this.screen && device) device.supportedInterfaces['Alexa.Presentation.APL'] = { runtime: { maxVersion: '2023.3' } };
      for (const filter of this.extraFilters) filter(request);
    });
  }

  /** A new user whose device reports `timeZone` through the Settings API, speaking to the skill in `locale`. */
  static async start(dataDir: string, startIso: string, timeZone: string | null = 'America/Chicago', locale = 'en-US'): Promise<Transcript> {
    const t = new Transcript(startIso, dataDir, locale);
    t.api = await startSettingsApi(timeZone);
    return t;
  }

  async close(): Promise<void> {
    await this.api?.close();
  }

  get userId(): string {
    return this.alexa.context().user().id();
  }

  /** From now on the device has a screen that renders APL (an Echo Show). */
  withScreen(): this {
    this.screen = true;
    return this;
  }

  /** From now on every request is also changed by `filter` (after the clock, the API endpoint and the screen are set). */
  alsoFilter(filter: (request: RequestEnvelope) => void): this {
    this.extraFilters.push(filter);
    return this;
  }

  setTime(iso: string): this {
    this.now = new Date(iso);
    return this;
  }

  advanceMinutes(minutes: number): this {
    this.now = new Date(this.now.getTime() + minutes * 60_000);
    return this;
  }

  /** The device now reports another zone (the truck crossed a time-zone line). */
  setDeviceTimeZone(zone: string): this {
    if (this.api) this.api.timeZone = zone;
    return this;
  }

  async launch(): Promise<Heard> {
    return this.record('open back coach', await this.alexa.launch());
  }

  async say(utterance: string): Promise<Heard> {
    this.advanceMinutes(1);
    return this.record(utterance, await this.alexa.utter(utterance));
  }

  /** An intent as Alexa sends it without a match of its own words, e.g. a count slot of "?" for a number not heard. */
  async intend(intent: string, slots: Record<string, string>, said: string): Promise<Heard> {
    this.advanceMinutes(1);
    return this.record(said, await this.alexa.intend(intent, slots));
  }

  async endSession(): Promise<void> {
    await this.alexa.endSession();
  }

  async stored(): Promise<UserDocument | null> {
    return new LowdbUserStore(this.dataDir).get(this.userId);
  }

  private record(utterance: string, envelope: unknown): Heard {
    const response = (envelope as { response: AlexaResponse }).response;
    const heard: Heard = {
      ssml: response.outputSpeech?.ssml ?? '',
      text: plain(response.outputSpeech?.ssml),
      reprompt: plain(response.reprompt?.outputSpeech?.ssml),
      endSession: response.shouldEndSession === true,
      card: response.card,
      directives: response.directives ?? [],
    };
    this.lines.push(`U: ${utterance}`, `A: ${heard.text}`);
    // Alexa's own limits, checked on every turn of every transcript.
    // Alexa+ and screen devices read a missing shouldEndSession their own way: the skill always says.
    if (typeof response.shouldEndSession !== 'boolean') throw new Error(`Response without shouldEndSession after "${utterance}"`);
    // A hand-over to Alexa's own permission question leaves the session to Alexa, with no reprompt of the skill's.
    const handsOver = heard.directives.some((d) => (d as { type?: string }).type === 'Connections.SendRequest');
    if (!heard.endSession && !heard.reprompt && !handsOver) throw new Error(`Open response without a reprompt after "${utterance}"`);
    if (heard.ssml.length > 8000) throw new Error(`Response of ${heard.ssml.length} characters after "${utterance}"`);
    return heard;
  }
}

/** First use through the baseline test: "yes" to the default units, the left side weaker, `weight`, left 9, right 13. */
export const onboardAndTest = async (transcript: Transcript, weight = '40'): Promise<Heard> => {
  await transcript.launch();
  await transcript.say('yes');
  await transcript.say('my left side');
  await transcript.say(weight);
  await transcript.say('go');
  await transcript.say('I got nine');
  return transcript.say('thirteen reps');
};
