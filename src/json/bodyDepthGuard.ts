/**
 * A body-parser `verify` hook that refuses JSON nested deeper than MAX_JSON_DEPTH before it is parsed: a 400 whose
 * error type (`entity.too.deep`) the error handlers name. The raw bytes are scanned as they came; in UTF-8 the
 * brackets, quotes and backslashes that matter are single bytes that never occur inside another character.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { jsonTextNestsDeeperThan, MAX_JSON_DEPTH } from './nesting';

export class BodyTooDeepError extends Error {
  readonly status = 400;
  readonly type = 'entity.too.deep';
  readonly expose = true;

  constructor(readonly maxDepth: number) {
    super(`The request body nests deeper than ${maxDepth} levels`);
    this.name = 'BodyTooDeepError';
  }
}

class UnsupportedCharsetError extends Error {
  readonly status = 415;
  readonly type = 'charset.unsupported';
  readonly expose = true;
}

const asText = (body: Buffer, encoding: string): string => {
  if (/^utf-?8$/i.test(encoding)) return body.toString('latin1');
  try {
    return new TextDecoder(encoding).decode(body);
  } catch {
    throw new UnsupportedCharsetError(`unsupported charset "${encoding}"`);
  }
};

export const refuseDeepJson =
  (maxDepth: number = MAX_JSON_DEPTH) =>
  (_req: IncomingMessage, _res: ServerResponse, body: Buffer, encoding: string): void => {
    if (jsonTextNestsDeeperThan(asText(body, encoding), maxDepth)) throw new BodyTooDeepError(maxDepth);
  };
