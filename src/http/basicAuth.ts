/**
 * HTTP basic authentication for one user and password, as Dialogflow's fulfillment settings send it. The
 * comparison takes the same time whatever is wrong: both sides are hashed to equal-length digests and compared
 * with `timingSafeEqual`, and the user and the password are both always compared. A missing or wrong credential
 * is a 401 with a `WWW-Authenticate` challenge, answered before the body is read; failures are limited per client
 * (authFailureLimit.ts).
 */
import { hash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { authFailureCounter, type AuthFailureLimit } from './authFailureLimit';
import { sendError } from '../json/errors';

export interface BasicCredentials {
  /** The user name to require; null accepts any (a password alone guards the page). */
  user: string | null;
  password: string;
}

const digest = (text: string): Buffer => hash('sha256', text, 'buffer');

const same = (given: string, expected: Buffer): boolean => timingSafeEqual(digest(given), expected);

/** The user and password of an `Authorization: Basic …` header, or null when there is none or it is malformed. */
export const parseBasicAuthorization = (header: string | undefined): BasicCredentials | null => {
  const encoded = header?.match(/^\s*Basic\s+([A-Za-z0-9+/=._~-]+)\s*$/i)?.[1];
  if (!encoded) return null;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
};

export const basicAuth = (credentials: BasicCredentials, realm: string, failureLimit?: AuthFailureLimit): RequestHandler => {
  const expectedUser = digest(credentials.user ?? '');
  const expectedPassword = digest(credentials.password);
  // The header a caller with the credentials sends (Dialogflow sends exactly this one), as one digest: a header that is
  // exactly it is let in on one comparison, without being parsed; any other goes through the whole check below.
  const expectedHeader = credentials.user === null ? null : digest(`Basic ${Buffer.from(`${credentials.user}:${credentials.password}`, 'utf8').toString('base64')}`);
  const challenge = { 'WWW-Authenticate': `Basic realm="${realm.replace(/["\\]/g, '')}", charset="UTF-8"` };
  const failures = authFailureCounter(failureLimit);

  const refuse = (res: Response, message: string): void => {
    // The connection may still be sending a body nobody will read; close it once the answer is out.
    res.set('Connection', 'close');
    sendError(res, 401, 'unauthorized', message, challenge);
  };

  return (req, res, next) =>
    failures
      .unlessLockedOut(req, res, () => {
        const header = req.headers.authorization;
        if (expectedHeader && header !== undefined && same(header, expectedHeader)) return next();
        const given = parseBasicAuthorization(header);
        const userOk = same(credentials.user === null ? '' : (given?.user ?? ''), expectedUser);
        const passwordOk = same(given?.password ?? '', expectedPassword);
        if (given && userOk && passwordOk) next();
        // No credentials at all (a browser's first visit, before it asks for the password) guesses nothing.
        else if (!given) refuse(res, 'This endpoint needs HTTP basic authentication.');
        else failures.fail(req, res, () => refuse(res, 'Wrong user or password.')).catch(next);
      })
      .catch(next);
};
