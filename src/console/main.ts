/**
 * Composition root of the terminal console (`npm start`): reads the environment, loads the real Lambda
 * handler, trains the NLU and runs the conversation on stdin/stdout.
 *
 * Environment:
 *   BACKCOACH_CONSOLE_USER   Alexa user id to talk as (default amzn1.ask.account.local-console)
 *   BACKCOACH_CONSOLE_SPEED  pause speed on a terminal: 1 real time (default), 10 ten times faster, 0 no wait
 *   BACKCOACH_CONSOLE_MUTE   set: never speak aloud (otherwise espeak-ng speaks when installed)
 *   BACKCOACH_CONSOLE_DEBUG  set: show what each line was understood as
 *   BACKCOACH_DEFAULT_TIME_ZONE, BACKCOACH_DATA_DIR, ALEXA_SKILL_ID, LOG_LEVEL  read by the skill itself;
 *                            here the time zone defaults to this machine's and LOG_LEVEL to silent (warn
 *                            when debugging), and requests carry ALEXA_SKILL_ID as their application id
 */
import { resolve } from 'node:path';
import { ConsoleSession, DEFAULT_IDENTITY } from './alexaRequest';
import { runConversation, type SkillHandler } from './conversation';
import { createNlu } from './nlu';
import { createSpeaker } from './speak';

const env = process.env;

const isSet = (value: string | undefined): boolean => value !== undefined && value !== '' && value !== '0';

const speedFrom = (value: string | undefined): number => {
  if (value === undefined || value.trim() === '') return 1;
  const speed = Number(value);
  if (!Number.isFinite(speed) || speed < 0) throw new Error(`BACKCOACH_CONSOLE_SPEED must be a number ≥ 0, got "${value}"`);
  return speed;
};

/**
 * Defaults for the skill's own settings, which it reads at first use, so this runs before it is loaded: the
 * default time zone is this machine's, and the skill's JSON logs (written to stdout) stay out of the
 * conversation unless LOG_LEVEL asks for them.
 */
const configureSkill = (debug: boolean): void => {
  if (!env.BACKCOACH_DEFAULT_TIME_ZONE) {
    env.BACKCOACH_DEFAULT_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
  }
  if (!env.LOG_LEVEL) env.LOG_LEVEL = debug ? 'warn' : 'silent';
};

/** The real Lambda entry point, loaded only after the environment is set. */
const loadHandler = async (): Promise<SkillHandler> => {
  const entry = resolve(__dirname, '../../lambda/index');
  const loaded = (await import(entry)) as { handler?: unknown };
  if (typeof loaded.handler !== 'function') throw new Error(`${entry} does not export a handler function`);
  return loaded.handler as SkillHandler;
};

const main = async (): Promise<void> => {
  const interactive = Boolean(process.stdin.isTTY);
  const live = Boolean(process.stdout.isTTY);
  // Piped lines are a script: nothing to wait for between them.
  const speed = interactive ? speedFrom(env.BACKCOACH_CONSOLE_SPEED) : 0;
  const debug = isSet(env.BACKCOACH_CONSOLE_DEBUG);

  configureSkill(debug);
  const [handler, nlu] = await Promise.all([loadHandler(), createNlu()]);
  if (debug) process.stdout.write(`  (NLU trained in ${Math.round(nlu.trainingMs)} ms)\n`);

  const speaker = createSpeaker({ muted: isSet(env.BACKCOACH_CONSOLE_MUTE), path: env.PATH });
  const session = new ConsoleSession({
    ...DEFAULT_IDENTITY,
    // A skill configured with ALEXA_SKILL_ID refuses requests for any other skill.
    applicationId: env.ALEXA_SKILL_ID || DEFAULT_IDENTITY.applicationId,
    userId: env.BACKCOACH_CONSOLE_USER || DEFAULT_IDENTITY.userId,
  });

  await runConversation({
    handler,
    nlu,
    session,
    input: process.stdin,
    output: process.stdout,
    errors: process.stderr,
    interactive,
    live: live && speed > 0,
    speed,
    color: live,
    debug,
    say: speaker.enabled ? (text) => speaker.say(text) : undefined,
  });
};

main().catch((error: unknown) => {
  process.stderr.write(`backcoach console: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
