/**
 * `/mcp` in serve mode as an OAuth protected resource, as the MCP authorization spec says: a call without a valid
 * bearer token gets a 401 whose `WWW-Authenticate` points at the protected-resource metadata, which names the
 * authorization server that issues tokens. Tokens are JWTs that server signs; they are checked by `jose` against its
 * published keys (issuer, audience = this server's /mcp, expiry), and a token's subject names the driver's document.
 * The bearer check and the metadata are the MCP SDK's own.
 *
 * Two kinds of token: a driver's (authorization code with PKCE, through account linking), which reads and writes their
 * document; and the platform's own (a client-credentials login, Alexa+ listing what the server offers), which names no
 * driver. A token is the platform's when it says no user is behind it, as RFC 9068 (JWT access tokens) has it: its
 * `sub` is its client's id (`client_id`, else `azp`); or, as Auth0 marks it, its `gty` is `client-credentials`.
 */
import { metadataHandler } from '@modelcontextprotocol/sdk/server/auth/handlers/metadata.js';
import { InvalidTokenError } from '@modelcontextprotocol/sdk/server/auth/errors.js';
import { requireBearerAuth } from '@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js';
import type { OAuthTokenVerifier } from '@modelcontextprotocol/sdk/server/auth/provider.js';
import { getOAuthProtectedResourceMetadataUrl } from '@modelcontextprotocol/sdk/server/auth/router.js';
import type { AuthInfo } from '@modelcontextprotocol/sdk/server/auth/types.js';
import { Router, type Request } from 'express';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { MCP_PATH, type McpAccess, type McpCaller } from './mcpRoute';

export interface McpAuthSettings {
  /** This server's public address (https://coach.example.com): its /mcp is the resource tokens must be issued for. */
  publicUrl: string;
  /** The authorization server's issuer identifier. */
  issuer: string;
  /** Where the authorization server publishes the keys it signs tokens with (its JWKS). */
  jwksUrl: string;
}

/** A driver's document on this host: the token's subject, apart from every other host's user ids. */
export const mcpUserId = (subject: string): string => `mcp:${subject}`;

/** The caller a verified token names: a driver, or the platform (no driver); null for a token this server did not verify. */
const callerOf = (auth: AuthInfo | undefined): McpCaller | null => {
  const userId = auth?.extra?.userId;
  if (typeof userId === 'string') return { userId };
  return auth?.extra?.platform === true ? { userId: null } : null;
};

const isClientCredentials = (payload: JWTPayload, clientId: string | null): boolean =>
  payload.gty === 'client-credentials' || (clientId !== null && payload.sub === clientId);

export const jwtTokenVerifier = ({ issuer, audience, keys }: { issuer: string; audience: string; keys: JWTVerifyGetKey }): OAuthTokenVerifier => ({
  verifyAccessToken: async (token) => {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, keys, { issuer, audience }));
    } catch {
      throw new InvalidTokenError('The token is not one the authorization server issued for this server, or it has expired.');
    }
    if (!payload.sub || payload.sub.length > 200) throw new InvalidTokenError('The token names no driver.');
    const clientId = typeof payload.client_id === 'string' ? payload.client_id : typeof payload.azp === 'string' ? payload.azp : null;
    return {
      token,
      clientId: clientId ?? payload.sub,
      scopes: typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [],
      expiresAt: payload.exp,
      resource: new URL(audience),
      extra: isClientCredentials(payload, clientId) ? { platform: true } : { userId: mcpUserId(payload.sub) },
    };
  },
});

/** The access of /mcp behind bearer tokens, and the router of its protected-resource metadata. */
export const protectedMcp = (settings: McpAuthSettings, keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(settings.jwksUrl))): { access: McpAccess; metadata: Router } => {
  const resource = new URL(MCP_PATH, settings.publicUrl);
  const resourceMetadataUrl = getOAuthProtectedResourceMetadataUrl(resource);
  const metadata = Router();
  const document = metadataHandler({ resource: resource.href, authorization_servers: [settings.issuer], bearer_methods_supported: ['header'], resource_name: 'Back Coach' });
  metadata.use(new URL(resourceMetadataUrl).pathname, document);
  metadata.use('/.well-known/oauth-protected-resource', document);
  const guard = requireBearerAuth({ verifier: jwtTokenVerifier({ issuer: settings.issuer, audience: resource.href, keys }), resourceMetadataUrl, expectedResource: resource });
  return { access: { kind: 'protected', guard: [guard], callerOf: (req: Request) => callerOf(req.auth) }, metadata };
};
