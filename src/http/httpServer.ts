/**
 * The server the app listens on (HTTPS when given a certificate), with deadlines on what a client sends: its
 * headers must all arrive within `headersTimeoutMs` and the whole request, body included, within `requestTimeoutMs`;
 * past either the client gets a 408 and the socket is closed. Node checks these deadlines every
 * `connectionsCheckingInterval` (30 s by default, which alone would let a body trickled a byte at a time hold a
 * socket for up to twice the deadline), so the check runs at a fraction of the deadline.
 */
import { createServer, type RequestListener, type Server, type ServerOptions } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';

/** Alexa and Dialogflow send a few kilobytes at once; the browser console less. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;
const MAX_HEADERS_TIMEOUT_MS = 10_000;
const MAX_CHECK_INTERVAL_MS = 2_000;

export interface HttpServerOptions {
  requestTimeoutMs: number;
  /** PEM certificate and key, when the server speaks HTTPS itself. */
  tls?: { cert: Buffer; key: Buffer } | null;
}

export const requestDeadlines = (requestTimeoutMs: number): ServerOptions => ({
  requestTimeout: requestTimeoutMs,
  headersTimeout: Math.min(requestTimeoutMs, MAX_HEADERS_TIMEOUT_MS),
  connectionsCheckingInterval: Math.max(50, Math.min(MAX_CHECK_INTERVAL_MS, Math.floor(requestTimeoutMs / 4))),
});

export const createHttpServer = (app: RequestListener, { requestTimeoutMs, tls }: HttpServerOptions): Server => {
  const deadlines = requestDeadlines(requestTimeoutMs);
  return tls ? createHttpsServer({ ...deadlines, ...tls }, app) : createServer(deadlines, app);
};
