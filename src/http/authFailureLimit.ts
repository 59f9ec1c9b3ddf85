/**
 * A limit on failed sign-ins per client (its IP address; an IPv6 client by its /56), over the console's password
 * and the webhook's basic auth. Only failures count: a right password is let through and not counted, however
 * often and however many at once. Once a client has failed `maxFailures` times in a window, everything it sends
 * is a 429 with `Retry-After` until the window ends, the right password included (else a 429 against a 200 would
 * still tell a guesser when it hit). Behind a reverse proxy every client has the proxy's address and shares one
 * limit.
 */
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { sendError } from '../json/errors';

export interface AuthFailureLimit {
  /** Failed attempts a client may make in one window; the next is refused. */
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_AUTH_FAILURE_LIMIT: AuthFailureLimit = { maxFailures: 10, windowMs: 15 * 60_000 };

export interface AuthFailureCounter {
  /** Answers 429 when the client has no failures left in this window; otherwise goes on with `proceed`. */
  unlessLockedOut(req: Request, res: Response, proceed: () => void): Promise<void>;
  /** Counts a failure: answers it with `refuse` (the 401), or with a 429 when it is one too many. */
  fail(req: Request, res: Response, refuse: () => void): Promise<void>;
}

const clientKey = (req: Request): string => ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown');

export const authFailureCounter = ({ maxFailures, windowMs }: AuthFailureLimit = DEFAULT_AUTH_FAILURE_LIMIT): AuthFailureCounter => {
  const limiter = rateLimit({
    windowMs,
    limit: maxFailures,
    keyGenerator: clientKey,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.set('Connection', 'close');
      sendError(res, 429, 'too_many_failures', `Too many failed sign-ins from this address; try again in ${res.get('Retry-After') ?? 'a few'} seconds.`);
    },
  });
  /**
   * When the limiter last counted a failure (or a request while locked out), taken before and after it counts: a
   * client's count ends at most `windowMs` after it was made, so when no count was made in the last `windowMs` no client
   * can be locked out, and a request is let on without asking the limiter (which answers on a later tick).
   */
  let lastCountAt = Number.NEGATIVE_INFINITY;
  const run = async (req: Request, res: Response, proceed: () => void): Promise<void> => {
    lastCountAt = Date.now();
    try {
      await (limiter as RequestHandler)(req, res, () => proceed());
    } finally {
      lastCountAt = Date.now();
    }
  };

  return {
    unlessLockedOut: async (req, res, proceed) => {
      if (Date.now() - lastCountAt > windowMs) return proceed();
      const hits = (await limiter.getKey(clientKey(req)))?.totalHits ?? 0;
      // Locked out: the limiter answers this one, over its limit, with its 429 and Retry-After.
      if (hits >= maxFailures) await run(req, res, proceed);
      else proceed();
    },
    fail: (req, res, refuse) => run(req, res, refuse),
  };
};
