/**
 * The built Lambda bundle as the Lambda runtime loads it: in a process of its own, with only its environment. It
 * answers a launch and logs JSON lines to stderr, through the bundle's stand-in for pino (lambda/logLines.ts). Run
 * `npm run build` first.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalDynamo } from '../../support/localDynamo';
import { alexaEnvelope, speechOf, TEST_SKILL_ID } from '../support/alexaEnvelopes';

const BUNDLE = path.resolve('lambda/dist/index.js');

interface LogLine {
  msg?: string;
  app?: string;
  ms?: number;
  event?: string;
  requestId?: string;
  host?: string;
}

/** Every folder this file makes is in one, removed when its tests are done. */
const scratch = mkdtempSync(path.join(os.tmpdir(), 'backcoach-bundle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const scratchDir = (name: string): string => mkdtempSync(path.join(scratch, name));

/**
 * Runs the handler of the bundle at `bundle` on each envelope, all at once, in one new Node process; returns the
 * answers and the JSON lines it logged on stderr.
 */
const invokeAll = (envelopes: unknown[], bundle: string = BUNDLE): { answers: unknown[]; logged: LogLine[] } => {
  const dataDir = scratchDir('data-');
  const script = `
    const { handler } = require(${JSON.stringify(bundle)});
    Promise.all(JSON.parse(process.argv[1]).map((e) => handler(e, {}))).then((answers) => process.stdout.write(JSON.stringify(answers)), (error) => { console.error(error); process.exit(1); });
  `;
  const stderrFile = path.join(dataDir, 'stderr.txt');
  const stdout = execFileSync(process.execPath, ['-e', script, JSON.stringify(envelopes)], {
    env: { PATH: process.env.PATH, BACKCOACH_DATA_DIR: dataDir, ALEXA_SKILL_ID: TEST_SKILL_ID, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', openSync(stderrFile, 'w')],
    // A guard against a hung bundle, not a measure: a busy machine can take seconds to start Node.
    timeout: 120_000,
  }).toString();
  const logged = readFileSync(stderrFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as LogLine);
  return { answers: JSON.parse(stdout) as unknown[], logged };
};

/** A line Alexa placed by its carrier phrase only: "I'm wanting to do my back workout now". */
const openingWordLine = (userId?: string): unknown =>
  alexaEnvelope({ userId, intent: { name: 'SayIAmIntent', slots: { words: { name: 'words', value: 'wanting to do my back workout now' } } } });

/** A copy of the bundle with what the NLU learned damaged; returns its index.js. */
const damagedCopy = (): string => {
  const copy = scratchDir('copy-');
  cpSync(path.dirname(BUNDLE), copy, { recursive: true });
  writeFileSync(path.join(copy, 'understanding.nlu'), 'not a snapshot at all');
  return path.join(copy, 'index.js');
};

test('the bundle answers a launch and logs each turn as a JSON line on stderr, with its request id, host and duration', () => {
  const launch = alexaEnvelope() as { request: { requestId: string } };
  const { answers, logged } = invokeAll([launch]);
  expect(speechOf(answers[0])).toMatch(/Welcome to Back Coach/);
  expect(logged.find((line) => line.msg === 'turn')).toMatchObject({ app: 'backcoach', requestId: launch.request.requestId, host: 'alexa', event: 'launch', ms: expect.any(Number) });
});

test('the bundle logs through its stand-in for pino, which starts no worker thread, and an error is logged with its message and stack', () => {
  const bundle = readFileSync(BUNDLE, 'utf8');
  expect(bundle).not.toMatch(/new Worker\(/);
  expect(bundle).not.toContain('pino transports');
  const { logged } = invokeAll([openingWordLine()], damagedCopy());
  const failed = logged.find((l) => l.msg === 'the local NLU failed; answering as not understood') as LogLine & { level?: number; err?: { type?: string; message?: string; stack?: string } };
  expect(failed).toMatchObject({ level: 50, app: 'backcoach', err: { type: expect.any(String), message: expect.stringContaining('not a backcoach-nlu'), stack: expect.stringContaining('not a backcoach-nlu') } });
});

test("a line Alexa's model places by its carrier phrase only is read by the local NLU, loaded from its own file of the bundle", () => {
  const { logged } = invokeAll([openingWordLine()]);
  expect(logged.find((l) => l.msg === 'local NLU loaded')?.ms).toEqual(expect.any(Number));
  expect(logged.find((l) => l.msg === 'turn')?.event).toBe('startWorkout');
  // What the driver said is read, never logged.
  expect(JSON.stringify(logged)).not.toContain('wanting to do my back workout');
});

/** A line in Spanish Alexa placed by a carrier that only opens it ("okay so …"): "me duele la espalda". */
const spanishLine = (locale: string): unknown =>
  alexaEnvelope({ locale, intent: { name: 'SayAfterFillerIntent', slots: { words: { name: 'words', value: 'me duele la espalda' } } } });

test('in es-US and es-MX such a line is read in Spanish, by the Spanish snapshot and its tokenizer, each a file of the bundle', () => {
  const { logged } = invokeAll([spanishLine('es-US'), spanishLine('es-MX')]);
  expect(logged.filter((l) => l.msg === 'turn').map((l) => l.event)).toEqual(['pain', 'pain']);
  // In English the same words are no complaint the coach knows.
  expect(invokeAll([spanishLine('en-US')]).logged.find((l) => l.msg === 'turn')?.event).not.toBe('pain');
});

test("a line with a word the coach never uses is read, with nlp.js's stemmer loaded from its own file", () => {
  const line = alexaEnvelope({ intent: { name: 'SayIAmIntent', slots: { words: { name: 'words', value: 'wanting to do my back workout now pronto' } } } });
  expect(invokeAll([line]).logged.find((l) => l.msg === 'turn')?.event).toBe('startWorkout');
});

test("a line with a character outside ASCII is read, with nlp.js's tables of scripts loaded from their own file", () => {
  const line = alexaEnvelope({ intent: { name: 'SayIAmIntent', slots: { words: { name: 'words', value: 'wanting to do my back workout now…' } } } });
  expect(invokeAll([line]).logged.find((l) => l.msg === 'turn')?.event).toBe('startWorkout');
});

test("an English line needs none of Spanish's files: a bundle without them reads it", () => {
  const copy = scratchDir('copy-');
  cpSync(path.dirname(BUNDLE), copy, { recursive: true });
  rmSync(path.join(copy, 'understanding-es.nlu'));
  rmSync(path.join(copy, 'understanding-es.js'));
  const { logged } = invokeAll([openingWordLine()], path.join(copy, 'index.js'));
  expect(logged.find((l) => l.msg === 'turn')?.event).toBe('startWorkout');
});

test('five such lines at once, before the NLU is loaded, load it once and are all read', () => {
  const { logged } = invokeAll([1, 2, 3, 4, 5].map((n) => openingWordLine(`amzn1.ask.account.at-once-${n}`)));
  expect(logged.filter((l) => l.msg === 'local NLU loaded')).toHaveLength(1);
  expect(logged.filter((l) => l.msg === 'turn').map((l) => l.event)).toEqual(Array(5).fill('startWorkout'));
});

test('with what the NLU learned damaged, such a line is answered as not understood and the error is logged', () => {
  const { answers, logged } = invokeAll([openingWordLine()], damagedCopy());
  expect(logged.some((l) => l.msg === 'the local NLU failed; answering as not understood')).toBe(true);
  expect(logged.find((l) => l.msg === 'turn')?.event).toBe('fallback');
  expect(speechOf(answers[0])).toMatch(/^<speak>/);
});

test('without what the NLU learned, such a line is answered as not understood and the missing file is named in the log', () => {
  const copy = scratchDir('copy-');
  cpSync(path.dirname(BUNDLE), copy, { recursive: true });
  rmSync(path.join(copy, 'understanding.nlu'));
  const { answers, logged } = invokeAll([openingWordLine()], path.join(copy, 'index.js'));
  expect(JSON.stringify(logged.find((l) => l.msg === 'the local NLU failed; answering as not understood'))).toContain('understanding.nlu is missing');
  expect(logged.find((l) => l.msg === 'turn')?.event).toBe('fallback');
  expect(speechOf(answers[0])).toMatch(/^<speak>/);
});

test('the main file of the bundle does not carry the local NLU: it is apart, with what it learned at build, and without nlp.js', () => {
  const bundle = readFileSync(BUNDLE, 'utf8');
  const understanding = readFileSync(path.resolve('lambda/dist/understanding.js'), 'utf8');
  expect(bundle).toContain('./understanding.js');
  expect(understanding.length).toBeGreaterThan(20_000);
  expect(bundle).not.toContain('useNoneFeature');
  expect(understanding).toContain('useNoneFeature');
  expect(readFileSync(path.resolve('lambda/dist/understanding.nlu')).length).toBeGreaterThan(100_000);
  // It reads with the compact classifier (src/nlu/compactClassifier.ts): nlp.js's NLU manager and network are in neither file.
  expect(understanding).toContain('longestValue');
  expect(understanding).not.toContain('nlu-manager');
  expect(bundle).not.toContain('nlu-manager');
  // It loads what the NLU learned and never trains: the language model is in neither file.
  expect(understanding).not.toContain('The language model has no samples for');
  // Spanish's tokenizer and stemmer are a file of their own, loaded with the first Spanish line.
  expect(understanding).not.toContain('stemmer-es');
  expect(readFileSync(path.resolve('lambda/dist/understanding-es.js'), 'utf8')).toContain('stemmer-es');
  // nlp.js's English stemmer too, loaded with the first word the snapshot's table of stems does not list.
  expect(understanding).not.toContain('stemmer-en');
  expect(readFileSync(path.resolve('lambda/dist/understanding-stemmer.js'), 'utf8')).toContain('stemmer-en');
  // nlp.js's tables of every script too, loaded with the first character outside ASCII.
  expect(understanding).not.toContain('getTopScript');
  expect(readFileSync(path.resolve('lambda/dist/understanding-script.js'), 'utf8')).toContain('getTopScript');
  // The tokenizers and stemmers take from @nlpjs/core only the classes they extend (scripts/nlpjsCoreParts.mjs): its
  // container and pipelines are in neither NLU file.
  for (const file of ['understanding.js', 'understanding-es.js']) expect(readFileSync(path.resolve('lambda/dist', file), 'utf8')).not.toContain('pipelines');
  expect(bundle).not.toContain('The language model has no samples for');
  // The word tables are index.js's own modules, and the intent table intents.js's, loaded by the turn that hears a line
  // before it loads the NLU: both handed over (scripts/filesApart.mjs), not a copy.
  expect(bundle).not.toContain('SayIAmIntent');
  expect(readFileSync(path.resolve('lambda/dist/intents.js'), 'utf8')).toContain('SayIAmIntent');
  expect(understanding).not.toContain('SayIAmIntent');
  expect(understanding).toContain('require("./intents.js").bundledModules["src/model/intents.ts"]');
  expect(understanding).toContain('require("./index.js").bundledModules["src/languages/en/readingTables.ts"]');
});

/** Runs the bundle's handler on one envelope in a new process: its answer, and the file names of the modules it loaded. */
const invokeLoading = (envelope: unknown): { answer: unknown; loaded: string[] } => {
  const dataDir = scratchDir('data-');
  const script = `
    require(${JSON.stringify(BUNDLE)}).handler(JSON.parse(process.argv[1]), {}).then((answer) => {
      const loaded = Object.keys(require.cache).map((file) => require('node:path').basename(file));
      process.stdout.write(JSON.stringify({ answer, loaded }));
    });
  `;
  const out = execFileSync(process.execPath, ['-e', script, JSON.stringify(envelope)], {
    env: { PATH: process.env.PATH, BACKCOACH_DATA_DIR: dataDir, ALEXA_SKILL_ID: TEST_SKILL_ID, LOG_LEVEL: 'silent' },
    timeout: 120_000,
  }).toString();
  return JSON.parse(out) as { answer: unknown; loaded: string[] };
};

test('a new driver\'s launch loads neither luxon, the DynamoDB store, the screen, the reading rules nor the intent table, which are files of their own beside index.js', () => {
  const { answer, loaded } = invokeLoading(alexaEnvelope({ userId: 'amzn1.ask.account.NEWDRIVER' }));
  expect(speechOf(answer)).toContain('Welcome to Back Coach');
  expect(loaded).toContain('index.js');
  expect(loaded).not.toContain('luxon.js');
  expect(loaded).not.toContain('store-dynamodb.js');
  expect(loaded).not.toContain('screen.js');
  expect(loaded).not.toContain('reading.js');
  expect(loaded).not.toContain('intents.js');
  expect(readFileSync(BUNDLE, 'utf8')).not.toContain('Invalid unit');
  expect(readFileSync(path.resolve('lambda/dist/luxon.js'), 'utf8')).toContain('Invalid unit');
});

test("ask-sdk-model is a file of its own, loaded when a turn first calls one of Alexa's service APIs: a launch with no API token loads none of it", () => {
  const envelope = alexaEnvelope({ userId: 'amzn1.ask.account.NOTOKEN' }) as { context: { System: { apiAccessToken?: string } } };
  delete envelope.context.System.apiAccessToken;
  const withoutToken = invokeLoading(envelope);
  expect(speechOf(withoutToken.answer)).toContain('Welcome to Back Coach');
  expect(withoutToken.loaded).not.toContain('ask-sdk-model.js');
  // With a token the device's time zone is asked of the Settings API (unreachable here, so the default zone is used).
  const withToken = invokeLoading(alexaEnvelope({ userId: 'amzn1.ask.account.WITHTOKEN' }));
  expect(speechOf(withToken.answer)).toContain('Welcome to Back Coach');
  expect(withToken.loaded).toContain('ask-sdk-model.js');
  expect(readFileSync(BUNDLE, 'utf8')).not.toContain('BaseServiceClient');
  expect(readFileSync(path.resolve('lambda/dist/ask-sdk-model.js'), 'utf8')).toContain('BaseServiceClient');
});

test("on an Echo Show, a launch loads the screen from its own file of the bundle (a new driver's welcome shows nothing on it)", () => {
  const envelope = alexaEnvelope({ userId: 'amzn1.ask.account.SHOWDRIVER' }) as { context: { System: { device: { supportedInterfaces: object } } } };
  envelope.context.System.device.supportedInterfaces = { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.2' } } };
  const { answer, loaded } = invokeLoading(envelope);
  expect(speechOf(answer)).toContain('Welcome to Back Coach');
  expect(loaded).toContain('screen.js');
  expect(readFileSync(BUNDLE, 'utf8')).not.toContain('restClock');
});

test('deployed on DynamoDB, the bundle keeps a driver\'s document in the table, its store loaded from a file of its own', async () => {
  const dynamo = await startLocalDynamo();
  try {
    const table = await dynamo.createUsersTable();
    const userId = 'amzn1.ask.account.BUNDLEONDYNAMO';
    const script = `require(${JSON.stringify(BUNDLE)}).handler(JSON.parse(process.argv[1]), {}).then((answer) => process.stdout.write(JSON.stringify(answer)));`;
    // Asynchronously: the local DynamoDB answers from this process.
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['-e', script, JSON.stringify(alexaEnvelope({ userId }))],
        {
          env: {
            PATH: process.env.PATH,
            AWS_LAMBDA_FUNCTION_NAME: 'backcoach-bundle-test',
            AWS_REGION: 'us-east-1',
            BACKCOACH_STORE: 'dynamodb',
            BACKCOACH_DYNAMODB_TABLE: table,
            BACKCOACH_DYNAMODB_ENDPOINT: dynamo.endpoint,
            ALEXA_SKILL_ID: TEST_SKILL_ID,
            LOG_LEVEL: 'silent',
          },
          timeout: 120_000,
        },
        (error, out) => (error ? reject(new Error(`the bundle failed on DynamoDB: ${error.message}`, { cause: error })) : resolve(out)),
      ),
    );
    expect(speechOf(JSON.parse(stdout))).toContain('Welcome to Back Coach');
    expect(await dynamo.item(table, userId)).toMatchObject({ userId });
    expect(readFileSync(BUNDLE, 'utf8')).not.toContain('DynamoDBDocumentClient');
    expect(readFileSync(path.resolve('lambda/dist/store-dynamodb.js'), 'utf8')).toContain('DynamoDBDocumentClient');
  } finally {
    await dynamo.close();
  }
});
