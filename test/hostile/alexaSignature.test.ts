/**
 * POST /alexa with verification on, against signing certificates made for the test and a certificate host on
 * loopback. The adapter is made to trust the test root (and nothing else) for this file; every other check is
 * Amazon's, run as in production: the certificate URL's rules, the chain up to the root, the signing name, the
 * validity dates, the signature over the body, the 150 s timestamp window. On top of them: the chain is cached by
 * URL until it expires, and a certificate host that stalls gets a quick 400, one connection, and no open socket.
 */
import { AlexaSignatureVerifier } from '../../src/http/alexaSignature';
import { alexaTimestamp } from '../../support/alexaRequest';
import { alexaEnvelope, speechOf, type JsonObject } from '../support/alexaEnvelopes';
import {
  CERT_URL_BASE,
  LoopbackAgent,
  makeTestPki,
  signedHeaders,
  startCertificateServer,
  type CertificateServer,
  type TestPki,
} from '../support/alexaCertificates';
import { startStalledServer, type StalledServer } from '../support/stalledServer';
import { post, startTestServer, type TestServer } from '../../support/testServer';

/** Set before the adapter first reads it: the adapter requires `tls` each time it checks a chain. */
let mockTrustedRoots: string[] = [];
jest.mock('tls', () => {
  const actual = jest.requireActual<typeof import('tls')>('tls');
  return {
    ...actual,
    get rootCertificates() {
      return mockTrustedRoots;
    },
  };
});

const USER = 'amzn1.ask.account.signed-test';
const GOOD_URL = `${CERT_URL_BASE}echo-api.pem`;
const ATTACKER_PATH = '/attacker-bucket/cert.pem';

let pki: TestPki;
let certificates: CertificateServer;
let stalled: StalledServer;
let server: TestServer | null = null;
let clock = Date.now();

beforeAll(async () => {
  pki = makeTestPki();
  mockTrustedRoots = [pki.rootPem];
  certificates = await startCertificateServer({
    'echo-api.pem': pki.alexa.chainPem,
    'other-name.pem': pki.otherName.chainPem,
    'self-signed.pem': pki.selfSigned.chainPem,
    // Someone else's bucket on s3.amazonaws.com, serving a chain that would pass every other check.
    [ATTACKER_PATH]: pki.alexa.chainPem,
  });
  stalled = await startStalledServer();
});

afterAll(async () => {
  await certificates.close();
  await stalled.close();
});

afterEach(async () => {
  await server?.close();
  server = null;
});

const serverWith = async (verifier: AlexaSignatureVerifier): Promise<TestServer> => {
  server = await startTestServer({ verifyAlexa: true, alexaSignatureVerifier: verifier });
  return server;
};

const loopbackVerifier = (): AlexaSignatureVerifier => {
  clock = Date.now();
  return new AlexaSignatureVerifier({ agent: new LoopbackAgent(certificates.port), downloadTimeoutMs: 500, now: () => clock });
};

const launchBody = (overrides: JsonObject = {}): string => JSON.stringify({ ...alexaEnvelope({ userId: USER }), ...overrides });

const sendSigned = (target: TestServer, body: string, certificate = pki.alexa, url = GOOD_URL) =>
  post(`${target.url}/alexa`, body, signedHeaders(body, certificate, url));

test('a request signed with a certificate that chains to a trusted root is answered, and the user stored', async () => {
  const target = await serverWith(loopbackVerifier());
  const response = await sendSigned(target, launchBody());
  expect(response.status).toBe(200);
  expect(speechOf(response.json)).toMatch(/^<speak>Welcome to Back Coach/);
  expect((await target.store.get(USER))?.userId).toBe(USER);
});

test('the chain is downloaded once and cached by its URL until it expires; then it is fetched and checked again', async () => {
  const target = await serverWith(loopbackVerifier());
  const before = certificates.downloads('/echo.api/echo-api.pem');
  for (let i = 0; i < 5; i += 1) expect((await sendSigned(target, launchBody())).status).toBe(200);
  expect(certificates.downloads('/echo.api/echo-api.pem') - before).toBe(1);
  // Two days on, past the signing certificate's end date: the cached chain is not used any more.
  clock += 2 * 24 * 3600 * 1000;
  expect((await sendSigned(target, launchBody())).status).toBe(200);
  expect(certificates.downloads('/echo.api/echo-api.pem') - before).toBe(2);
});

test('a body changed after signing is refused', async () => {
  const target = await serverWith(loopbackVerifier());
  const body = launchBody();
  const headers = signedHeaders(body, pki.alexa, GOOD_URL);
  const response = await post(`${target.url}/alexa`, body.replace('en-US', 'en-GB'), headers);
  expect(response.status).toBe(400);
  expect(response.json).toMatchObject({ error: { code: 'alexa_verification_failed' } });
  expect(await target.store.get(USER)).toBeNull();
});

test.each([
  ['signed for another name than echo-api.amazon.com', 'other-name.pem', 'otherName'],
  ['self-signed, with no chain to a trusted root', 'self-signed.pem', 'selfSigned'],
] as const)('a certificate %s is refused', async (_name, file, which) => {
  const target = await serverWith(loopbackVerifier());
  const response = await sendSigned(target, launchBody(), pki[which], `${CERT_URL_BASE}${file}`);
  expect(response.status).toBe(400);
  expect(await target.store.get(USER)).toBeNull();
});

test('a signed request more than 150 seconds old is refused before any certificate is fetched for it', async () => {
  const target = await serverWith(loopbackVerifier());
  const before = certificates.downloads('/echo.api/echo-api.pem');
  const old = alexaEnvelope({ userId: USER, timestamp: alexaTimestamp(new Date(Date.now() - 200_000)) });
  expect((await sendSigned(target, JSON.stringify(old))).status).toBe(400);
  expect(await target.store.get(USER)).toBeNull();
  // A replayed request costs no download: were one started, it would have been asked for by now.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(certificates.downloads('/echo.api/echo-api.pem')).toBe(before);
});

test.each([
  'http://s3.amazonaws.com/echo.api/echo-api.pem',
  'https://s3.amazonaws.com:8443/echo.api/echo-api.pem',
  'https://s3.amazonaws.com/other/echo-api.pem',
  'https://evil.example.com/echo.api/echo-api.pem',
])('a certificate URL outside Amazon\'s rules (%s) is refused without being fetched', async (url) => {
  const target = await serverWith(loopbackVerifier());
  const before = certificates.downloads('/echo.api/echo-api.pem') + certificates.downloads('/other/echo-api.pem');
  expect((await sendSigned(target, launchBody(), pki.alexa, url)).status).toBe(400);
  expect(certificates.downloads('/echo.api/echo-api.pem') + certificates.downloads('/other/echo-api.pem')).toBe(before);
});

test.each([
  'https://s3.amazonaws.com/echo.api/../attacker-bucket/cert.pem',
  'https://s3.amazonaws.com/echo.api/%2e%2e/attacker-bucket/cert.pem',
  'https://s3.amazonaws.com/echo.api/%2E%2E/attacker-bucket/cert.pem',
  'https://s3.amazonaws.com/echo.api/.%2e/attacker-bucket/cert.pem',
  'https://s3.amazonaws.com/echo.api/./../attacker-bucket/cert.pem',
  'https://s3.amazonaws.com/echo.api/..\\attacker-bucket\\cert.pem',
  'https://s3.amazonaws.com/echo.api\\..\\attacker-bucket/cert.pem',
  'https://s3.amazonaws.com/echo.api/..%5cattacker-bucket/cert.pem',
  'https://s3.amazonaws.com/echo.api/%2e%2e%5Cattacker-bucket/cert.pem',
])('a certificate URL that leaves /echo.api/ once normalised (%s) is refused without being fetched', async (url) => {
  const target = await serverWith(loopbackVerifier());
  const before = certificates.downloads(ATTACKER_PATH);
  const response = await sendSigned(target, launchBody(), pki.alexa, url);
  expect(response.status).toBe(400);
  expect(certificates.downloads(ATTACKER_PATH)).toBe(before);
  expect(await target.store.get(USER)).toBeNull();
});

test.each([
  'https://s3.amazonaws.com:443/echo.api/echo-api.pem',
  'https://s3.amazonaws.com/echo.api/../echo.api/echo-api.pem',
  'https://s3.amazonaws.com:443/echo.api/../echo.api/echo-api.pem',
  'https://S3.AmazonAWS.com/echo.api/echo-api.pem',
  'HTTPS://s3.amazonaws.com/echo.api/./echo-api.pem',
])('a certificate URL that Amazon\'s rule accepts (%s) is fetched from /echo.api/ and the request answered', async (url) => {
  const target = await serverWith(loopbackVerifier());
  const before = certificates.downloads('/echo.api/echo-api.pem');
  const response = await sendSigned(target, launchBody(), pki.alexa, url);
  expect(response.status).toBe(200);
  expect(certificates.downloads('/echo.api/echo-api.pem')).toBe(before + 1);
});

test.each([
  ['a path in another case', 'https://s3.amazonaws.com/EcHo.aPi/echo-api.pem'],
  ['credentials before the host', 'https://s3.amazonaws.com@evil.example.com/echo.api/echo-api.pem'],
  ['a trailing dot on the host', 'https://s3.amazonaws.com./echo.api/echo-api.pem'],
  ['port 563', 'https://s3.amazonaws.com:563/echo.api/echo-api.pem'],
])('a certificate URL with %s is refused without being fetched', async (_name, url) => {
  const target = await serverWith(loopbackVerifier());
  const before = certificates.downloads('/echo.api/echo-api.pem');
  expect((await sendSigned(target, launchBody(), pki.alexa, url)).status).toBe(400);
  expect(certificates.downloads('/echo.api/echo-api.pem')).toBe(before);
});

test.each<[string, JsonObject]>([
  ['no context', { context: undefined }],
  ['request null', { request: null }],
  ['an unknown request type', { request: { type: 'Foo', requestId: 'r', timestamp: alexaTimestamp(new Date()), locale: 'en-US' } }],
])('a correctly signed envelope that is malformed (%s) is a JSON 400, not a 500', async (_name, overrides) => {
  const target = await serverWith(loopbackVerifier());
  const response = await sendSigned(target, launchBody(overrides));
  expect(response.status).toBe(400);
  expect(response.json).toMatchObject({ error: { status: 400, code: expect.stringMatching(/^(not_an_alexa_request|alexa_verification_failed)$/) } });
});

describe('a certificate host that never answers', () => {
  const stalledVerifier = () => new AlexaSignatureVerifier({ agent: new LoopbackAgent(stalled.port), downloadTimeoutMs: 500 });

  test('is given up on at the deadline: every request waiting on it gets a 400 quickly, over one connection, closed afterwards', async () => {
    const target = await serverWith(stalledVerifier());
    const acceptedBefore = stalled.accepted;
    const started = Date.now();
    const responses = await Promise.all(Array.from({ length: 5 }, () => sendSigned(target, launchBody())));
    const waited = Date.now() - started;
    expect(responses.map((r) => r.status)).toEqual([400, 400, 400, 400, 400]);
    expect(waited).toBeGreaterThanOrEqual(450);
    expect(waited).toBeLessThan(2000);
    expect(stalled.accepted - acceptedBefore).toBe(1);
    await stalled.drained(1000);
    expect(await target.store.get(USER)).toBeNull();
  });

  test('is not tried again for a while: the next request naming it is refused at once, without a connection', async () => {
    const target = await serverWith(stalledVerifier());
    expect((await sendSigned(target, launchBody())).status).toBe(400);
    const acceptedBefore = stalled.accepted;
    const started = Date.now();
    expect((await sendSigned(target, launchBody())).status).toBe(400);
    expect(Date.now() - started).toBeLessThan(300);
    expect(stalled.accepted).toBe(acceptedBefore);
    await stalled.drained(1000);
  });
});

test('Alexa\'s question whether the coach can take a line is checked like any request: signed, it is answered and stores nothing; unsigned, a 400', async () => {
  const target = await serverWith(loopbackVerifier());
  const body = JSON.stringify(alexaEnvelope({ type: 'CanFulfillIntentRequest', userId: USER, intent: { name: 'StartWorkoutIntent' }, attributes: null }));
  const signed = await sendSigned(target, body);
  expect(signed.status).toBe(200);
  expect(signed.json).toMatchObject({ response: { canFulfillIntent: { canFulfill: 'YES' }, shouldEndSession: true } });
  const unsigned = await post(`${target.url}/alexa`, body);
  expect(unsigned.status).toBe(400);
  expect(await target.store.get(USER)).toBeNull();
});
