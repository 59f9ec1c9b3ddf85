/**
 * Cold start: the coach's Lambda bundle against a bare ask-sdk-core skill, both bundled by scripts/build-lambda.mjs
 * into a temporary folder: the bare skill with the script's common esbuild options, the coach with what its own build
 * adds (function expressions for arrow functions, ask-sdk-core's modules it uses rather than the package's index, and
 * ask-sdk-model loaded when first used; built so, the bare skill compiles the same). Each run is a new Node process that requires the bundle and
 * answers one LaunchRequest for a new user, timed from the spawn to the answer on its stdout; the child also
 * reports its peak memory (max RSS). Runs are paired and interleaved, the order inside a pair alternating, so the
 * machine's drift touches both alike. An empty Node process is timed the same way, as the floor under both.
 *
 * Fairness: both get the repository's node_modules on NODE_PATH, as Lambda's runtime offers its AWS SDK; the coach
 * runs with a fresh temporary data folder (the lowdb store) and LOG_LEVEL=silent. The bare skill does the same
 * storage work as the coach for a new user: it reads the user's file (absent), creates the users folder, writes
 * one small JSON file to a temporary name and renames it into place.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { figure, kB, median, medianWithSpread, mib, ms, printFigure, type Figure } from './report';

/** Enough pairs that the median of their differences holds still from run to run: 15 moved the first line by 5 ms. */
const PAIRS = 25;
const RATIO_TARGET = 1.5;
const RATIO_GOAL = 1.2;
const SIZE_TARGET_BYTES = 400_000;
/** What the first line read by the local NLU may cost over a launch, in a new process. */
const LINE_TARGET_MS = 30;
const ROOT = path.resolve(__dirname, '..');

const BARE_SKILL = `
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SkillBuilders, getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

const usersDir = path.resolve(process.env.BARE_DATA_DIR ?? './data', 'users');

const launch: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle: async (input) => {
    const userId = input.requestEnvelope.context.System.user.userId;
    const file = path.join(usersDir, createHash('sha256').update(userId).digest('hex') + '.json');
    let visits = 0;
    try {
      visits = (JSON.parse(await readFile(file, 'utf8')) as { visits: number }).visits;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    await mkdir(usersDir, { recursive: true });
    await writeFile(file + '.tmp', JSON.stringify({ userId, visits: visits + 1 }));
    await rename(file + '.tmp', file);
    return input.responseBuilder.speak('Welcome to the bare skill. Are you ready?').reprompt('Are you ready?').getResponse();
  },
};

const skill = SkillBuilders.custom().addRequestHandlers(launch).create();

export const handler = (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => skill.invoke(event, context);
`;

/**
 * Requires the bundle named on the command line and answers one LaunchRequest for the user named after it; with
 * "line" after them, a line Alexa placed by its carrier phrase only, which the coach reads with its local NLU.
 */
const CHILD = `
const [bundle, userId, kind] = process.argv.slice(2);
const launch = { type: 'LaunchRequest', requestId: 'amzn1.echo-api.request.cold', timestamp: '2026-03-02T13:00:00Z', locale: 'en-US' };
const line = { ...launch, type: 'IntentRequest', intent: { name: 'SayIAmIntent', confirmationStatus: 'NONE', slots: { words: { name: 'words', value: 'wanting to do my back workout now' } } } };
const envelope = {
  version: '1.0',
  session: { new: true, sessionId: 'amzn1.echo-api.session.cold', application: { applicationId: 'amzn1.ask.skill.bench' }, user: { userId }, attributes: {} },
  context: { System: { application: { applicationId: 'amzn1.ask.skill.bench' }, user: { userId }, device: { deviceId: 'amzn1.ask.device.bench', supportedInterfaces: {} } } },
  request: kind === 'line' ? line : launch,
};
if (!bundle) {
  const usage = process.resourceUsage();
  process.stdout.write(JSON.stringify({ speech: '', maxRssKiB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }) + '\\n');
} else {
  Promise.resolve(require(bundle).handler(envelope, {})).then((answer) => {
    const speech = answer && answer.response && answer.response.outputSpeech ? answer.response.outputSpeech.ssml : '';
    const usage = process.resourceUsage();
    process.stdout.write(JSON.stringify({ speech, maxRssKiB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }) + '\\n');
  });
}
`;

interface ColdRun {
  ms: number;
  /** The child's CPU time (user and system) up to its answer: less swayed than the wall time by a busy machine. */
  cpuMs: number;
  maxRssBytes: number;
  speech: string;
}

/** One new process: from the spawn to the answer's line on stdout. */
const coldRun = (child: string, bundle: string | null, userId: string, env: NodeJS.ProcessEnv, kind: 'launch' | 'line' = 'launch'): Promise<ColdRun> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const proc = spawn(process.execPath, [child, ...(bundle ? [bundle, userId, kind] : [])], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let answeredAt: number | null = null;
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (answeredAt === null && out.includes('\n')) answeredAt = performance.now();
    });
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    proc.on('error', reject);
    proc.on('close', (code) => {
      if (code !== 0 || answeredAt === null) {
        reject(new Error(`cold start of ${bundle ?? 'node'} exited with ${code}: ${err || out}`));
        return;
      }
      const answer = JSON.parse(out) as { speech: string; maxRssKiB: number; cpuMs: number };
      resolve({ ms: answeredAt - started, cpuMs: answer.cpuMs, maxRssBytes: answer.maxRssKiB * 1024, speech: answer.speech });
    });
  });

const build = (entry: string, outdir: string, metafile?: string): void => {
  const args = [path.join(ROOT, 'scripts/build-lambda.mjs'), `--entry=${entry}`, `--outdir=${outdir}`];
  if (metafile) args.push(`--metafile=${metafile}`);
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build-lambda failed for ${entry}:\n${result.stdout}${result.stderr}`);
  const warning = result.stderr.trim();
  if (warning) console.log(`  ${warning}`);
};

/** Where the bundle's bytes go: the biggest packages and first-party folders, from esbuild's metafile. */
const topContributors = async (metafile: string, outfile: string, count: number): Promise<string> => {
  const { readFile } = await import('node:fs/promises');
  const meta = JSON.parse(await readFile(metafile, 'utf8')) as { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> };
  const output = Object.entries(meta.outputs).find(([file]) => path.resolve(ROOT, file) === outfile)?.[1];
  if (!output) return '';
  const totals = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input.split('/').slice(0, 2).join('/');
    totals.set(pkg, (totals.get(pkg) ?? 0) + bytesInOutput);
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, bytes]) => `${name} ${kB(bytes)}`)
    .join(', ');
};

export async function run(): Promise<Figure[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'backcoach-bench-cold-'));
  try {
    const bareEntry = path.join(dir, 'bare-skill.ts');
    await writeFile(bareEntry, BARE_SKILL);
    const coachOut = path.join(dir, 'coach');
    const bareOut = path.join(dir, 'bare');
    const coachMeta = path.join(dir, 'coach-meta.json');
    build(path.join(ROOT, 'lambda/index.ts'), coachOut, coachMeta);
    build(bareEntry, bareOut);
    const coachBundle = path.join(coachOut, 'index.js');
    const bareBundle = path.join(bareOut, 'index.js');
    const child = path.join(dir, 'cold-start.js');
    await writeFile(child, CHILD);
    const coachBytes = (await stat(coachBundle)).size;
    const bareBytes = (await stat(bareBundle)).size;

    const coachData = path.join(dir, 'coach-data');
    const bareData = path.join(dir, 'bare-data');
    await mkdir(coachData);
    await mkdir(bareData);
    // Lambda's runtime provides the AWS SDK v3 (left out of the bundle) through NODE_PATH; so does this.
    const base = { PATH: process.env.PATH ?? '', TZ: 'UTC', NODE_PATH: path.join(ROOT, 'node_modules') };
    const coachEnv = { ...base, BACKCOACH_DATA_DIR: coachData, LOG_LEVEL: 'silent' };
    const bareEnv = { ...base, BARE_DATA_DIR: bareData };

    // Once each, not counted: the disk cache holds both bundles from here on, for both alike.
    await coldRun(child, coachBundle, 'amzn1.ask.account.COLDWARMUPCOACH', coachEnv);
    await coldRun(child, bareBundle, 'amzn1.ask.account.COLDWARMUPBARE', bareEnv);
    await coldRun(child, null, '', base);

    const coach: ColdRun[] = [];
    const bare: ColdRun[] = [];
    const empty: ColdRun[] = [];
    const lines: ColdRun[] = [];
    for (let pair = 0; pair < PAIRS; pair++) {
      const userId = `amzn1.ask.account.COLD${String(pair).padStart(4, '0')}`;
      const runCoach = async () => coach.push(await coldRun(child, coachBundle, userId, coachEnv));
      const runBare = async () => bare.push(await coldRun(child, bareBundle, userId, bareEnv));
      if (pair % 2 === 0) {
        await runCoach();
        await runBare();
      } else {
        await runBare();
        await runCoach();
      }
      empty.push(await coldRun(child, null, '', base));
      // Beside each pair's launch, the first line the local NLU reads in a new process: it loads understanding.js and
      // what it learned.
      lines.push(await coldRun(child, coachBundle, `amzn1.ask.account.COLDLINE${pair}`, coachEnv, 'line'));
    }
    if (!coach.every((r) => /^<speak>[\s\S]+<\/speak>$/.test(r.speech))) throw new Error(`the coach did not answer the launch: ${coach[0]?.speech}`);
    if (!lines.every((r) => /^<speak>[\s\S]+<\/speak>$/.test(r.speech))) throw new Error(`the coach did not answer the line: ${lines[0]?.speech}`);
    if (!bare.every((r) => r.speech.includes('bare skill'))) throw new Error('the bare skill did not answer the launch');

    const coachMs = median(coach.map((r) => r.ms));
    const cpuRatio = medianWithSpread(
      coach.map((run, i) => run.cpuMs / (bare[i]?.cpuMs ?? Number.NaN)),
      (x) => `${x.toFixed(2)}x`,
    );
    const lineCost = medianWithSpread(
      lines.map((line, i) => line.ms - (coach[i]?.ms ?? Number.NaN)),
      (x) => `+${ms(x, 1)}`,
    );
    // The same in CPU time: less swayed by a busy machine than the difference of two wall times.
    const lineCpu = medianWithSpread(
      lines.map((line, i) => line.cpuMs - (coach[i]?.cpuMs ?? Number.NaN)),
      (x) => `+${ms(x, 1)}`,
    );
    const lineRss = median(lines.map((r) => r.maxRssBytes));
    const understandingBytes = (await stat(path.join(coachOut, 'understanding.js'))).size + (await stat(path.join(coachOut, 'understanding.nlu'))).size;
    const bareMs = median(bare.map((r) => r.ms));
    const emptyMs = median(empty.map((r) => r.ms));
    const coachRss = median(coach.map((r) => r.maxRssBytes));
    const bareRss = median(bare.map((r) => r.maxRssBytes));
    // Each pair's own ratio, so a pair taken while the machine was busy is compared with its own partner.
    const ratio = medianWithSpread(
      coach.map((run, i) => run.ms / (bare[i]?.ms ?? Number.NaN)),
      (x) => `${x.toFixed(2)}x`,
    );
    console.log(`  ${PAIRS} interleaved pairs, each a new process answering one LaunchRequest for a new user (medians):`);
    console.log(`    coach bundle ${ms(coachMs, 1)} (max RSS ${mib(coachRss)}), bare skill ${ms(bareMs, 1)} (max RSS ${mib(bareRss)}), empty Node process ${ms(emptyMs, 1)}`);
    console.log(`    above an empty Node process: coach +${ms(coachMs - emptyMs, 1)}, bare skill +${ms(bareMs - emptyMs, 1)}`);
    console.log(`  bundles: coach ${kB(coachBytes)}, bare skill ${kB(bareBytes)}; the coach's local NLU, loaded on the first line it reads: ${kB(understandingBytes)}`);
    console.log(`  the coach's bundle, biggest parts: ${await topContributors(coachMeta, coachBundle, 8)}`);
    const figures = [
      figure(
        'cold start, coach / bare skill',
        `${ratio.text}; medians ${ms(coachMs, 1)} vs ${ms(bareMs, 1)}`,
        `at most ${RATIO_TARGET}x (goal ${RATIO_GOAL}x)`,
        ratio.median <= RATIO_TARGET,
      ),
      figure(
        'cold start CPU time, coach / bare skill',
        `${cpuRatio.text}; medians ${ms(median(coach.map((r) => r.cpuMs)), 1)} vs ${ms(median(bare.map((r) => r.cpuMs)), 1)}`,
        'side by side',
        null,
      ),
      figure('bundle size, coach', `${kB(coachBytes)} (bare skill ${kB(bareBytes)})`, `under ${kB(SIZE_TARGET_BYTES)}`, coachBytes < SIZE_TARGET_BYTES),
      figure('peak memory (max RSS), coach vs bare skill', `${mib(coachRss)} vs ${mib(bareRss)}`, 'side by side', null),
      figure(
        'first line read by the local NLU, over a launch',
        `${lineCost.text} (max RSS ${mib(lineRss)})`,
        `at most +${LINE_TARGET_MS} ms`,
        lineCost.median <= LINE_TARGET_MS,
      ),
      figure('first line read by the local NLU, over a launch, CPU time', lineCpu.text, 'side by side', null),
    ];
    figures.forEach(printFigure);
    return figures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
