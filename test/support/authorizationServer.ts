/**
 * A loopback stand-in for the OAuth authorization server an assistant's platform signs drivers in with: it publishes
 * its signing keys (JWKS) and issues access tokens (JWTs) for a driver, as a real one does at the end of a login.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';

export interface AuthorizationServer {
  issuer: string;
  jwksUrl: string;
  /**
   * An access token for `subject`, issued for `audience` (a resource's URL) to the client `clientId` (by default the
   * assistant a driver signs in through; the subject itself for a client-credentials login); claims can be overridden.
   */
  token(subject: string, audience: string, options?: TokenOptions): Promise<string>;
  close(): Promise<void>;
}

export interface TokenOptions {
  issuer?: string;
  expiresIn?: string;
  key?: CryptoKey;
  clientId?: string;
  /** More claims, as an authorization server of one brand or another adds them (Auth0's `gty`, for one). */
  claims?: Record<string, unknown>;
}

const KEY_ID = 'backcoach-test-key';

export const startAuthorizationServer = async (): Promise<AuthorizationServer> => {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: KEY_ID, alg: 'ES256', use: 'sig' }] });
  const server = http.createServer((req, res) => {
    if (req.url === '/jwks') res.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    token: (subject, audience, options = {}) =>
      new SignJWT({ scope: 'coach', client_id: options.clientId ?? 'test-assistant', ...options.claims })
        .setProtectedHeader({ alg: 'ES256', kid: KEY_ID })
        .setSubject(subject)
        .setIssuer(options.issuer ?? issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '1h')
        .sign(options.key ?? privateKey),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
