/**
 * Composition root of the HTTP server: configuration from the environment (here and nowhere else), the logger,
 * the default store, the Alexa skill, the browser console when it is installed, and the Express app; then it
 * listens, says where, and shuts down gracefully on SIGTERM or SIGINT.
 *
 *   npm start       tsx src/server.ts --local   this machine only, no request checks, the browser console
 *   npm run serve   tsx src/server.ts           production: Alexa signatures checked, webhook password required
 *
 * Settings: see src/config/serverEnv.ts. Human-readable lines go to stdout; JSON logs go to stderr.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Router } from 'express';
import { createAlexaSkill } from './alexa/skill';
import { readServerConfig, ServerConfigError, type ServerConfig } from './config/serverEnv';
import { createApp } from './http/app';
import type { DialogflowAccess } from './http/dialogflowRoute';
import { exitOnSignals, manageLifecycle, WorkTracker, type Lifecycle } from './http/lifecycle';
import { createLogger, type Logger } from './log';
import { createDefaultStore, type UserStore } from './store';
import { createTurnRunner } from './turns/turnRunner';

/** How long a shutdown waits for requests in flight; Alexa allows 8 s a request, Dialogflow 5 s. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/** What the browser console (src/web/consoleRouter.ts) needs. */
interface ConsoleDependencies {
  invoke: (request: RequestEnvelope) => Promise<ResponseEnvelope>;
  store: UserStore;
  logger: Logger;
  applicationId?: string;
}

/**
 * The browser console, when it is part of this build. It is loaded by path so the server runs (and compiles)
 * without it; any other failure to load it is an error.
 */
const loadConsoleRouter = async (deps: ConsoleDependencies): Promise<Router | null> => {
  const modulePath = path.join(__dirname, 'web', 'consoleRouter');
  let loaded: { createConsoleRouter?: unknown };
  try {
    loaded = (await import(modulePath)) as { createConsoleRouter?: unknown };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const missing = (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') && String((error as Error).message).includes('consoleRouter');
    if (!missing) throw error;
    return null;
  }
  if (typeof loaded.createConsoleRouter !== 'function') {
    deps.logger.warn({ modulePath }, 'src/web/consoleRouter does not export createConsoleRouter; the browser console is off');
    return null;
  }
  return (loaded.createConsoleRouter as (d: ConsoleDependencies) => Router)(deps);
};

const dialogflowAccess = (config: ServerConfig): DialogflowAccess => {
  if (config.dialogflowCredentials) return { kind: 'protected', credentials: config.dialogflowCredentials };
  if (config.insecure) return { kind: 'open' };
  return {
    kind: 'disabled',
    reason:
      'The Dialogflow webhook is disabled: DIALOGFLOW_WEBHOOK_USER and DIALOGFLOW_WEBHOOK_PASSWORD are not set on this server.',
  };
};

const listen = (server: Server, port: number, host: string): Promise<AddressInfo> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });

const urlOf = ({ address, port }: AddressInfo): string => {
  const host = address === '0.0.0.0' || address === '::' ? 'localhost' : address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${port}`;
};

const main = async (): Promise<void> => {
  const config = readServerConfig(process.env, process.argv.slice(2));
  const logger = createLogger(config.logLevel);

  if (config.local) print('Local mode: listening on this machine only.');
  if (config.insecure) {
    print(
      'WARNING: insecure mode. Alexa request signatures and timestamps are not checked' +
        (config.dialogflowCredentials ? '' : ', and POST /dialogflow needs no password') +
        '. Never expose this server to a network.',
    );
  }
  if (config.insecure && !LOOPBACK.test(config.host)) {
    print(`WARNING: insecure mode on ${config.host}: anyone who can reach this address can talk to the coach as any user. Bind HOST=127.0.0.1 or turn insecure mode off.`);
  }
  const access = dialogflowAccess(config);
  if (access.kind === 'disabled') {
    print(
      'POST /dialogflow is disabled (it answers 503): DIALOGFLOW_WEBHOOK_USER and DIALOGFLOW_WEBHOOK_PASSWORD are not set. ' +
        "Set them to the user and password in the Dialogflow console's Fulfillment settings, " +
        'or set BACKCOACH_INSECURE_LOCAL=1 on a machine nobody else can reach.',
    );
  }

  const store = createDefaultStore(config.dataDir);
  const runTurn = createTurnRunner({ store, logger });
  const skill = createAlexaSkill({ runTurn, defaultTimeZone: config.defaultTimeZone, skillId: config.skillId, logger });
  const work = new WorkTracker();
  const consoleRouter = await loadConsoleRouter({
    invoke: (request) => work.run(() => skill.invoke(request)),
    store,
    logger,
    applicationId: config.skillId,
  });

  let lifecycle: Lifecycle | null = null;
  const app = createApp({
    runTurn,
    logger,
    skill,
    defaultTimeZone: config.defaultTimeZone,
    verifyAlexa: !config.insecure,
    dialogflow: access,
    consoleRouter,
    work,
    isShuttingDown: () => lifecycle?.isShuttingDown() ?? false,
  });

  const server = createServer(app);
  let address: AddressInfo;
  try {
    address = await listen(server, config.port, config.host);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`Port ${config.port} is already in use on ${config.host}; set PORT to another port.`);
    if (code === 'EADDRNOTAVAIL') throw new Error(`HOST ${config.host} is not an address of this machine.`);
    throw error;
  }
  lifecycle = manageLifecycle(server, { logger, work, timeoutMs: SHUTDOWN_TIMEOUT_MS, print });
  exitOnSignals(lifecycle);

  logger.info({ address: address.address, port: address.port, dataDir: config.dataDir, dialogflow: access.kind, console: consoleRouter !== null }, 'listening');
  const url = urlOf(address);
  print(consoleRouter ? `Back Coach is listening on ${url} — open it in a browser to talk to the coach` : `Back Coach is listening on ${url}`);
  print(`Your progress is kept in ${config.dataDir}. Press Ctrl+C to stop.`);
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ServerConfigError || error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof ServerConfigError ? 2 : 1);
});
