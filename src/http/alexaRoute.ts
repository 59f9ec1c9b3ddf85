/**
 * `POST /alexa`: the Alexa skill as an HTTPS endpoint. Before the skill sees a request, in this order:
 *
 * 1. The raw body may nest at most MAX_JSON_DEPTH levels (checked on the text, before anything parses it).
 * 2. Unless the server runs in insecure local mode, what Alexa requires of a web service: the request's signature
 *    against Amazon's certificate chain (src/http/alexaSignature.ts: the adapter's checks, with a download deadline
 *    and an expiring cache) and a timestamp no more than 150 seconds old (the adapter's TimestampVerifier).
 * 3. The body is JSON and an Alexa request envelope the skill can answer (src/alexa/envelope.ts).
 *
 * Every refusal is a JSON 400 from this server's errors (the adapter's own handlers answer a malformed body with a
 * 500 and in plain text); a skill that fails answers 500 with nothing internal in it.
 */
import type { Skill } from 'ask-sdk-core';
import type { Verifier } from 'ask-sdk-express-adapter';
import express, { Router } from 'express';
import { checkAlexaEnvelope } from '../alexa/envelope';
import { jsonTextNestsDeeperThan, MAX_JSON_DEPTH } from '../json/nesting';
import type { Logger } from '../log';
import { sendError } from '../json/errors';

/** Alexa's requests are small; Amazon documents nothing near this. */
export const ALEXA_BODY_LIMIT = '128kb';
export const ALEXA_PATH = '/alexa';

export interface AlexaRouteOptions {
  /** Check Alexa's signature and timestamp (off only in insecure local mode). */
  verify: boolean;
  logger: Logger;
  /** Wraps each skill invocation, so a graceful shutdown can wait for it. */
  track?: <T>(task: () => Promise<T>) => Promise<T>;
  /** The signature check when `verify` is on (an AlexaSignatureVerifier with its defaults otherwise). */
  signatureVerifier?: Verifier;
}

/** ask-sdk-core's error when ALEXA_SKILL_ID is set and the request names another skill. */
const SKILL_ID_MISMATCH = /skill id verification failed/i;

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The signature and timestamp checks. Required here, not imported at the top: ask-sdk-express-adapter and the
 * certificate code under it take tens of milliseconds to load, which a local server that verifies nothing never needs.
 */
const alexaVerifiers = (signatureVerifier: Verifier | undefined): Verifier[] => {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { TimestampVerifier } = require('ask-sdk-express-adapter') as typeof import('ask-sdk-express-adapter');
  const { AlexaSignatureVerifier } = require('./alexaSignature') as typeof import('./alexaSignature');
  /* eslint-enable @typescript-eslint/no-require-imports */
  // The timestamp first: a stale or replayed request is refused before any certificate is fetched for it.
  return [new TimestampVerifier(), signatureVerifier ?? new AlexaSignatureVerifier()];
};

export const alexaRoute = (skill: Skill, { verify, logger, track = (task) => task(), signatureVerifier }: AlexaRouteOptions): Router => {
  const verifiers: Verifier[] = verify ? alexaVerifiers(signatureVerifier) : [];
  const router = Router();
  // The turn's budget starts when the request arrives, before its body is read and its signature checked.
  const stampArrival: express.RequestHandler = (_req, res, next) => {
    res.locals.arrivedAt = Date.now();
    next();
  };
  router.post(ALEXA_PATH, stampArrival, express.text({ type: () => true, limit: ALEXA_BODY_LIMIT }), async (req, res) => {
    const body = typeof req.body === 'string' ? req.body : '';
    if (jsonTextNestsDeeperThan(body, MAX_JSON_DEPTH)) {
      sendError(res, 400, 'body_too_deep', `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`);
      return;
    }
    try {
      for (const verifier of verifiers) await verifier.verify(body, req.headers);
    } catch (error) {
      logger.warn({ reason: reasonOf(error) }, 'refused an Alexa request that failed verification');
      sendError(res, 400, 'alexa_verification_failed', 'The request is not a verified Alexa request.');
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      sendError(res, 400, 'bad_json', 'The request body is not valid JSON.');
      return;
    }
    const checked = checkAlexaEnvelope(parsed);
    if (!checked.ok) {
      logger.warn({ problem: checked.problem }, 'refused a body that is not an Alexa request envelope');
      sendError(res, 400, 'not_an_alexa_request', `The request body is not an Alexa request envelope the skill can answer: ${checked.problem}`);
      return;
    }
    try {
      const arrivedAt = res.locals.arrivedAt as number;
      res.json(await track(() => skill.invoke(checked.envelope, { arrivedAt })));
    } catch (error) {
      if (!SKILL_ID_MISMATCH.test(reasonOf(error))) throw error;
      sendError(res, 400, 'wrong_skill', 'The request is for another skill.');
    }
  });
  router.all(ALEXA_PATH, (_req, res) => sendError(res, 405, 'method_not_allowed', 'Alexa calls this endpoint with POST.', { Allow: 'POST' }));
  return router;
};
