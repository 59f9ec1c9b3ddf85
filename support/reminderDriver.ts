/**
 * A driver talking to the real Alexa skill (createAlexaSkill behind the envelope check, the lowdb store, the turn
 * runner), with the Alexa APIs on loopback (../support/alexaApi.ts) as the request's apiEndpoint: requests as
 * Alexa sends them, on a clock the test sets, from an Echo Auto or not, with or without the reminders permission.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { invokeValidated } from '../src/alexa/envelope';
import { createAlexaSkill } from '../src/alexa/skill';
import type { UserDocument } from '../src/core/document';
import { LowdbUserStore } from '../src/store';
import type { UserStore } from '../src/store/userStore';
import { createTurnRunner } from '../src/turns/turnRunner';
import { startAlexaApi, type AlexaApi } from './alexaApi';
import { alexaTimestamp } from './alexaRequest';
import { Conversation, fastForward } from './conversation';

const SKILL = 'amzn1.ask.skill.backcoach-reminders-test';
export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

export interface Heard {
  text: string;
  endSession: boolean | undefined;
  reprompt: string;
  directives: Record<string, unknown>[];
}

type Slots = Record<string, { value: string; id?: string }>;

const plain = (ssml: string | undefined): string =>
  (ssml ?? '').replace(/<[^>]+>/g, ' ').replace(/&apos;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

export interface DriverOptions {
  /** The store the skill keeps documents in (lowdb in a temp dir otherwise). */
  store?: UserStore;
  /** The longest one call to Alexa's APIs may take (1 s here otherwise; the skill's default when null). */
  apiTimeoutMs?: number | null;
}

export class AlexaDriver {
  readonly store: UserStore;
  readonly userId = `amzn1.ask.account.reminders-${Math.random().toString(36).slice(2)}`;
  private now: Date;
  private attributes: Record<string, unknown> | null = null;
  private sessionId = 'amzn1.echo-api.session.0';
  private inCab = false;
  /** What the envelope says of the reminders permission ('consent only': a consent token, no status for the scope). */
  permission: 'GRANTED' | 'DENIED' | 'consent only' | 'none' = 'GRANTED';
  /** The locale Alexa sends with each request. */
  locale = 'en-US';
  /** Whether Alexa sends an API access token (the skill can call its APIs). */
  apiAccess = true;
  readonly skill: ReturnType<typeof createAlexaSkill>;

  private constructor(
    readonly api: AlexaApi,
    readonly dir: string,
    start: string,
    remindersDeadlineMs: number,
    options: DriverOptions,
  ) {
    this.now = new Date(start);
    this.store = options.store ?? new LowdbUserStore(dir);
    const logger = pino({ level: 'silent' });
    const apiTimeoutMs = options.apiTimeoutMs === undefined ? 1000 : (options.apiTimeoutMs ?? undefined);
    this.skill = createAlexaSkill({ runTurn: createTurnRunner({ store: this.store, logger }), defaultTimeZone: 'America/New_York', logger, remindersDeadlineMs, apiTimeoutMs });
  }

  /** A driver who has done the baseline and a workout, talking to Alexa at `start`; the device is in `timeZone`. */
  static async start(start: string, timeZone = 'America/Chicago', remindersDeadlineMs = 3000, options: DriverOptions = {}): Promise<AlexaDriver> {
    const api = await startAlexaApi(timeZone);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backcoach-reminders-'));
    const driver = new AlexaDriver(api, dir, start, remindersDeadlineMs, options);
    const set = fastForward(new Conversation({ userId: driver.userId, timeZone, now: new Date(Date.parse(start) - 3 * 86_400_000).toISOString() }), { workouts: 1 });
    await driver.store.update(driver.userId, () => ({ next: set.doc, result: null }));
    return driver;
  }

  async close(): Promise<void> {
    await this.api.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  inVehicle(flag = true): this {
    this.inCab = flag;
    return this;
  }

  later(minutes: number): this {
    this.now = new Date(this.now.getTime() + minutes * 60_000);
    return this;
  }

  /** The next request opens a new session (the device's zone is asked again). */
  newSession(): this {
    this.attributes = null;
    this.sessionId = `amzn1.echo-api.session.${Math.random().toString(36).slice(2)}`;
    return this;
  }

  async stored(): Promise<UserDocument | null> {
    return this.store.get(this.userId);
  }

  launch(): Promise<Heard> {
    return this.send({ type: 'LaunchRequest' });
  }

  intent(name: string, slots: Slots = {}): Promise<Heard> {
    const alexaSlots = Object.fromEntries(
      Object.entries(slots).map(([slot, { value, id }]) => [
        slot,
        {
          name: slot,
          value,
          confirmationStatus: 'NONE',
          ...(id
            ? { resolutions: { resolutionsPerAuthority: [{ authority: `amzn1.er-authority.echo-sdk.${SKILL}.x`, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id, name: value } }] }] } }
            : {}),
        },
      ]),
    );
    return this.send({ type: 'IntentRequest', dialogState: 'COMPLETED', intent: { name, confirmationStatus: 'NONE', slots: alexaSlots } });
  }

  /** Alexa's report of the driver's answer to its permission question. */
  permissionAnswer(status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED'): Promise<Heard> {
    return this.send({
      type: 'Connections.Response',
      name: 'AskFor',
      status: { code: '200', message: 'OK' },
      payload: { permissionScope: REMINDERS_SCOPE, status },
      token: 'reminders-permission',
    });
  }

  envelope(request: Record<string, unknown>): Record<string, unknown> {
    this.later(1);
    const user: Record<string, unknown> = { userId: this.userId };
    if (this.permission === 'consent only') user.permissions = { consentToken: 'test-consent-token' };
    else if (this.permission !== 'none') user.permissions = { consentToken: 'test-consent-token', scopes: { [REMINDERS_SCOPE]: { status: this.permission } } };
    return {
      version: '1.0',
      session: {
        new: this.attributes === null,
        sessionId: this.sessionId,
        application: { applicationId: SKILL },
        user,
        attributes: this.attributes ?? {},
      },
      context: {
        System: {
          application: { applicationId: SKILL },
          user,
          device: { deviceId: 'amzn1.ask.device.reminders-test', supportedInterfaces: {} },
          apiEndpoint: this.api.url,
          ...(this.apiAccess ? { apiAccessToken: 'test-api-access-token' } : {}),
        },
        ...(this.inCab ? { Automotive: {} } : {}),
      },
      request: { requestId: `amzn1.echo-api.request.${Math.random().toString(36).slice(2)}`, timestamp: alexaTimestamp(this.now), locale: this.locale, ...request },
    };
  }

  async send(request: Record<string, unknown>): Promise<Heard> {
    const answer = (await invokeValidated(this.skill, this.envelope(request))) as {
      sessionAttributes?: Record<string, unknown>;
      response: { outputSpeech?: { ssml?: string }; reprompt?: { outputSpeech?: { ssml?: string } }; shouldEndSession?: boolean; directives?: Record<string, unknown>[] };
    };
    const { response } = answer;
    this.attributes = response.shouldEndSession === true ? null : (answer.sessionAttributes ?? this.attributes ?? {});
    return {
      text: plain(response.outputSpeech?.ssml),
      endSession: response.shouldEndSession,
      reprompt: plain(response.reprompt?.outputSpeech?.ssml),
      directives: response.directives ?? [],
    };
  }
}
