/**
 * `POST /dialogflow`: the Dialogflow ES fulfillment webhook. Basic auth comes first (nothing is read from a
 * caller that has not proven who it is), then a JSON body of at most DIALOGFLOW_BODY_LIMIT nesting at most
 * MAX_JSON_DEPTH levels (refused with a 400 before it is parsed), then the webhook.
 * When the server has no credentials for it and is not in insecure local mode, the route is not mounted: every
 * call gets a 503 that says why.
 */
import express, { Router, type IRouter } from 'express';
import { InvalidWebhookRequestError, type DialogflowWebhook } from '../dialogflow/webhook';
import type { AuthFailureLimit } from './authFailureLimit';
import { basicAuth, type BasicCredentials } from './basicAuth';
import { sendError } from '../json/errors';
import { refuseDeepJson } from '../json/bodyDepthGuard';

/** Dialogflow's requests are a few kilobytes; this leaves room for long payloads and many contexts. */
export const DIALOGFLOW_BODY_LIMIT = '256kb';
export const DIALOGFLOW_PATH = '/dialogflow';

export type DialogflowAccess =
  /** Failed sign-ins are limited per client (DEFAULT_AUTH_FAILURE_LIMIT unless `failureLimit` is given). */
  | { kind: 'protected'; credentials: BasicCredentials; failureLimit?: AuthFailureLimit }
  /** BACKCOACH_INSECURE_LOCAL: no authentication, for a server on this machine only. */
  | { kind: 'open' }
  | { kind: 'disabled'; reason: string };

const methodNotAllowed: express.RequestHandler = (_req, res) => {
  sendError(res, 405, 'method_not_allowed', 'Dialogflow calls this webhook with POST.', { Allow: 'POST' });
};

/**
 * The route, added to `router`: the app itself, so a webhook request does not walk through a router of its own (its
 * own pass over the path and the layers), or a Router of its own when none is given.
 */
export const dialogflowRoute = <R extends IRouter>(access: DialogflowAccess, webhook: DialogflowWebhook, router: R = Router() as R): R => {
  if (access.kind === 'disabled') {
    router.all(DIALOGFLOW_PATH, (_req, res) => sendError(res, 503, 'dialogflow_disabled', access.reason));
    return router;
  }
  const guards = access.kind === 'protected' ? [basicAuth(access.credentials, 'Back Coach Dialogflow webhook', access.failureLimit)] : [];
  // The turn's budget starts when the request arrives, before it is authenticated and its body read.
  const stampArrival: express.RequestHandler = (_req, res, next) => {
    res.locals.arrivedAt = Date.now();
    next();
  };
  router.post(
    DIALOGFLOW_PATH,
    stampArrival,
    ...guards,
    express.json({ limit: DIALOGFLOW_BODY_LIMIT, type: () => true, verify: refuseDeepJson() }),
    async (req, res) => {
      try {
        res.json(await webhook(req.body, res.locals.arrivedAt as number));
      } catch (error) {
        if (!(error instanceof InvalidWebhookRequestError)) throw error;
        sendError(res, 400, 'not_a_webhook_request', error.message);
      }
    },
  );
  router.all(DIALOGFLOW_PATH, methodNotAllowed);
  return router;
};
