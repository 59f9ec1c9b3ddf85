/** POST /alexa: Alexa's signature and timestamp checks on by default, off only in insecure local mode; GET /healthz. */
import type { RequestEnvelope } from 'ask-sdk-model';
import { post, startTestServer, type TestServer } from '../../support/testServer';
import { alexaEnvelope } from '../support/alexaEnvelopes';

const SKILL = 'amzn1.ask.skill.backcoach-route-test';
const USER = 'amzn1.ask.account.route-test';

const launch = (applicationId = SKILL): RequestEnvelope =>
  ({
    version: '1.0',
    session: { new: true, sessionId: 'amzn1.echo-api.session.1', application: { applicationId }, user: { userId: USER } },
    context: {
      System: {
        application: { applicationId },
        user: { userId: USER },
        device: { deviceId: 'amzn1.ask.device.route-test', supportedInterfaces: {} },
        apiEndpoint: 'http://127.0.0.1:9',
      },
    },
    request: { type: 'LaunchRequest', requestId: 'amzn1.echo-api.request.1', timestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), locale: 'en-US' },
  }) as unknown as RequestEnvelope;

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

test('with verification on, an unsigned Alexa request is refused with a JSON 400 and changes nothing', async () => {
  server = await startTestServer({ verifyAlexa: true });
  const response = await post(`${server.url}/alexa`, launch());
  expect(response.status).toBe(400);
  expect(response.json).toEqual({ error: { status: 400, code: 'alexa_verification_failed', message: expect.any(String) } });
  expect(await server.store.get(USER)).toBeNull();
});

test('with verification on, a request claiming a certificate outside Amazon\'s is refused too, without fetching it', async () => {
  server = await startTestServer({ verifyAlexa: true });
  const response = await post(`${server.url}/alexa`, launch(), {
    signaturecertchainurl: 'https://evil.example.com/echo.api/cert.pem',
    'signature-256': 'c2lnbmF0dXJl',
  });
  expect(response.status).toBe(400);
  expect(await server.store.get(USER)).toBeNull();
});

test('in insecure local mode the same request is answered by the skill and the user is stored', async () => {
  server = await startTestServer({ verifyAlexa: false });
  const response = await post(`${server.url}/alexa`, launch());
  expect(response.status).toBe(200);
  const envelope = response.json as { version: string; response: { outputSpeech?: { ssml?: string }; shouldEndSession?: boolean } };
  expect(envelope.version).toBe('1.0');
  expect(envelope.response.outputSpeech?.ssml).toMatch(/^<speak>Welcome to Back Coach/);
  expect(envelope.response.shouldEndSession).toBe(false);
  expect((await server.store.get(USER))?.safetyNoticeGiven).toBe(true);
});

test('a body that is not an Alexa request is a 400, not a 500', async () => {
  server = await startTestServer({ verifyAlexa: false });
  const bodies: [string, string][] = [
    ['{"version": "1.0", ', 'bad_json'],
    ['[]', 'not_an_alexa_request'],
    ['{"hello": "world"}', 'not_an_alexa_request'],
  ];
  for (const [body, code] of bodies) {
    const response = await post(`${server.url}/alexa`, body);
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ error: { code } });
  }
});

test('with a skill id configured, a request for another skill is a 400', async () => {
  server = await startTestServer({ verifyAlexa: false, skillId: SKILL });
  expect((await post(`${server.url}/alexa`, launch('amzn1.ask.skill.someone-else'))).status).toBe(400);
  expect((await post(`${server.url}/alexa`, launch(SKILL))).status).toBe(200);
});

test('an oversized Alexa body is a 413', async () => {
  server = await startTestServer({ verifyAlexa: false });
  const big = { ...launch(), padding: 'x'.repeat(200 * 1024) };
  const response = await post(`${server.url}/alexa`, big);
  expect(response.status).toBe(413);
});

test('GET /healthz is 200; unknown paths are JSON 404s', async () => {
  server = await startTestServer();
  const health = await fetch(`${server.url}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok', dialogflow: 'protected' });
  const missing = await fetch(`${server.url}/nowhere`);
  expect(missing.status).toBe(404);
  expect(await missing.json()).toMatchObject({ error: { status: 404, code: 'not_found' } });
});

test('a disabled Dialogflow route answers 503 with the reason', async () => {
  server = await startTestServer({ dialogflow: { kind: 'disabled', reason: 'No credentials configured.' } });
  const response = await post(`${server.url}/dialogflow`, {});
  expect(response.status).toBe(503);
  expect(response.json).toEqual({ error: { status: 503, code: 'dialogflow_disabled', message: 'No credentials configured.' } });
});

test('an Echo set to Spanish (es-MX) hears the coach in Spanish, with kilos offered first, and its card in Spanish', async () => {
  server = await startTestServer({ verifyAlexa: false });
  const userId = 'amzn1.ask.account.spanish-test';
  type Answer = { response: { outputSpeech?: { ssml?: string }; card?: { title?: string; content?: string } }; sessionAttributes?: Record<string, unknown> };
  const welcome = (await post(`${server.url}/alexa`, alexaEnvelope({ userId, locale: 'es-MX' }))).json as Answer;
  expect(welcome.response.outputSpeech?.ssml).toMatch(/^<speak>Bienvenido a Back Coach\..*¿Te cuento las pesas en kilos\? Di sí, o di libras\.<\/speak>$/);
  expect(welcome.response.card?.title).toBe('Back Coach: aviso de seguridad');
  const yes = (await post(`${server.url}/alexa`, alexaEnvelope({ userId, locale: 'es-MX', intent: { name: 'AMAZON.YesIntent' }, attributes: welcome.sessionAttributes ?? {} })))
    .json as Answer;
  expect(yes.response.outputSpeech?.ssml).toMatch(/^<speak>(Muy bien, en kilos\.|Entendido, kilos\.) ¿Qué lado sientes más débil, el izquierdo o el derecho\?<\/speak>$/);
  expect((await server.store.get(userId))?.units).toBe('kg');
});
