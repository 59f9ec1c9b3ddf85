/**
 * The quick check before zod (src/core/quickCheck.ts) answers as zod does: a document or a webhook request made odd in
 * any way is refused exactly when zod refuses it, and what passes is what zod would give back.
 */
import fc from 'fast-check';
import { checkAlexaEnvelope, envelopeSchemaOf } from '../../src/alexa/envelope';
import { documentToWriteSchema, parseDocumentToWrite, parseUserDocument, userDocumentSchema, type UserDocument } from '../../src/core/document';
import { quickly } from '../../src/core/quickCheck';
import { rememberTurn } from '../../src/core/recentTurns';
import { built } from '../../src/core/schemaSketch';
import { webhookRequestSchema } from '../../src/dialogflow/webhookTypes';
import { MAX_JSON_DEPTH, valueNestsDeeperThan } from '../../src/json/nesting';
import { Conversation, MONDAY_MORNING } from '../../support/conversation';
import { mutated, mutation } from '../support/jsonMutations';

const SEED = 20_261_207;

/** A driver in the middle of a workout, with a baseline test, a question waiting and the replies of the last turns. */
const midWorkout = (): UserDocument => {
  const c = new Conversation({ now: MONDAY_MORNING });
  const said = ['launch', 'yes', { type: 'side', side: 'left' }, { type: 'units', unit: 'lb' }] as const;
  said.forEach((event) => c.say(event));
  for (let turn = 0; turn < 30 && !c.doc.workouts.length && c.doc.activity?.kind !== 'workout'; turn++) c.say(c.last.expects?.number ? { type: 'count', value: 10 } : 'yes');
  const reply = c.last;
  return { ...c.doc, recentTurns: rememberTurn(c.doc.recentTurns, 'request-1', reply) };
};

const request = {
  responseId: 'response-1',
  session: 'projects/p/agent/sessions/s',
  queryResult: {
    queryText: 'ten',
    languageCode: 'en',
    parameters: { count: 10 },
    allRequiredParamsPresent: true,
    intent: { name: 'projects/p/agent/intents/i', displayName: 'CountIntent' },
    intentDetectionConfidence: 1,
    outputContexts: [{ name: 'projects/p/agent/sessions/s/contexts/backcoach-session', lifespanCount: 5, parameters: { timeZone: 'America/Chicago' } }],
  },
  originalDetectIntentRequest: { source: 'DIALOGFLOW_MESSENGER', payload: { userId: 'driver-1' } },
};

const agreesWithZod = (quick: (value: unknown) => { success: boolean; data?: unknown }, schema: { safeParse: (value: unknown) => { success: boolean; data?: unknown } }, value: unknown): void => {
  const ours = quick(value);
  const zods = schema.safeParse(value);
  expect(ours.success).toBe(zods.success);
  if (zods.success) expect(ours.data).toEqual(zods.data);
};

const envelope = (request: Record<string, unknown>) => ({
  version: '1.0',
  session: { new: true, sessionId: 'amzn1.echo-api.session.1', application: { applicationId: 'amzn1.ask.skill.1' }, user: { userId: 'amzn1.ask.account.1' }, attributes: {} },
  context: {
    System: { application: { applicationId: 'amzn1.ask.skill.1' }, user: { userId: 'amzn1.ask.account.1' }, device: { deviceId: 'amzn1.ask.device.1', supportedInterfaces: {} } },
  },
  request: { requestId: 'amzn1.echo-api.request.1', timestamp: '2026-03-02T13:00:00Z', locale: 'en-US', ...request },
});
const launch = envelope({ type: 'LaunchRequest' });
const said = envelope({
  type: 'IntentRequest',
  intent: { name: 'SayIAmIntent', confirmationStatus: 'NONE', slots: { words: { name: 'words', value: 'ready', resolutions: { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id: 'a', name: 'b' } }] }] } } } },
});

describe('the quick check before zod', () => {
  const document = midWorkout();

  it('takes a valid document to write as it is, as zod would give it back', () => {
    expect(document.activity?.kind).toBe('workout');
    const parsed = parseDocumentToWrite(document);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toBe(document);
    expect(parsed.data).toEqual(documentToWriteSchema.safeParse(document).data);
    // Read in full, the replies remembered lose what the stored reply leaves out: zod gives back that copy.
    agreesWithZod(parseUserDocument, userDocumentSchema, JSON.parse(JSON.stringify(document)));
  });

  it('refuses a document made odd exactly when zod does, and passes on what zod would give back', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const odd = JSON.parse(mutated(document, mutations)) as unknown;
        agreesWithZod(parseDocumentToWrite, documentToWriteSchema, odd);
        agreesWithZod(parseUserDocument, userDocumentSchema, odd);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('migrates an older document through zod', () => {
    const older = { ...JSON.parse(JSON.stringify(document)), schemaVersion: 9 } as Record<string, unknown>;
    delete older.parked;
    const parsed = parseUserDocument(older);
    expect(parsed.success).toBe(true);
    expect(parsed.data).not.toBe(older);
    expect(parsed.data?.parked).toBeNull();
  });

  it('refuses an Alexa envelope made odd exactly when zod does, in its words', () => {
    for (const body of [launch, said]) {
      expect(checkAlexaEnvelope(body)).toEqual({ ok: true, envelope: body });
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
          const odd = JSON.parse(mutated(body, mutations)) as unknown;
          const zods = built(envelopeSchemaOf(odd)).safeParse(odd);
          const ours = checkAlexaEnvelope(odd);
          // Deep nesting is refused before any schema is asked.
          if (valueNestsDeeperThan(odd, MAX_JSON_DEPTH)) return;
          expect(ours.ok).toBe(zods.success);
          if (!ours.ok && !zods.success) expect(ours.problem.startsWith(`${zods.error.issues[0]!.path.map(String).join('.') || 'body'}: `)).toBe(true);
        }),
        { seed: SEED, numRuns: 300 },
      );
    }
  });

  it('refuses a webhook request made odd exactly when zod does', () => {
    const parse = quickly(webhookRequestSchema);
    expect(parse(request).data).toBe(request);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        agreesWithZod(parse, webhookRequestSchema, JSON.parse(mutated(request, mutations)));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
