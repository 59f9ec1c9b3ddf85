import type { IntentRequest, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import {
  alexaTimestamp,
  ConsoleSession,
  DEFAULT_IDENTITY,
  endsSession,
  type Clock,
} from '../../support/alexaRequest';

const fixedClock = (): Clock => {
  let n = 0;
  return { now: () => new Date('2025-03-04T05:06:07.890Z'), id: () => `id-${(n += 1)}` };
};

const reply = (response: ResponseEnvelope['response'], sessionAttributes?: Record<string, unknown>): ResponseEnvelope => ({
  version: '1.0',
  response,
  ...(sessionAttributes ? { sessionAttributes } : {}),
});

const keepListening = (attributes: Record<string, unknown> = {}) =>
  reply(
    {
      outputSpeech: { type: 'SSML', ssml: '<speak>How many?</speak>' },
      reprompt: { outputSpeech: { type: 'SSML', ssml: '<speak>How many reps?</speak>' } },
      shouldEndSession: false,
    },
    attributes,
  );

const intentOf = (envelope: RequestEnvelope): IntentRequest => {
  expect(envelope.request.type).toBe('IntentRequest');
  return envelope.request as IntentRequest;
};

/** The shape every envelope shares, as the Alexa service sends it. */
const expectWellFormed = (envelope: RequestEnvelope): void => {
  expect(envelope.version).toBe('1.0');
  expect(envelope.session).toEqual(
    expect.objectContaining({
      sessionId: expect.stringMatching(/^amzn1\.echo-api\.session\./),
      application: { applicationId: DEFAULT_IDENTITY.applicationId },
      user: { userId: DEFAULT_IDENTITY.userId },
      attributes: expect.any(Object),
    }),
  );
  expect(typeof envelope.session?.new).toBe('boolean');
  expect(envelope.context.System).toEqual({
    application: { applicationId: DEFAULT_IDENTITY.applicationId },
    user: { userId: DEFAULT_IDENTITY.userId },
    device: { deviceId: DEFAULT_IDENTITY.deviceId, supportedInterfaces: {} },
  });
  expect(envelope.request).toEqual(
    expect.objectContaining({
      requestId: expect.stringMatching(/^amzn1\.echo-api\.request\./),
      timestamp: '2025-03-04T05:06:07Z',
      locale: 'en-US',
    }),
  );
  expect(JSON.parse(JSON.stringify(envelope))).toEqual(envelope);
};

describe('request envelopes', () => {
  it('opens with a LaunchRequest in a new session', () => {
    const session = new ConsoleSession(DEFAULT_IDENTITY, fixedClock());
    const launch = session.launch();
    expectWellFormed(launch);
    expect(launch.request.type).toBe('LaunchRequest');
    expect(launch.session?.new).toBe(true);
    expect(launch.session?.attributes).toEqual({});
    expect(session.isOpen).toBe(true);
  });

  it('sends a number slot as digits, with every slot of the intent present', () => {
    const session = new ConsoleSession(DEFAULT_IDENTITY, fixedClock());
    const request = intentOf(session.intent({ intent: 'WeightIntent', slots: { weight: { value: '35' } }, score: 1 }));
    expect(request.dialogState).toBeUndefined();
    expect(request.intent).toEqual({
      name: 'WeightIntent',
      confirmationStatus: 'NONE',
      slots: {
        weight: { name: 'weight', value: '35', confirmationStatus: 'NONE' },
        unit: { name: 'unit', confirmationStatus: 'NONE' },
      },
    });
  });

  it('resolves a custom slot value to its canonical id, as entity resolution does', () => {
    const session = new ConsoleSession(DEFAULT_IDENTITY, fixedClock());
    const request = intentOf(
      session.intent({ intent: 'UnitsIntent', slots: { unit: { value: 'kilos', id: 'kg' } }, score: 1 }),
    );
    expect(request.intent.slots?.unit).toEqual({
      name: 'unit',
      value: 'kilos',
      confirmationStatus: 'NONE',
      resolutions: {
        resolutionsPerAuthority: [
          {
            authority: `amzn1.er-authority.echo-sdk.${DEFAULT_IDENTITY.applicationId}.UnitType`,
            status: { code: 'ER_SUCCESS_MATCH' },
            values: [{ value: { name: 'kilograms', id: 'kg' } }],
          },
        ],
      },
    });
  });

  it('sends built-in intents without slots', () => {
    const session = new ConsoleSession(DEFAULT_IDENTITY, fixedClock());
    const request = intentOf(session.intent({ intent: 'AMAZON.YesIntent', slots: {}, score: 1 }));
    expect(request.intent).toEqual({ name: 'AMAZON.YesIntent', confirmationStatus: 'NONE' });
    const fallback = intentOf(session.intent({ intent: 'AMAZON.FallbackIntent', slots: {}, score: 0 }));
    expect(fallback.intent).toEqual({ name: 'AMAZON.FallbackIntent', confirmationStatus: 'NONE' });
  });

  it('writes timestamps in whole seconds, as Alexa does', () => {
    expect(alexaTimestamp(new Date('2025-01-02T03:04:05.678Z'))).toBe('2025-01-02T03:04:05Z');
  });

  it('uses a fresh request id for every request', () => {
    const session = new ConsoleSession();
    const a = session.launch();
    const b = session.intent({ intent: 'AMAZON.HelpIntent', slots: {}, score: 1 });
    expect(a.request.requestId).not.toBe(b.request.requestId);
    expect(a.session?.sessionId).toBe(b.session?.sessionId);
  });
});

describe('the session across responses', () => {
  it('carries session attributes and keeps the session while the skill listens', () => {
    const session = new ConsoleSession(DEFAULT_IDENTITY, fixedClock());
    const launch = session.launch();
    session.receive(keepListening({ step: 'askWeight' }));
    const next = session.intent({ intent: 'CountIntent', slots: { count: { value: '12' } }, score: 1 });
    expectWellFormed(next);
    expect(next.session?.new).toBe(false);
    expect(next.session?.sessionId).toBe(launch.session?.sessionId);
    expect(next.session?.attributes).toEqual({ step: 'askWeight' });
  });

  it('starts a new session after a response that ends it, like "Alexa, tell back coach …"', () => {
    const session = new ConsoleSession(DEFAULT_IDENTITY, fixedClock());
    const launch = session.launch();
    session.receive(keepListening({ step: 'one' }));
    session.intent({ intent: 'AMAZON.StopIntent', slots: {}, score: 1 });
    session.receive(reply({ outputSpeech: { type: 'SSML', ssml: '<speak>Saved.</speak>' }, shouldEndSession: true }));
    expect(session.isOpen).toBe(false);

    const next = session.intent({ intent: 'StartWorkoutIntent', slots: {}, score: 1 });
    expectWellFormed(next);
    expect(next.request.type).toBe('IntentRequest');
    expect(next.session?.new).toBe(true);
    expect(next.session?.sessionId).not.toBe(launch.session?.sessionId);
    expect(next.session?.attributes).toEqual({});
    session.receive(keepListening());
    expect(session.intent({ intent: 'AMAZON.YesIntent', slots: {}, score: 1 }).session?.new).toBe(false);
  });

  it('treats a response without shouldEndSession as ending the session unless it has a reprompt', () => {
    expect(endsSession(reply({ outputSpeech: { type: 'PlainText', text: 'Bye' } }))).toBe(true);
    expect(
      endsSession(reply({ reprompt: { outputSpeech: { type: 'PlainText', text: 'Well?' } } })),
    ).toBe(false);
    expect(endsSession(reply({ shouldEndSession: false }))).toBe(false);
    expect(endsSession(reply({ shouldEndSession: true, reprompt: { outputSpeech: { type: 'PlainText', text: 'x' } } }))).toBe(true);
  });

  it('ends an open session with a SessionEndedRequest, and only an open one', () => {
    const session = new ConsoleSession(DEFAULT_IDENTITY, fixedClock());
    expect(session.end()).toBeNull();
    session.launch();
    session.receive(keepListening({ a: 1 }));
    const ended = session.end();
    expect(ended).not.toBeNull();
    expectWellFormed(ended as RequestEnvelope);
    expect(ended?.request).toEqual(expect.objectContaining({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' }));
    expect(ended?.session).toEqual(expect.objectContaining({ new: false, attributes: { a: 1 } }));
    expect(session.isOpen).toBe(false);
    expect(session.end()).toBeNull();
  });

  it('forgets the session when the skill fails', () => {
    const session = new ConsoleSession(DEFAULT_IDENTITY, fixedClock());
    session.launch();
    session.drop();
    expect(session.intent({ intent: 'AMAZON.HelpIntent', slots: {}, score: 1 }).session?.new).toBe(true);
  });
});
