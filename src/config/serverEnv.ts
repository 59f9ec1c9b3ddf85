/**
 * The settings of the HTTP server (`src/server.ts`), read from its environment and command line and checked
 * once at start. A bad value stops the server with a message naming the variable and what it should be.
 *
 *   PORT                          port to listen on (default 3000; 0 picks a free one)
 *   HOST                          address to bind (default 127.0.0.1 in local mode, else 0.0.0.0)
 *   BACKCOACH_DATA_DIR            where the lowdb store keeps user documents (default ./data)
 *   BACKCOACH_STORE               lowdb (default) or dynamodb; with dynamodb: BACKCOACH_DYNAMODB_TABLE, AWS_REGION,
 *                                 and optionally BACKCOACH_DYNAMODB_ENDPOINT (see storeEnv.ts)
 *   DIALOGFLOW_WEBHOOK_USER       basic-auth user and password Dialogflow sends (Fulfillment settings);
 *   DIALOGFLOW_WEBHOOK_PASSWORD   without them POST /dialogflow is disabled, unless insecure
 *   BACKCOACH_INSECURE_LOCAL=1    no webhook auth, no Alexa signature checks: for this machine only
 *   ALEXA_SKILL_ID                when set, Alexa requests for any other skill are refused
 *   BACKCOACH_DEFAULT_TIME_ZONE   zone used until a device reports one (default: this machine's zone in local
 *                                 mode, else America/Chicago)
 *   LOG_LEVEL                     fatal, error, warn, info (default), debug, trace or silent
 *   BACKCOACH_CONSOLE_PASSWORD    the browser console's password; without it the console is served only in local
 *                                 mode on loopback
 *   BACKCOACH_TLS_CERT            PEM certificate and key files: the server speaks HTTPS itself (a phone on the
 *   BACKCOACH_TLS_KEY             same network needs a secure page for its microphone)
 *   BACKCOACH_NLU_SNAPSHOT        what the local NLU learned in English (default dist/understanding.nlu, written by
 *                                 the build; trained and written at start when missing or stale); Spanish's is beside
 *                                 it (understanding-es.nlu), loaded or trained with the first Spanish line
 *   BACKCOACH_REQUEST_TIMEOUT_MS  longest a client may take to send one request, headers and body (default 20000)
 *   BACKCOACH_MCP_USER            the driver an assistant talks as on /mcp in local mode (default mcp:local-driver)
 *   BACKCOACH_PUBLIC_URL          in serve mode, /mcp behind OAuth bearer tokens: this server's public address,
 *   BACKCOACH_MCP_ISSUER          the authorization server's issuer, and the address of the keys it signs tokens
 *   BACKCOACH_MCP_JWKS_URL        with (all three, or /mcp is off)
 *
 * `--local` (what `npm start` passes) is local mode: it implies BACKCOACH_INSECURE_LOCAL=1 and binds loopback.
 */
import path from 'node:path';
import * as z from '../core/zod';
import { FALLBACK_TIME_ZONE, isValidTimeZone } from '../core/time';
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../http/httpServer';
import { readStoreSettings, type StoreSettings } from './storeEnv';

const flag = z.pipe(
  z.string().check(
    z.trim(),
    z.toLowerCase(),
    z.refine((v) => ['', '0', '1', 'true', 'false', 'yes', 'no'].includes(v), { message: 'must be 1 or 0' }),
  ),
  z.transform((v) => ['1', 'true', 'yes'].includes(v)),
);

const PORT_MESSAGE = 'must be a port number from 0 to 65535';
const REQUEST_TIMEOUT_MESSAGE = 'must be a number of milliseconds from 100 to 120000';

const schema = z.object({
  PORT: z.optional(
    z.pipe(
      z.string().check(z.trim(), z.regex(/^\d+$/, { message: PORT_MESSAGE })),
      z.pipe(z.transform(Number), z.number().check(z.refine((n) => n <= 65535, { message: PORT_MESSAGE }))),
    ),
  ),
  HOST: z.optional(z.string().check(z.trim(), z.minLength(1, { message: 'must be an address such as 127.0.0.1 or 0.0.0.0' }))),
  BACKCOACH_DATA_DIR: z.optional(z.string().check(z.minLength(1))),
  DIALOGFLOW_WEBHOOK_USER: z.optional(z.string()),
  DIALOGFLOW_WEBHOOK_PASSWORD: z.optional(z.string()),
  BACKCOACH_INSECURE_LOCAL: z.optional(flag),
  ALEXA_SKILL_ID: z.optional(z.string().check(z.trim())),
  BACKCOACH_DEFAULT_TIME_ZONE: z.optional(z.string().check(z.refine(isValidTimeZone, { message: 'must be an IANA time zone such as America/Chicago' }))),
  BACKCOACH_CONSOLE_PASSWORD: z.optional(z.string().check(z.minLength(8, { message: 'must be at least 8 characters' }))),
  BACKCOACH_TLS_CERT: z.optional(z.string().check(z.minLength(1))),
  BACKCOACH_TLS_KEY: z.optional(z.string().check(z.minLength(1))),
  BACKCOACH_NLU_SNAPSHOT: z.optional(z.string().check(z.minLength(1))),
  BACKCOACH_REQUEST_TIMEOUT_MS: z.optional(
    z.pipe(
      z.string().check(z.trim(), z.regex(/^\d+$/, { message: REQUEST_TIMEOUT_MESSAGE })),
      z.pipe(z.transform(Number), z.number().check(z.refine((n) => n >= 100 && n <= 120_000, { message: REQUEST_TIMEOUT_MESSAGE }))),
    ),
  ),
  BACKCOACH_PUBLIC_URL: z.optional(z.url({ message: 'must be an address such as https://coach.example.com' })),
  BACKCOACH_MCP_ISSUER: z.optional(z.url({ message: "must be the authorization server's issuer, an https address" })),
  BACKCOACH_MCP_JWKS_URL: z.optional(z.url({ message: "must be the address of the authorization server's keys (JWKS)" })),
  BACKCOACH_MCP_USER: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  LOG_LEVEL: z.optional(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be fatal, error, warn, info, debug, trace or silent' }),
  ),
});

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  store: StoreSettings;
  /** `--local`: loopback, insecure, the machine's time zone. */
  local: boolean;
  /** No webhook authentication and no Alexa request verification. */
  insecure: boolean;
  /** Dialogflow's basic-auth credentials, or null when not configured. */
  dialogflowCredentials: { user: string; password: string } | null;
  skillId?: string;
  defaultTimeZone: string;
  logLevel: string;
  /** Who may use the browser console. */
  console: ConsoleAccess;
  /** Certificate and key files when the server speaks HTTPS itself. */
  tls: { certFile: string; keyFile: string } | null;
  /** The local NLU's snapshot file, when not the build's. */
  nluSnapshot?: string;
  /** Longest a client may take to send one request, headers and body. */
  requestTimeoutMs: number;
  /** Who may call the coach's MCP server at /mcp. */
  mcp: McpSettings;
}

export type McpSettings =
  /** Local mode on loopback: no token, every call is this driver's. */
  | { kind: 'local'; userId: string }
  /** Serve mode: bearer tokens of this authorization server, issued for this server's /mcp. */
  | { kind: 'protected'; publicUrl: string; issuer: string; jwksUrl: string }
  | { kind: 'off'; reason: string };

/** The driver an assistant talks as in local mode, unless BACKCOACH_MCP_USER names another. */
export const DEFAULT_MCP_USER = 'mcp:local-driver';

export type ConsoleAccess =
  /** Local mode on loopback: only this machine can reach it. */
  | { kind: 'open' }
  | { kind: 'password'; password: string }
  | { kind: 'off'; reason: string };

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

export const isLoopback = (host: string): boolean => LOOPBACK.test(host);

export class ServerConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Back Coach cannot start; fix these settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ServerConfigError';
  }
}

const machineTimeZone = (): string | null => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isValidTimeZone(zone) ? zone : null;
};

/** Empty variables count as unset (a `.env` line with nothing after `=`). */
const withoutEmpty = (env: NodeJS.ProcessEnv): Record<string, string> =>
  Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));

export const readServerConfig = (env: NodeJS.ProcessEnv, argv: readonly string[] = []): ServerConfig => {
  const raw = withoutEmpty(env);
  const parsed = schema.safeParse(raw);
  const problems = argv.filter((a) => a.startsWith('-') && a !== '--local').map((a) => `${a}: unknown option (the only option is --local)`);
  if (!parsed.success) problems.push(...parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const { DIALOGFLOW_WEBHOOK_USER: user, DIALOGFLOW_WEBHOOK_PASSWORD: password } = raw;
  if ((user === undefined) !== (password === undefined)) {
    problems.push("DIALOGFLOW_WEBHOOK_USER and DIALOGFLOW_WEBHOOK_PASSWORD: set both (as in the Dialogflow console's Fulfillment settings) or neither");
  }
  if (user?.includes(':')) problems.push('DIALOGFLOW_WEBHOOK_USER: must not contain ":" (basic authentication cannot carry it)');
  if ((raw.BACKCOACH_TLS_CERT === undefined) !== (raw.BACKCOACH_TLS_KEY === undefined)) {
    problems.push('BACKCOACH_TLS_CERT and BACKCOACH_TLS_KEY: set both (the certificate and its private key, PEM files) or neither');
  }
  const dataDir = path.resolve(raw.BACKCOACH_DATA_DIR ?? './data');
  const store = readStoreSettings(raw, dataDir);
  if (!store.ok) problems.push(...store.problems);
  if (problems.length > 0 || !parsed.success || !store.ok) throw new ServerConfigError(problems);

  const e = parsed.data;
  const local = argv.includes('--local');
  const insecure = local || e.BACKCOACH_INSECURE_LOCAL === true;
  const host = e.HOST ?? (local ? '127.0.0.1' : '0.0.0.0');
  const consoleAccess: ConsoleAccess = e.BACKCOACH_CONSOLE_PASSWORD
    ? { kind: 'password', password: e.BACKCOACH_CONSOLE_PASSWORD }
    : local && isLoopback(host)
      ? { kind: 'open' }
      : {
          kind: 'off',
          reason: local
            ? `The browser console is off: on ${host} other machines can reach it, so it needs BACKCOACH_CONSOLE_PASSWORD.`
            : 'The browser console is off: set BACKCOACH_CONSOLE_PASSWORD to serve it with a password.',
        };
  const oauth = [e.BACKCOACH_PUBLIC_URL, e.BACKCOACH_MCP_ISSUER, e.BACKCOACH_MCP_JWKS_URL];
  if (oauth.some((v) => v !== undefined) && !oauth.every((v) => v !== undefined)) {
    throw new ServerConfigError(['BACKCOACH_PUBLIC_URL, BACKCOACH_MCP_ISSUER and BACKCOACH_MCP_JWKS_URL: set all three (to serve /mcp behind OAuth tokens) or none']);
  }
  const [publicUrl, issuer, jwksUrl] = oauth;
  const mcp: McpSettings =
    local && isLoopback(host)
      ? { kind: 'local', userId: e.BACKCOACH_MCP_USER ?? DEFAULT_MCP_USER }
      : publicUrl && issuer && jwksUrl && !local
        ? { kind: 'protected', publicUrl, issuer, jwksUrl }
        : {
            kind: 'off',
            reason: local
              ? `/mcp is off: on ${host} other machines can reach it, and local mode asks for no token.`
              : '/mcp is off: set BACKCOACH_PUBLIC_URL, BACKCOACH_MCP_ISSUER and BACKCOACH_MCP_JWKS_URL to serve it behind OAuth tokens.',
          };
  return {
    port: e.PORT ?? 3000,
    host,
    dataDir,
    store: store.settings,
    local,
    insecure,
    dialogflowCredentials:
      e.DIALOGFLOW_WEBHOOK_USER !== undefined && e.DIALOGFLOW_WEBHOOK_PASSWORD !== undefined
        ? { user: e.DIALOGFLOW_WEBHOOK_USER, password: e.DIALOGFLOW_WEBHOOK_PASSWORD }
        : null,
    skillId: e.ALEXA_SKILL_ID || undefined,
    defaultTimeZone: e.BACKCOACH_DEFAULT_TIME_ZONE ?? (local ? machineTimeZone() : null) ?? FALLBACK_TIME_ZONE,
    logLevel: e.LOG_LEVEL ?? 'info',
    console: consoleAccess,
    tls: e.BACKCOACH_TLS_CERT && e.BACKCOACH_TLS_KEY ? { certFile: path.resolve(e.BACKCOACH_TLS_CERT), keyFile: path.resolve(e.BACKCOACH_TLS_KEY) } : null,
    nluSnapshot: e.BACKCOACH_NLU_SNAPSHOT ? path.resolve(e.BACKCOACH_NLU_SNAPSHOT) : undefined,
    requestTimeoutMs: e.BACKCOACH_REQUEST_TIMEOUT_MS ?? DEFAULT_REQUEST_TIMEOUT_MS,
    mcp,
  };
};
