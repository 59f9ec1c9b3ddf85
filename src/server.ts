/**
 * Composition root of the HTTP server: configuration from the environment (here and nowhere else), the logger,
 * the runtime every host builds alike (./runtime.ts: the store the settings name, the one turn runner, the local
 * NLU in a worker thread), the Alexa skill, the browser console (when it may be served), and the
 * Express app; then it listens (HTTPS when given a certificate), says where, and shuts down gracefully on SIGTERM
 * or SIGINT.
 *
 *   npm start       tsx src/server.ts --local   this machine only, no request checks, the browser console
 *   npm run serve   tsx src/server.ts           production: Alexa signatures checked, webhook password required
 *
 * Settings: see src/config/serverEnv.ts. Human-readable lines go to stdout; JSON logs go to stderr.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Router } from 'express';
import { createAlexaSkill } from './alexa/skill';
import { createConsoleService } from './console/consoleService';
import { isLoopback, readServerConfig, ServerConfigError, type ServerConfig } from './config/serverEnv';
import { describeStore } from './config/storeEnv';
import { createApp } from './http/app';
import { basicAuth } from './http/basicAuth';
import { createHttpServer } from './http/httpServer';
import type { McpAccess } from './http/mcpRoute';
import type { CoachMcpDependencies } from './mcp/coachServer';
import type { DialogflowAccess } from './http/dialogflowRoute';
import { exitOnSignals, manageLifecycle, WorkTracker, type Lifecycle } from './http/lifecycle';
import { createLogger, type Logger } from './log';
import type { Nlu } from './nlu/nlu';
import { nluInWorker } from './nlu/workerNlu';
import { createRuntime } from './runtime';
import type { TurnRunner } from './turns/turnRunner';
import { createConsoleRouter } from './web/consoleRouter';

/** How long a shutdown waits for requests in flight; Alexa allows 8 s a request, Dialogflow 5 s. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/** The browser console, behind its password when it has one; null when it is off. */
const consoleRouterFor = (config: ServerConfig, runTurn: TurnRunner, nlu: () => Promise<Nlu>, logger: Logger): Router | null => {
  if (config.console.kind === 'off') return null;
  const service = createConsoleService({ runTurn, nlu, defaultTimeZone: config.defaultTimeZone, logger, vehicle: 'unknown' });
  const guard = config.console.kind === 'password' ? basicAuth({ user: null, password: config.console.password }, 'Back Coach') : undefined;
  return createConsoleRouter({ console: service, logger, guard });
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

/** Who may call /mcp, and the protected-resource metadata that goes with tokens. */
const mcpAccess = (config: ServerConfig): { access: McpAccess; metadata?: Router } => {
  const settings = config.mcp;
  if (settings.kind === 'local') return { access: { kind: 'local', userId: settings.userId } };
  if (settings.kind === 'protected') {
    // Required only here: the token checks and their libraries are not loaded by a server that serves no tokens.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('./http/mcpAuth') as typeof import('./http/mcpAuth')).protectedMcp(settings);
  }
  return { access: { kind: 'disabled', reason: settings.reason } };
};

const listen = (server: Server, port: number, host: string): Promise<AddressInfo> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });

const urlOf = ({ address, port }: AddressInfo, secure: boolean): string => {
  const host = address === '0.0.0.0' || address === '::' ? 'localhost' : address.includes(':') ? `[${address}]` : address;
  return `${secure ? 'https' : 'http'}://${host}:${port}`;
};

const readTls = (tls: NonNullable<ServerConfig['tls']>): { cert: Buffer; key: Buffer } => {
  try {
    return { cert: readFileSync(tls.certFile), key: readFileSync(tls.keyFile) };
  } catch (error) {
    throw new ServerConfigError([`BACKCOACH_TLS_CERT / BACKCOACH_TLS_KEY: cannot read ${(error as NodeJS.ErrnoException).path ?? 'the files'}`]);
  }
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
  if (config.insecure && !isLoopback(config.host)) {
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

  if (config.console.kind === 'off') print(config.console.reason);
  if (config.console.kind === 'password') print('The browser console asks for BACKCOACH_CONSOLE_PASSWORD (any user name).');

  // The local NLU, loaded in a worker thread once the server listens (trained there when the build's snapshot is missing
  // or stale); a line that needs it meanwhile waits for it: the console's, Dialogflow's second reading, Alexa's carrier phrase.
  const { runTurn, readDocument, nlu: understanding } = createRuntime({ store: config.store, logger, nlu: nluInWorker({ file: config.nluSnapshot, logger }) });
  const { nlu, status: nluStatus } = understanding;
  const skill = createAlexaSkill({ runTurn, defaultTimeZone: config.defaultTimeZone, skillId: config.skillId, logger, nlu });
  const work = new WorkTracker();
  const consoleRouter = consoleRouterFor(config, (request) => work.run(() => runTurn(request)), nlu, logger);

  const mcpDependencies: CoachMcpDependencies = {
    runTurn: (request) => work.run(() => runTurn(request)),
    readDocument,
    defaultTimeZone: config.defaultTimeZone,
    logger,
  };
  if (config.mcp.kind === 'off') print(config.mcp.reason);

  let lifecycle: Lifecycle | null = null;
  const app = createApp({
    runTurn,
    logger,
    skill,
    nlu,
    nluStatus,
    defaultTimeZone: config.defaultTimeZone,
    verifyAlexa: !config.insecure,
    dialogflow: access,
    consoleRouter,
    // The MCP server's modules load on the first call to /mcp, not at start.
    mcp: { ...mcpAccess(config), serverFor: async (userId) => (await import('./mcp/coachServer')).createCoachMcpServer(mcpDependencies, userId) },
    work,
    isShuttingDown: () => lifecycle?.isShuttingDown() ?? false,
  });

  const server: Server = createHttpServer(app, { requestTimeoutMs: config.requestTimeoutMs, tls: config.tls ? readTls(config.tls) : null });
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

  logger.info({ address: address.address, port: address.port, store: describeStore(config.store), dialogflow: access.kind, console: config.console.kind, tls: config.tls !== null }, 'listening');
  const url = urlOf(address, config.tls !== null);
  print(consoleRouter ? `Back Coach is listening on ${url} — open it in a browser to talk to the coach` : `Back Coach is listening on ${url}`);
  print(`Your progress is kept in ${describeStore(config.store)}. Press Ctrl+C to stop.`);

  nlu().catch((error: unknown) => logger.error({ err: error }, 'the local NLU could not be loaded; the next line that needs it tries again'));
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ServerConfigError || error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof ServerConfigError ? 2 : 1);
});
