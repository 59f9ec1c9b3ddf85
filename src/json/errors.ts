/**
 * Every error the server answers is JSON, on every endpoint and the console's API alike (so it is here, not in one
 * host's folder): `{ "error": { "status", "code", "message" } }`, with the status that says what went wrong. The
 * message is English, for developers; the code is stable, and the browser page words each code itself. Client mistakes are named (bad JSON 400, nested too deeply 400, too large 413, unsupported
 * encoding 415, unknown path 404); anything else is a 500 whose body says only that something failed, never what or where: the
 * details go to the log.
 */
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from '../log';

export interface ErrorBody {
  error: { status: number; code: string; message: string };
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const sendError = (res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}): void => {
  const body: ErrorBody = { error: { status, code, message } };
  res.status(status).set(headers).json(body);
};

/** body-parser's errors carry a `type` and a `status`; these are the ones a client can cause. */
const CLIENT_ERRORS: Record<string, { code: string; message: string }> = {
  'entity.parse.failed': { code: 'bad_json', message: 'The request body is not valid JSON.' },
  'entity.too.large': { code: 'body_too_large', message: 'The request body is too large.' },
  'entity.too.deep': { code: 'body_too_deep', message: 'The request body is nested too deeply.' },
  'encoding.unsupported': { code: 'unsupported_encoding', message: 'The request body uses an unsupported content encoding.' },
  'charset.unsupported': { code: 'unsupported_charset', message: 'The request body uses an unsupported character set.' },
  'request.aborted': { code: 'request_aborted', message: 'The request was aborted before its body arrived.' },
  'request.size.invalid': { code: 'bad_length', message: 'The request body does not match its Content-Length.' },
};

export const notFound: RequestHandler = (req, res) => {
  sendError(res, 404, 'not_found', `Nothing here: ${req.method} ${req.path}`);
};

/** The last middleware: every error becomes a JSON answer. */
export const errorHandler =
  (logger: Logger): ErrorRequestHandler =>
  (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (error instanceof HttpError) {
      sendError(res, error.status, error.code, error.message, error.headers);
      return;
    }
    const parserError = error as { type?: string; status?: number; expose?: boolean };
    const known = parserError.type ? CLIENT_ERRORS[parserError.type] : undefined;
    if (known && typeof parserError.status === 'number') {
      logger.debug({ path: req.path, type: parserError.type }, 'refused a bad request body');
      sendError(res, parserError.status, known.code, known.message);
      return;
    }
    if (parserError.expose && typeof parserError.status === 'number' && parserError.status >= 400 && parserError.status < 500) {
      sendError(res, parserError.status, 'bad_request', 'The request could not be read.');
      return;
    }
    logger.error({ err: error, method: req.method, path: req.path }, 'request failed');
    sendError(res, 500, 'internal_error', 'Something went wrong on the server.');
  };
