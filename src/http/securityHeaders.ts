/**
 * helmet's headers on every answer, the page's and the APIs': `X-Content-Type-Options: nosniff`,
 * `Referrer-Policy: no-referrer`, frame and cross-origin policies, and the console page's Content-Security-Policy
 * (its scripts are modules served from `/console/static/`, its calls go to `/console/api/`; nothing inline, nothing
 * from elsewhere). Strict-Transport-Security only on a request that came over TLS to this server: over plain HTTP
 * (`npm start` on loopback) it would be ignored at best, and a browser that saw it on a name would refuse that name
 * over HTTP for a year. Upgrading insecure requests is left out for the same reason: on a plain-HTTP page it breaks
 * every script.
 */
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { RequestHandler } from 'express';
import helmet, { strictTransportSecurity } from 'helmet';

const ONE_YEAR_S = 365 * 24 * 3600;

const cameOverTls = (req: IncomingMessage): boolean => (req.socket as Partial<TLSSocket>).encrypted === true;

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
  const hsts = strictTransportSecurity({ maxAge: ONE_YEAR_S, includeSubDomains: false });
  const overTlsOnly: RequestHandler = (req, res, next) => (cameOverTls(req) ? hsts(req, res, next) : next());
  return [everywhere, overTlsOnly];
};
