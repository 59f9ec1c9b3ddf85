/**
 * `POST /alexa`: the Alexa skill as an HTTPS endpoint, through ask-sdk-express-adapter. The adapter's verifiers
 * check what Alexa requires of a web service: the request's signature against Amazon's certificate chain, and a
 * timestamp no more than 150 seconds old. Both are on unless the server runs in insecure local mode.
 *
 * The adapter's own request handlers answer a malformed body with a 500 and put error messages in plain text, so
 * this route keeps the adapter's verifiers (chosen by its constructor, exactly as the adapter would) and answers
 * in this server's JSON errors instead: 400 when verification fails or the body is not JSON, 500 with nothing
 * internal in it when the skill fails.
 */
import type { Skill } from 'ask-sdk-core';
import { ExpressAdapter } from 'ask-sdk-express-adapter';
import type { RequestEnvelope } from 'ask-sdk-model';
import express, { Router } from 'express';
import type { Logger } from '../log';
import { sendError } from './errors';

/** Alexa's requests are small; Amazon documents nothing near this. */
export const ALEXA_BODY_LIMIT = '128kb';
export const ALEXA_PATH = '/alexa';

export interface AlexaRouteOptions {
  /** Check Alexa's signature and timestamp (off only in insecure local mode). */
  verify: boolean;
  logger: Logger;
  /** Wraps each skill invocation, so a graceful shutdown can wait for it. */
  track?: <T>(task: () => Promise<T>) => Promise<T>;
}

/** ask-sdk-core's error when ALEXA_SKILL_ID is set and the request names another skill. */
const SKILL_ID_MISMATCH = /skill id verification failed/i;

/** The adapter, for its verifier set. */
class VerifyingAdapter extends ExpressAdapter {
  async verify(body: string, headers: express.Request['headers']): Promise<void> {
    await Promise.all(this.verifiers.map((verifier) => verifier.verify(body, headers)));
  }
}

const parseEnvelope = (body: string): RequestEnvelope | null => {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed && typeof parsed === 'object' && 'request' in parsed ? (parsed as RequestEnvelope) : null;
  } catch {
    return null;
  }
};

export const alexaRoute = (skill: Skill, { verify, logger, track = (task) => task() }: AlexaRouteOptions): Router => {
  const adapter = new VerifyingAdapter(skill, verify, verify);
  const router = Router();
  router.post(ALEXA_PATH, express.text({ type: () => true, limit: ALEXA_BODY_LIMIT }), async (req, res) => {
    const body = typeof req.body === 'string' ? req.body : '';
    try {
      await adapter.verify(body, req.headers);
    } catch (error) {
      logger.warn({ reason: error instanceof Error ? error.message : String(error) }, 'refused an Alexa request that failed verification');
      sendError(res, 400, 'alexa_verification_failed', 'The request is not a verified Alexa request.');
      return;
    }
    const envelope = parseEnvelope(body);
    if (!envelope) {
      sendError(res, 400, 'bad_json', 'The request body is not an Alexa request envelope.');
      return;
    }
    try {
      res.json(await track(() => skill.invoke(envelope)));
    } catch (error) {
      if (!SKILL_ID_MISMATCH.test(error instanceof Error ? error.message : '')) throw error;
      sendError(res, 400, 'wrong_skill', 'The request is for another skill.');
    }
  });
  router.all(ALEXA_PATH, (_req, res) => sendError(res, 405, 'method_not_allowed', 'Alexa calls this endpoint with POST.', { Allow: 'POST' }));
  return router;
};
