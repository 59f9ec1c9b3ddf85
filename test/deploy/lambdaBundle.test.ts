/**
 * The built Lambda bundle as the Lambda runtime loads it: in a process of its own, with only its environment. It
 * answers a launch and logs JSON lines to stderr, with pino's worker-thread transports left out of the bundle
 * (scripts/build-lambda.mjs stands a stub in for thread-stream). Run `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alexaEnvelope, speechOf, TEST_SKILL_ID } from '../support/alexaEnvelopes';

const BUNDLE = path.resolve('lambda/dist/index.js');

/** Runs the bundle's handler once on `envelope` in a new Node process; returns its answer and what it wrote to stderr. */
const invoke = (envelope: unknown): { answer: unknown; stderr: string } => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'backcoach-bundle-'));
  const script = `
    const { handler } = require(${JSON.stringify(BUNDLE)});
    handler(JSON.parse(process.argv[1]), {}).then((answer) => process.stdout.write(JSON.stringify(answer)), (error) => { console.error(error); process.exit(1); });
  `;
  const stderrFile = path.join(dataDir, 'stderr.txt');
  const stdout = execFileSync(process.execPath, ['-e', script, JSON.stringify(envelope)], {
    env: { PATH: process.env.PATH, BACKCOACH_DATA_DIR: dataDir, ALEXA_SKILL_ID: TEST_SKILL_ID, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', openSync(stderrFile, 'w')],
    timeout: 20_000,
  }).toString();
  return { answer: JSON.parse(stdout), stderr: readFileSync(stderrFile, 'utf8') };
};

test('the bundle answers a launch and logs each turn as a JSON line on stderr', () => {
  const { answer, stderr } = invoke(alexaEnvelope());
  expect(speechOf(answer)).toMatch(/Welcome to Back Coach/);
  const lines = stderr.trim().split('\n').map((line) => JSON.parse(line) as { msg?: string; app?: string });
  expect(lines.some((line) => line.msg === 'turn' && line.app === 'backcoach')).toBe(true);
});

test('the bundle does not carry pino\'s worker-thread transports', () => {
  const bundle = readFileSync(BUNDLE, 'utf8');
  expect(bundle).toContain('pino transports are not bundled in the Lambda');
  expect(bundle).not.toMatch(/new Worker\(/);
});

test("a line Alexa's model places by its first word only is read by the local NLU, loaded from its own file of the bundle", () => {
  const line = alexaEnvelope({ intent: { name: 'OpensWith_i_m', slots: { words: { name: 'words', value: 'wanting to do my back workout now' } } } });
  const { stderr } = invoke(line);
  const logged = stderr.trim().split('\n').map((l) => JSON.parse(l) as { msg?: string; ms?: number; event?: string });
  expect(logged.find((l) => l.msg === 'local NLU loaded')?.ms).toEqual(expect.any(Number));
  expect(logged.find((l) => l.msg === 'turn')?.event).toBe('startWorkout');
});

test('five such lines at once, before the NLU is loaded, load it once and are all read', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'backcoach-bundle-'));
  const lines = [1, 2, 3, 4, 5].map((n) =>
    alexaEnvelope({ userId: `amzn1.ask.account.at-once-${n}`, intent: { name: 'OpensWith_i_m', slots: { words: { name: 'words', value: 'wanting to do my back workout now' } } } }),
  );
  const script = `
    const { handler } = require(${JSON.stringify(BUNDLE)});
    Promise.all(JSON.parse(process.argv[1]).map((e) => handler(e, {}))).then(() => {}, (error) => { console.error(error); process.exit(1); });
  `;
  const stderrFile = path.join(dataDir, 'stderr.txt');
  execFileSync(process.execPath, ['-e', script, JSON.stringify(lines)], {
    env: { PATH: process.env.PATH, BACKCOACH_DATA_DIR: dataDir, ALEXA_SKILL_ID: TEST_SKILL_ID, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'ignore', openSync(stderrFile, 'w')],
    timeout: 20_000,
  });
  const logged = readFileSync(stderrFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { msg?: string; event?: string });
  expect(logged.filter((l) => l.msg === 'local NLU loaded')).toHaveLength(1);
  expect(logged.filter((l) => l.msg === 'turn').map((l) => l.event)).toEqual(Array(5).fill('startWorkout'));
});

test('with what the NLU learned damaged, such a line is answered as not understood and the error is logged', () => {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'backcoach-bundle-copy-'));
  cpSync(path.dirname(BUNDLE), copy, { recursive: true });
  writeFileSync(path.join(copy, 'understanding.json.gz'), 'not gzip at all');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'backcoach-bundle-'));
  const line = alexaEnvelope({ intent: { name: 'OpensWith_i_m', slots: { words: { name: 'words', value: 'wanting to do my back workout now' } } } });
  const script = `
    const { handler } = require(${JSON.stringify(path.join(copy, 'index.js'))});
    handler(JSON.parse(process.argv[1]), {}).then((answer) => process.stdout.write(JSON.stringify(answer)), (error) => { console.error(error); process.exit(1); });
  `;
  const stderrFile = path.join(dataDir, 'stderr.txt');
  const stdout = execFileSync(process.execPath, ['-e', script, JSON.stringify(line)], {
    env: { PATH: process.env.PATH, BACKCOACH_DATA_DIR: dataDir, ALEXA_SKILL_ID: TEST_SKILL_ID, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', openSync(stderrFile, 'w')],
    timeout: 20_000,
  }).toString();
  const logged = readFileSync(stderrFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { msg?: string; event?: string });
  expect(logged.some((l) => l.msg === 'the local NLU failed; answering as not understood')).toBe(true);
  expect(logged.find((l) => l.msg === 'turn')?.event).toBe('fallback');
  expect(speechOf(JSON.parse(stdout))).toMatch(/^<speak>/);
});

test('the main file of the bundle does not carry the local NLU: it is apart, with what it learned at build', () => {
  const bundle = readFileSync(BUNDLE, 'utf8');
  const understanding = readFileSync(path.resolve('lambda/dist/understanding.js'), 'utf8');
  expect(bundle).toContain('./understanding.js');
  expect(understanding.length).toBeGreaterThan(100_000);
  expect(bundle).not.toContain('useNoneFeature');
  expect(understanding).toContain('useNoneFeature');
  expect(readFileSync(path.resolve('lambda/dist/understanding.json.gz')).length).toBeGreaterThan(100_000);
});
