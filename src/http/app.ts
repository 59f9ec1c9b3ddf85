/**
 * The HTTP application: the Dialogflow webhook, the Alexa endpoint, a health check and, when it is installed,
 * the browser console at `/`. Everything it needs is handed in (the composition root is `src/server.ts`), so tests
 * build it with their own turn runner, clock and settings.
 *
 *   POST /dialogflow   Dialogflow ES fulfillment (basic auth; 503 when not configured)
 *   POST /alexa        the Alexa skill (signature and timestamp verified unless insecure)
 *   POST /mcp          the coach as an MCP server (Streamable HTTP; a bearer token in serve mode, 503 when off)
 *   GET  /healthz      200 while serving, 503 while shutting down; says whether the local NLU is ready
 *   /                  the browser console's page and API, when present
 */
import type { Skill } from 'ask-sdk-core';
import type { Verifier } from 'ask-sdk-express-adapter';
import express, { type Express, type Router } from 'express';
import { createDialogflowWebhook } from '../dialogflow/webhook';
import type { Logger } from '../log';
import type { Nlu } from '../nlu/nlu';
import type { NluStatus } from '../nlu/loadOnce';
import type { TurnRunner } from '../turns/turnRunner';
import { alexaRoute, ALEXA_PATH } from './alexaRoute';
import { dialogflowRoute, DIALOGFLOW_PATH, type DialogflowAccess } from './dialogflowRoute';
import { errorHandler, notFound } from '../json/errors';
import { WorkTracker } from './lifecycle';
import { mcpDisabled, mcpRoute, MCP_PATH, type McpAccess, type McpServerFor } from './mcpRoute';
import { securityHeaders } from './securityHeaders';
import { startStopwatch } from '../stopwatch';

export interface AppDependencies {
  /** Runs every Dialogflow turn (the skill and the console hold the same runner). */
  runTurn: TurnRunner;
  logger: Logger;
  /** The Alexa skill (`createAlexaSkill`), served at POST /alexa. */
  skill: Skill;
  /** Used by Dialogflow turns when neither the integration nor the user's document tells the time zone. */
  defaultTimeZone: string;
  /** Verify Alexa's request signatures and timestamps. */
  verifyAlexa: boolean;
  /** The check of Alexa's request signatures when `verifyAlexa` is on (an AlexaSignatureVerifier by default). */
  alexaSignatureVerifier?: Verifier;
  dialogflow: DialogflowAccess;
  /** The clock of Dialogflow turns (Alexa's turns use the request's timestamp); the server's clock by default. */
  clock?: () => Date;
  /** The browser console's router, mounted at `/`, when it is installed. */
  consoleRouter?: Router | null;
  /** The local NLU, for the lines Dialogflow's agent sent to its fallback. */
  nlu?: () => Promise<Nlu>;
  /** Whether the local NLU is loaded yet, for /healthz; lines that need it wait for it meanwhile. */
  nluStatus?: () => NluStatus;
  /** The coach as an MCP server at /mcp: who may call it, and the server of one driver; off (503) when absent. */
  mcp?: { access: McpAccess; serverFor: McpServerFor; metadata?: Router } | null;
  /** Counts coach turns in flight, for graceful shutdown. */
  work?: WorkTracker;
  isShuttingDown?: () => boolean;
}

const logRequests =
  (logger: Logger): express.RequestHandler =>
  (req, res, next) => {
    const elapsed = startStopwatch();
    res.once('finish', () => {
      logger.debug({ method: req.method, path: req.path, status: res.statusCode, ms: Math.round(elapsed() * 10) / 10 }, 'request');
    });
    next();
  };

export const createApp = (deps: AppDependencies): Express => {
  const { logger, skill } = deps;
  const work = deps.work ?? new WorkTracker();
  const webhook = createDialogflowWebhook({ runTurn: deps.runTurn, defaultTimeZone: deps.defaultTimeZone, logger, clock: deps.clock, nlu: deps.nlu });

  const app = express();
  app.disable('x-powered-by');
  // No ETag on what the routes answer: no caller asks again with If-None-Match (the webhooks' answers are POSTs, the
  // console's API and /healthz change every time), and working one out hashed every answer. Static files keep theirs.
  app.set('etag', false);
  // Each request's line is logged at debug level: below it, no request is timed or followed to its end.
  if (logger.isLevelEnabled('debug')) app.use(logRequests(logger));
  app.use(securityHeaders());

  app.get('/healthz', (_req, res) => {
    const stopping = deps.isShuttingDown?.() ?? false;
    const nlu = deps.nluStatus?.();
    res.status(stopping ? 503 : 200).json({ status: stopping ? 'shutting down' : 'ok', dialogflow: deps.dialogflow.kind, ...(nlu ? { nlu } : {}) });
  });
  dialogflowRoute(deps.dialogflow, (body, arrivedAt) => work.run(() => webhook(body, arrivedAt)), app);
  app.use(alexaRoute(skill, { verify: deps.verifyAlexa, logger, track: (task) => work.run(task), signatureVerifier: deps.alexaSignatureVerifier }));
  if (deps.mcp?.metadata) app.use(deps.mcp.metadata);
  app.use(deps.mcp ? mcpRoute(deps.mcp.access, deps.mcp.serverFor, logger) : mcpDisabled('The MCP server is not installed on this server.'));

  if (deps.consoleRouter) {
    app.use('/', deps.consoleRouter);
  } else {
    app.get('/', (_req, res) => {
      res.json({ name: 'Back Coach', endpoints: [`POST ${DIALOGFLOW_PATH}`, `POST ${ALEXA_PATH}`, `POST ${MCP_PATH}`, 'GET /healthz'] });
    });
  }

  app.use(notFound);
  app.use(errorHandler(logger));
  return app;
};
