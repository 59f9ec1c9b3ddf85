/**
 * Composition root of the terminal console (`npm run chat`): reads the command line and the environment, builds the
 * store, the turn runner and the console service with the local NLU (the build's snapshot), and runs the conversation
 * on stdin/stdout.
 *
 * Command line: --lang <language or locale> (en, es, es-MX, es_MX.UTF-8...), --help.
 *
 * Environment:
 *   LC_ALL, LC_MESSAGES, LANG    the coach's language when --lang is not given (es_MX.UTF-8 is es-MX; default en-US)
 *   BACKCOACH_CONSOLE_USER       the user to talk as (default amzn1.ask.account.local-console)
 *   BACKCOACH_CONSOLE_SPEED      pause speed on a terminal: 1 real time (default), 10 ten times faster, 0 no wait
 *   BACKCOACH_CONSOLE_MUTE       set: never speak aloud (otherwise espeak-ng speaks when installed)
 *   BACKCOACH_CONSOLE_DEBUG      set: show what each line was understood as
 *   BACKCOACH_DATA_DIR           where progress is kept (default ./data)
 *   BACKCOACH_STORE              lowdb (default) or dynamodb, with BACKCOACH_DYNAMODB_TABLE, AWS_REGION and
 *                                optionally BACKCOACH_DYNAMODB_ENDPOINT (see src/config/storeEnv.ts)
 *   BACKCOACH_DEFAULT_TIME_ZONE  the zone days are counted in (default: this machine's)
 *   LOG_LEVEL                    JSON logs on stderr (default silent; warn when debugging)
 */
import { createConsoleService } from '../console/consoleService';
import { localHostParts } from '../localHost';
import { nluInWorker } from '../nlu/workerNlu';
import { createRuntime } from '../runtime';
import { runConversation } from './conversation';
import { readCommandLine } from './language';
import { createSpeaker } from './speak';

const env = process.env;

export const DEFAULT_CONSOLE_USER = 'amzn1.ask.account.local-console';

const isSet = (value: string | undefined): boolean => value !== undefined && value !== '' && value !== '0';

const speedFrom = (value: string | undefined): number => {
  if (value === undefined || value.trim() === '') return 1;
  const speed = Number(value);
  if (!Number.isFinite(speed) || speed < 0) throw new Error(`BACKCOACH_CONSOLE_SPEED must be a number ≥ 0, got "${value}"`);
  return speed;
};

const main = async (): Promise<void> => {
  const command = readCommandLine(process.argv.slice(2), env);
  const { language } = command;
  if (command.kind === 'help') return void process.stdout.write(`${language.words.USAGE}\n`);
  if (command.kind === 'refused') {
    process.stderr.write(`${command.why}\n`);
    process.exitCode = 2;
    return;
  }
  const interactive = Boolean(process.stdin.isTTY);
  const live = Boolean(process.stdout.isTTY);
  // Piped lines are a script: nothing to wait for between them.
  const speed = interactive ? speedFrom(env.BACKCOACH_CONSOLE_SPEED) : 0;
  const debug = isSet(env.BACKCOACH_CONSOLE_DEBUG);
  const { logger, store: storeSettings, defaultTimeZone: timeZone } = localHostParts(env, debug ? 'warn' : 'silent');

  // Loaded in a worker thread from the build's snapshot (trained there when it is missing or stale) while the coach
  // greets; a line typed meanwhile waits for it.
  const { runTurn, nlu: understanding } = createRuntime({ store: storeSettings, logger, nlu: nluInWorker({ logger }) });
  const { nlu } = understanding;
  nlu().catch((error: unknown) => logger.error({ err: error }, 'the local NLU could not be loaded'));
  const service = createConsoleService({ runTurn, nlu, defaultTimeZone: timeZone, logger, vehicle: 'notInVehicle' });
  const speaker = createSpeaker({ muted: isSet(env.BACKCOACH_CONSOLE_MUTE), path: env.PATH, locale: language.locale });

  await runConversation({
    console: service,
    userId: env.BACKCOACH_CONSOLE_USER || DEFAULT_CONSOLE_USER,
    timeZone,
    locale: language.locale,
    words: language.words,
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
