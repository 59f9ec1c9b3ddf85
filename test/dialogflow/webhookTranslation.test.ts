/** The Dialogflow translation pieces one by one: request → event, who is talking, reply → chat text and SSML, chips. */
import { choicePhrases } from '../../src/core/prompts';
import { INTENTS } from '../../src/model/languageModel';
import { USUAL_LOCALE, type Language } from '../../src/languages/locales';
import { languageModelOf, MODEL_LANGUAGES } from '../../src/model/languageModels';
import { dialogflowIntentName, eventForDialogflowIntent } from '../../src/model/platformNames';
import { chatText, replyToResponse, telephonySsml, TELEPHONY_MAX_SSML_BYTES } from '../../src/dialogflow/replyToResponse';
import { requestToEvent } from '../../src/dialogflow/requestToEvent';
import { suggestionsFor } from '../../src/dialogflow/suggestions';
import type { Choice } from '../../src/core/reply';
import { dialogflowUserOf, sessionIdOf } from '../../src/dialogflow/userId';
import { localeOf, parseWebhookRequest } from '../../src/dialogflow/webhook';
import type { WebhookRequest } from '../../src/dialogflow/webhookTypes';
import type { Segment } from '../../src/core/reply';
import { parseWebhookResponse } from '../../support/dialogflowProtos';

const SESSION = 'projects/p/agent/sessions/abc-123';

const request = (displayName: string | undefined, parameters: Record<string, unknown> = {}, extra: Partial<WebhookRequest> = {}): WebhookRequest =>
  parseWebhookRequest({
    session: SESSION,
    queryResult: { queryText: 'x', languageCode: 'en', parameters, intent: displayName === undefined ? undefined : { displayName } },
    ...extra,
  });

describe('request → event', () => {
  test('every intent of the language model becomes its event; the welcome intent is the launch', () => {
    for (const intent of INTENTS) {
      expect(requestToEvent(request(dialogflowIntentName(intent))).event.type).toBe(intent.event);
    }
    expect(requestToEvent(request('Default Welcome Intent')).event).toEqual({ type: 'launch' });
    expect(requestToEvent(request('Default Fallback Intent')).event).toEqual({ type: 'fallback' });
    expect(eventForDialogflowIntent('Default Welcome Intent')).toBe('launch');
  });

  test('an unknown intent is the fallback, and says so', () => {
    expect(requestToEvent(request('BookAFlight'))).toEqual({ event: { type: 'fallback' }, intent: 'BookAFlight', unknownIntent: true });
    expect(requestToEvent(request('CountIntent', { count: 3 })).unknownIntent).toBe(false);
  });

  test('a request with no intent: a welcome event is the launch, anything else the fallback', () => {
    const welcome = parseWebhookRequest({ session: SESSION, queryResult: { queryText: 'TELEPHONY_WELCOME' } });
    expect(requestToEvent(welcome).event).toEqual({ type: 'launch' });
    expect(requestToEvent(request(undefined)).event).toEqual({ type: 'fallback' });
  });

  test.each([
    [12, 12],
    [12.0, 12],
    ['12', 12],
    ['twelve', 12],
    ['', null],
    [null, null],
    [[14], 14],
    [{ amount: 9 }, 9],
    ['banana', null],
  ])('count %p is %p', (raw, value) => {
    expect(requestToEvent(request('CountIntent', { count: raw })).event).toEqual({ type: 'count', value });
  });

  test('units and sides arrive as reference values or synonyms, in any case', () => {
    expect(requestToEvent(request('WeightIntent', { weight: 35, unit: 'lb' })).event).toEqual({ type: 'weight', value: 35, unit: 'lb' });
    expect(requestToEvent(request('WeightIntent', { weight: '15', unit: 'Kilos' })).event).toEqual({ type: 'weight', value: 15, unit: 'kg' });
    expect(requestToEvent(request('WeightIntent', { weight: 40, unit: '' })).event).toEqual({ type: 'weight', value: 40, unit: null });
    expect(requestToEvent(request('UnitsIntent', { unit: 'metric' })).event).toEqual({ type: 'units', unit: 'kg' });
    expect(requestToEvent(request('SideIntent', { side: 'Left' })).event).toEqual({ type: 'side', side: 'left' });
    expect(requestToEvent(request('SideIntent', { side: 'right arm' })).event).toEqual({ type: 'side', side: 'right' });
    expect(requestToEvent(request('SwitchWeakSideIntent', { side: '' })).event).toEqual({ type: 'switchWeakSide', side: null });
    expect(requestToEvent(request('SideIntent', { side: 'middle' })).event).toEqual({ type: 'side', side: null });
  });
});

describe('who is talking', () => {
  const withPayload = (payload: Record<string, unknown>, source?: string) =>
    request('HelpIntent', {}, { originalDetectIntentRequest: { source, payload } });

  test('a caller id is hashed; formatting does not change the user', () => {
    const a = dialogflowUserOf(withPayload({ telephony: { caller_id: '+1 (555) 123-4567' } }, 'GOOGLE_TELEPHONY'));
    const b = dialogflowUserOf(withPayload({ telephony: { caller_id: '+15551234567' } }, 'GOOGLE_TELEPHONY'));
    expect(a).toEqual({ userId: expect.stringMatching(/^dialogflow:tel:[0-9a-f]{64}$/), source: 'telephony' });
    expect(a.userId).toBe(b.userId);
  });

  test('a redacted or anonymous caller is not an id', () => {
    for (const caller_id of ['REDACTED_IN_STANDARD_TIER_AGENT', 'anonymous', '', '12345']) {
      expect(dialogflowUserOf(withPayload({ telephony: { caller_id } })).source).toBe('session');
    }
  });

  test('the caller id wins over a payload user id, which wins over chat ids and the session', () => {
    expect(dialogflowUserOf(withPayload({ telephony: { caller_id: '+15551234567' }, userId: 'u1' })).source).toBe('telephony');
    expect(dialogflowUserOf(withPayload({ userId: 'u1', data: { sender: { id: '99' } } }, 'facebook'))).toEqual({ userId: 'dialogflow:user:u1', source: 'payload' });
    expect(dialogflowUserOf(withPayload({ data: { sender: { id: '2254108171328398' } } }, 'facebook'))).toEqual({
      userId: 'dialogflow:facebook:2254108171328398',
      source: 'facebook',
    });
    expect(dialogflowUserOf(withPayload({ data: { event: { user: 'U024BE7LH' } } }, 'slack'))).toEqual({ userId: 'dialogflow:slack:U024BE7LH', source: 'slack' });
    expect(dialogflowUserOf(withPayload({}))).toEqual({ userId: 'dialogflow:session:abc-123', source: 'session' });
  });

  test('an id with unusual characters, or a very long one, is kept by its hash', () => {
    expect(dialogflowUserOf(withPayload({ userId: 'a/b\\c' })).userId).toMatch(/^dialogflow:user:sha256:[0-9a-f]{64}$/);
    expect(dialogflowUserOf(withPayload({ userId: 'x'.repeat(500) })).userId).toMatch(/^dialogflow:user:sha256:/);
  });

  test('the session id is the last part of any session path', () => {
    expect(sessionIdOf('projects/p/agent/sessions/s1')).toBe('s1');
    expect(sessionIdOf('projects/p/agent/environments/draft/users/-/sessions/s2')).toBe('s2');
    expect(sessionIdOf('projects/p/locations/global/agent/sessions/s3/contexts/c')).toBe('s3');
    expect(sessionIdOf('1518537462114')).toBe('1518537462114');
  });
});

describe('reply → response', () => {
  const text = (t: string): Segment => ({ kind: 'text', text: t });
  const pause = (seconds: number): Segment => ({ kind: 'pause', seconds, purpose: 'beat' });

  test('chat text: long pauses are one mark, the short pauses of a count vanish, no mark at the ends', () => {
    expect(chatText([pause(3), text('Rest 60 seconds.'), pause(29), pause(1), text('30 seconds.'), pause(30)])).toBe('Rest 60 seconds. … 30 seconds.');
    expect(chatText([text('Go.'), text('1'), pause(2.6), text('2'), pause(2.6), text('Stop.')])).toBe('Go. 1 2 Stop.');
  });

  test('telephony SSML keeps its pauses when they fit, and drops them rather than the words when they do not', () => {
    expect(telephonySsml([text('Rest.'), pause(25), text('Go & lift.')])).toBe('<speak>Rest. <break time="10s"/> <break time="10s"/> <break time="5s"/> Go &amp; lift.</speak>');
    const long: Segment[] = Array.from({ length: 400 }, (_, i) => [text(String(i)), pause(1)]).flat();
    const ssml = telephonySsml(long);
    expect(Buffer.byteLength(ssml)).toBeLessThanOrEqual(TELEPHONY_MAX_SSML_BYTES);
    expect(ssml).not.toContain('<break');
    expect(ssml).toContain('399');
  });

  test('the response is a valid WebhookResponse and carries no coach state', () => {
    const response = replyToResponse(
      { speech: [text('Which side?')], reprompt: [{ kind: 'text', text: 'Left or right?' }], endSession: false, card: null, status: null, expects: null, deleteUser: false },
      { session: SESSION, deviceTimeZone: null, suggestions: ['Left', 'Right'] },
    );
    expect(parseWebhookResponse(response as never).problems).toEqual([]);
    expect(response.outputContexts).toBeUndefined();
    expect(response).not.toHaveProperty('endInteraction');
  });

  test('the proto check itself catches unknown fields and wrong types', () => {
    expect(parseWebhookResponse({ fulfillmentText: 'x', triggerEndOfConversation: true }).problems).not.toEqual([]);
    expect(parseWebhookResponse({ fulfillmentText: 'x', fulfillmentMessages: [{ text: { text: 'not a list' } }] }).problems).not.toEqual([]);
    expect(parseWebhookResponse({ fulfillmentText: 'x', fulfillmentMessages: [{ platform: 'NOT_A_PLATFORM', text: { text: ['x'] } }] }).problems).not.toEqual([]);
  });
});

describe.each(MODEL_LANGUAGES)('chips (%s)', (language: Language) => {
  const model = languageModelOf(language);
  const locale = USUAL_LOCALE[language];
  /** A phrase as a matcher compares it: lower case, without the marks a chip writes and no one says ("¿Cómo voy?"). */
  const plain = (text: string): string => text.toLowerCase().replace(/[¿?¡!]/g, '').trim();
  const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  /**
   * What a phrase means to the language model: every sample it says, with each slot filled by a value of its type, and
   * the values. A sample with a number slot says no chip. Each sample is a pattern with its slots open, so the
   * samples need not be written out with every value.
   */
  const meaningsOf = (label: string): { event: string; values: Record<string, string> }[] =>
    model.intents.flatMap((intent) =>
      intent.samples.flatMap((sample) => {
        const slotNames = [...sample.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
        const slots = slotNames.map((name) => intent.slots.find((slot) => slot.name === name));
        if (slots.some((slot) => !slot || slot.type === 'AMAZON.NUMBER')) return [];
        const synonymsOf = (type: string): string[] => (model.slotTypes[type] ?? []).flatMap((value) => value.synonyms.map(plain));
        const said = sample.split(/\{\w+\}/).map((part) => part.toLowerCase().replace(/[¿?¡!]/g, ''));
        // Most samples have a word the phrase does not: they are set aside before a pattern is made of them.
        if (!said.every((part) => label.includes(part.trim()))) return [];
        const literal = said.map(escaped);
        const pattern = literal.reduce((joined, part, i) => `${joined}(${synonymsOf(slots[i - 1]?.type ?? '').map(escaped).join('|')})${part}`);
        const found = new RegExp(`^\\s*${pattern}\\s*$`).exec(label);
        if (!found) return [];
        let meanings = [{ event: intent.event, values: {} as Record<string, string> }];
        for (const [i, slot] of slots.entries()) {
          const value = found[i + 1] ?? '';
          const ids = (model.slotTypes[slot?.type ?? ''] ?? []).filter((type) => type.synonyms.some((synonym) => plain(synonym) === value)).map((type) => type.id);
          meanings = meanings.flatMap((meaning) => ids.map((id) => ({ event: meaning.event, values: { ...meaning.values, [slot?.name ?? '']: id } })));
        }
        return meanings;
      }),
    );

  /** The event (and slot value) each choice must mean. */
  const MEANING: Record<Choice, { event: string; value?: string }> = {
    yes: { event: 'yes' },
    no: { event: 'no' },
    go: { event: 'ready' },
    resume: { event: 'resume' },
    stop: { event: 'stop' },
    skipRest: { event: 'skipRest' },
    left: { event: 'side', value: 'left' },
    right: { event: 'side', value: 'right' },
    lb: { event: 'units', value: 'lb' },
    kg: { event: 'units', value: 'kg' },
    startWorkout: { event: 'startWorkout' },
    startTest: { event: 'startTest' },
    progress: { event: 'progress' },
  };

  test.each(Object.entries(choicePhrases(locale)))('the chip for %s, "%s", is a phrase of the language model that means it', (choice, label) => {
    const meanings = meaningsOf(plain(label));
    expect(meanings.length).toBeGreaterThan(0);
    const wanted = MEANING[choice as Choice];
    for (const meaning of meanings) {
      expect(meaning.event).toBe(wanted.event);
      if (wanted.value) expect(Object.values(meaning.values)).toEqual([wanted.value]);
    }
  });

  test('the chips are the answers the reply expects, in the language, and none for a number', () => {
    expect(suggestionsFor({ choices: ['yes', 'kg'], number: null }, locale)).toEqual(language === 'es' ? ['Sí', 'Kilos'] : ['Yes', 'Kilograms']);
    expect(suggestionsFor({ choices: [], number: { measure: 'reps', min: 1, max: 40, unit: null } }, locale)).toEqual([]);
    expect(suggestionsFor(null, locale)).toEqual([]);
  });
});

test('locales: Dialogflow\'s bare "en" is the en-US agent; others keep their region', () => {
  expect(localeOf('en')).toBe('en-US');
  expect(localeOf('en-us')).toBe('en-US');
  expect(localeOf('en-GB')).toBe('en-GB');
  expect(localeOf(undefined)).toBe('en-US');
});
