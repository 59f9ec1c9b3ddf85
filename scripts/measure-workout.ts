/**
 * How long a whole session takes, spoken: from opening the coach to "that's the workout done", a driver's whole
 * workout is played through the coach, every reply's words are rendered to audio with espeak-ng at its normal
 * rate and measured, and the timed pauses (rests, the driver's own sets, the strong side's count) are added.
 * Prints speech and pauses separately, and the number of things the driver had to say.
 *
 * English (en-US, espeak-ng's default voice) and Spanish (es-US, its Latin American voice es-419) are measured by
 * default; `-- --locale es-US` (or es-MX, en-GB...) measures one locale alone.
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
import { languageOf } from '../src/model/generatedFiles';
import { SKILL_LOCALES, type SkillLocale } from '../src/model/skillLocales';

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

/** espeak-ng's voice for each language the coach speaks: its default (English) and Latin American Spanish. */
const VOICES: Record<string, string> = { en: 'en-us', es: 'es-419' };

/** Seconds espeak-ng takes to say the text in the locale's voice at its default rate (175 words a minute). */
const spokenSeconds = (text: string, locale: SkillLocale): number => {
  const voice = VOICES[languageOf(locale)] ?? 'en-us';
  const key = `${voice}\n${text}`;
  const known = rendered.get(key);
  if (known !== undefined) return known;
  let seconds = text.split(/\s+/).filter(Boolean).length * 0.4;
  if (canRender) {
    const wav = path.join(workDir, `${rendered.size}.wav`);
    execFileSync('espeak-ng', ['-v', voice, '-w', wav, text]);
    seconds = Number(execFileSync('soxi', ['-D', wav], { encoding: 'utf8' }).trim());
  }
  rendered.set(key, seconds);
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

  constructor(
    start: string,
    readonly locale: SkillLocale,
  ) {
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
      context: { now: new Date(this.time).toISOString(), timeZone: ZONE, locale: this.locale, inVehicle: false },
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
  const doneWords = prompt(driver.locale, 'WORKOUT_DONE', { rows: '' }).split('.')[0] ?? '';
  const session: Session = { speech: 0, pauses: { rest: 0, set: 0, count: 0, beat: 0 }, utterances: 0, afterDone: 0 };
  let done = false;
  let event: CoachEvent | null = { type: 'launch' };
  for (let turn = 0; event && turn < 60; turn++) {
    session.utterances += 1;
    const reply = driver.say(event);
    for (const segment of reply.speech) {
      if (segment.kind === 'text') {
        const seconds = spokenSeconds(segment.text, driver.locale);
        if (done) session.afterDone += seconds;
        else session.speech += seconds;
        // The session's length is counted to the end of "That's the workout done…".
        if (segment.text.startsWith(doneWords)) done = true;
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

/** The locales to measure: `--locale xx-YY` (repeatable), else English and Spanish. */
const localesAsked = (args: readonly string[]): SkillLocale[] => {
  const asked = args.flatMap((arg, i) => (arg === '--locale' ? [args[i + 1] ?? ''] : arg.startsWith('--locale=') ? [arg.slice('--locale='.length)] : []));
  for (const locale of asked) {
    if (!(SKILL_LOCALES as readonly string[]).includes(locale)) throw new Error(`--locale ${locale}: not one of ${SKILL_LOCALES.join(', ')}`);
  }
  return asked.length > 0 ? (asked as SkillLocale[]) : ['en-US', 'es-US'];
};

/** First use and the baseline test (10 and 13), the first workout left for another day. */
const FIRST_USE: CoachEvent[] = [
  { type: 'launch' },
  { type: 'yes' },
  { type: 'side', side: 'left' },
  { type: 'weight', value: 35, unit: 'lb' },
  { type: 'ready' },
  { type: 'count', value: 10 },
  { type: 'count', value: 13 },
  { type: 'no' },
];

const plan = (counts: readonly number[]): (() => number) => {
  let i = 0;
  return () => counts[i++] ?? 10;
};

/** Six workouts on the program's days after first use; the first and the sixth reported. */
const measureSixWorkouts = (locale: SkillLocale, start: string, counts: readonly number[], first: string, sixth: string): void => {
  const driver = new Driver(start, locale);
  for (const event of FIRST_USE) driver.say(event);
  for (let workout = 1; workout <= 6; workout++) {
    driver.later(workout === 1 ? 60 * 24 * 2 : 60 * 24 * (workout % 3 === 0 ? 3 : 2));
    const session = measureSession(driver, plan(counts));
    if (workout === 1) report(first, session);
    if (workout === 6) report(sixth, session);
  }
};

const main = (): void => {
  const voice = (locale: SkillLocale) => `${locale} (espeak-ng voice ${VOICES[languageOf(locale)] ?? 'en-us'})`;
  const locales = localesAsked(process.argv.slice(2));
  console.log(canRender ? 'Speech rendered with espeak-ng (its default rate), measured with soxi.' : 'espeak-ng or sox missing: words estimated at 0.4 s each.');
  for (const locale of locales) {
    console.log(`\n== ${voice(locale)} ==`);
    // Rows 10, 10, 10, the finisher 9, pulldowns 12, 12, carries 40 s and 40 s.
    measureSixWorkouts(locale, '2024-05-06T14:00:00.000Z', [10, 10, 10, 9, 12, 12, 40, 40],
      'The first workout, full instructions (rows 10, 10, 10; finisher 9; pulldowns 12, 12; carries 40 s):',
      'The sixth workout, a driver who knows it (same counts):');
    // The program's own targets: 12 on every set, the finisher's 10, and a full minute on each carry.
    measureSixWorkouts(locale, '2024-06-03T14:00:00.000Z', [12, 12, 12, 10, 12, 12, 60, 60],
      "The first workout at the program's targets (12 every set, finisher 10, carries 60 s):",
      "The sixth workout at the program's targets:");
  }
};

try {
  main();
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
