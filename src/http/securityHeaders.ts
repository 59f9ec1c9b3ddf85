/**
 * helmet's headers on every answer, the page's and the APIs': `X-Content-Type-Options: nosniff`,
 * `Referrer-Policy: no-referrer`, frame and cross-origin policies, and the console page's Content-Security-Policy
 * (its scripts are modules served from `/console/static/`, its calls go to `/console/api/`; nothing inline, nothing
 * from elsewhere). Strict-Transport-Security only on a request that came over TLS to this server: over plain HTTP
 * (`npm start` on loopback) it would be ignored at best, and a browser that saw it on a name would refuse that name
 * over HTTP for a year. Upgrading insecure requests is left out for the same reason: on a plain-HTTP page it breaks
 * every script.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { RequestHandler } from 'express';
import helmet, { strictTransportSecurity } from 'helmet';

const ONE_YEAR_S = 365 * 24 * 3600;

const cameOverTls = (req: IncomingMessage): boolean => (req.socket as Partial<TLSSocket>).encrypted === true;

/**
 * The headers helmet sets, found once by running it on a stand-in answer: they depend on nothing in the request, and
 * setting them in one step spares every request helmet's eleven middlewares.
 */
const headersOf = (middleware: (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void): [string, string][] => {
  const headers: [string, string][] = [];
  const standIn = {
    setHeader: (name: string, value: string | number | readonly string[]) => headers.push([name, String(value)]),
    removeHeader: () => undefined,
  };
  let done = false;
  middleware({} as IncomingMessage, standIn as unknown as ServerResponse, (error) => {
    if (error instanceof Error) throw error;
    if (error) throw new Error('helmet failed while finding its headers');
    done = true;
  });
  if (!done) throw new Error('helmet did not finish at once; its headers cannot be set ahead of requests');
  return headers;
};

export const securityHeaders = (): RequestHandler[] => {
  const everywhere = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: false,
  });
  const headers = headersOf(everywhere);
  const hsts = strictTransportSecurity({ maxAge: ONE_YEAR_S, includeSubDomains: false });
  // One middleware, not two: each is a layer every request walks through.
  const setHeaders: RequestHandler = (req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    res.removeHeader('X-Powered-By');
    if (cameOverTls(req)) hsts(req, res, next);
    else next();
  };
  return [setHeaders];
};
