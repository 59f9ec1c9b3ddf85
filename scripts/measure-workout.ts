/**
 * How long a whole session takes, spoken: from opening the coach to "that's the workout done", a driver's whole
 * workout is played through the coach, every reply's words are rendered to audio with espeak-ng at its normal
 * rate and measured, and the timed pauses (rests, the driver's own sets, the strong side's count) are added.
 * Prints speech and pauses separately, and the number of things the driver had to say.
 *
 * Run: npm run measure:workout   (needs espeak-ng and sox: apt-get install espeak-ng sox; without them the
 * words are estimated at 0.4 s each)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { coach } from '../src/core/coach';
import type { UserDocument } from '../src/core/document';
import type { CoachEvent } from '../src/core/events';
import { prompt } from '../src/core/prompts';
import type { PausePurpose, Reply } from '../src/core/reply';

const ZONE = 'America/Chicago';
const TARGET_MINUTES = 20;
const TARGET_UTTERANCES = 12;

const hasCommand = (command: string): boolean => {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const canRender = hasCommand('espeak-ng') && hasCommand('soxi');
const workDir = mkdtempSync(path.join(tmpdir(), 'backcoach-speech-'));
const rendered = new Map<string, number>();

/** Seconds espeak-ng takes to say the text at its default rate (175 words a minute). */
const spokenSeconds = (text: string): number => {
  const known = rendered.get(text);
  if (known !== undefined) return known;
  let seconds = text.split(/\s+/).filter(Boolean).length * 0.4;
  if (canRender) {
    const wav = path.join(workDir, `${rendered.size}.wav`);
    execFileSync('espeak-ng', ['-w', wav, text]);
    seconds = Number(execFileSync('soxi', ['-D', wav], { encoding: 'utf8' }).trim());
  }
  rendered.set(text, seconds);
  return seconds;
};

interface Session {
  speech: number;
  pauses: Record<PausePurpose, number>;
  utterances: number;
  /** What is said after "that's the workout done" (the summary, the next day, goodbye): outside the 20 minutes. */
  afterDone: number;
}

/** Plays turns through the coach on a clock, keeping the document. */
class Driver {
  doc: UserDocument | null = null;
  private time: number;

  constructor(start: string) {
    this.time = Date.parse(start);
  }

  later(minutes: number): void {
    this.time += minutes * 60_000;
  }

  say(event: CoachEvent): Reply {
    const { document, reply } = coach({
      userId: 'measured-driver',
      document: this.doc,
      event,
      context: { now: new Date(this.time).toISOString(), timeZone: ZONE, locale: 'en-US', inVehicle: false },
    });
    this.doc = document;
    this.time += 30_000;
    return reply;
  }
}

/** What a driver answers to the question the coach asks; null when a workout ends. */
const answerTo = (reply: Reply, counts: () => number): CoachEvent | null => {
  if (reply.endSession) return null;
  const expects = reply.expects;
  if (expects?.number?.measure === 'weight') return { type: 'weight', value: 35, unit: 'lb' };
  if (expects?.number) return { type: 'count', value: counts() };
  if (expects?.choices.includes('go')) return { type: 'ready' };
  if (expects?.choices.includes('yes')) return { type: 'yes' };
  if (expects?.choices.includes('lb')) return { type: 'units', unit: 'lb' };
  if (expects?.choices.includes('left')) return { type: 'side', side: 'left' };
  if (expects?.choices.includes('startWorkout')) return { type: 'startWorkout' };
  throw new Error(`No answer for: ${JSON.stringify(reply.expects)}`);
};

/** One session from "open" to its end, measured. */
const measureSession = (driver: Driver, counts: () => number): Session => {
  const session: Session = { speech: 0, pauses: { rest: 0, set: 0, count: 0, beat: 0 }, utterances: 0, afterDone: 0 };
  let done = false;
  let event: CoachEvent | null = { type: 'launch' };
  for (let turn = 0; event && turn < 60; turn++) {
    session.utterances += 1;
    const reply = driver.say(event);
    for (const segment of reply.speech) {
      if (segment.kind === 'text') {
        const seconds = spokenSeconds(segment.text);
        if (done) session.afterDone += seconds;
        else session.speech += seconds;
        // The session's length is counted to the end of "That's the workout done…".
        if (segment.text.startsWith(prompt('en-US', 'WORKOUT_DONE', { rows: '' }).split(' Rows')[0] ?? '')) done = true;
      }
      if (segment.kind === 'pause') session.pauses[segment.purpose] += segment.seconds;
    }
    event = answerTo(reply, counts);
  }
  return session;
};

const minutes = (seconds: number): string => `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;

const report = (label: string, s: Session): void => {
  const pauses = s.pauses.rest + s.pauses.set + s.pauses.count + s.pauses.beat;
  const total = s.speech + pauses;
  const fits = total <= TARGET_MINUTES * 60 && s.utterances <= TARGET_UTTERANCES;
  console.log(`${label}`);
  console.log(`  speech ${minutes(s.speech)}, pauses ${minutes(pauses)} (rests ${minutes(s.pauses.rest)}, the driver's sets ${minutes(s.pauses.set)}, strong side counted ${minutes(s.pauses.count)}, beats ${minutes(s.pauses.beat)})`);
  console.log(`  from opening to "that's the workout done": ${minutes(total)} (target ${TARGET_MINUTES}:00), ${s.utterances} utterances (target ${TARGET_UTTERANCES}): ${fits ? 'PASS' : 'MISS'}`);
  console.log(`  then the summary, the next workout day and goodbye: ${minutes(s.afterDone)}`);
};

const main = (): void => {
  console.log(canRender ? 'Speech rendered with espeak-ng (default voice and rate), measured with soxi.' : 'espeak-ng or sox missing: words estimated at 0.4 s each.');
  const driver = new Driver('2024-05-06T14:00:00.000Z');
  // First use and the baseline test (10 and 13), the first workout left for another day.
  const firstUse: CoachEvent[] = [
    { type: 'launch' },
    { type: 'yes' },
    { type: 'side', side: 'left' },
    { type: 'weight', value: 35, unit: 'lb' },
    { type: 'ready' },
    { type: 'count', value: 10 },
    { type: 'count', value: 13 },
    { type: 'no' },
  ];
  for (const event of firstUse) driver.say(event);
  const plan = (counts: readonly number[]): (() => number) => {
    let i = 0;
    return () => counts[i++] ?? 10;
  };
  // Rows 10, 10, 10, the finisher 9, pulldowns 12, 12, carries 40 s and 40 s.
  const typical = [10, 10, 10, 9, 12, 12, 40, 40];
  // The program's own targets: 12 on every set, the finisher's 10, and a full minute on each carry.
  const atTarget = [12, 12, 12, 10, 12, 12, 60, 60];
  for (let workout = 1; workout <= 6; workout++) {
    driver.later(workout === 1 ? 60 * 24 * 2 : 60 * 24 * (workout % 3 === 0 ? 3 : 2));
    const session = measureSession(driver, plan(typical));
    if (workout === 1) report('The first workout, full instructions (rows 10, 10, 10; finisher 9; pulldowns 12, 12; carries 40 s):', session);
    if (workout === 6) report('The sixth workout, a driver who knows it (same counts):', session);
  }
  const target = new Driver('2024-06-03T14:00:00.000Z');
  for (const event of firstUse) target.say(event);
  for (let workout = 1; workout <= 6; workout++) {
    target.later(workout === 1 ? 60 * 24 * 2 : 60 * 24 * (workout % 3 === 0 ? 3 : 2));
    const session = measureSession(target, plan(atTarget));
    if (workout === 1) report('The first workout at the program\'s targets (12 every set, finisher 10, carries 60 s):', session);
    if (workout === 6) report('The sixth workout at the program\'s targets:', session);
  }
};

try {
  main();
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
