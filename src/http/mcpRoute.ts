/**
 * `/mcp`: the coach as an MCP server over Streamable HTTP, stateless (every POST is answered on its own; a timed part's
 * progress goes out on the call's own event stream). Who the driver is comes from the access: in local mode on
 * loopback, the one local driver (and only a loopback Host header, against DNS rebinding); in serve mode, the driver a
 * bearer token names, or no driver for the platform's own token. Before the SDK sees a body: JSON of at most MCP_BODY_LIMIT nesting at most MAX_JSON_DEPTH.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { localhostHostValidation } from '@modelcontextprotocol/sdk/server/middleware/hostHeaderValidation.js';
import express, { Router } from 'express';
import { refuseDeepJson } from '../json/bodyDepthGuard';
import type { Logger } from '../log';
import { sendError } from '../json/errors';

export const MCP_PATH = '/mcp';
/** A tool call's arguments are a few numbers and words. */
export const MCP_BODY_LIMIT = '64kb';

export type McpAccess =
  /** Local mode on loopback: no token, every call is the local driver's. */
  | { kind: 'local'; userId: string }
  /** Serve mode: a bearer token names the driver, or is the assistant's platform's own (see ./mcpAuth.ts). */
  | { kind: 'protected'; guard: express.RequestHandler[]; callerOf: (req: express.Request) => McpCaller | null }
  | { kind: 'disabled'; reason: string };

/** Who calls: a driver (their document's user id), or the assistant's platform signed in as itself (null: no driver). */
export interface McpCaller {
  userId: string | null;
}

/** The MCP server of one driver (or of the platform, with no driver), for one request. */
export type McpServerFor = (userId: string | null) => Promise<McpServer>;

/**
 * The SDK's transport, required on the first call rather than imported at the top: with the protocol's schemas it takes
 * hundreds of milliseconds to load, which a server nobody calls at /mcp never needs (start-up is measured).
 */
const transportClass = (): typeof import('@modelcontextprotocol/sdk/server/streamableHttp.js').StreamableHTTPServerTransport =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('@modelcontextprotocol/sdk/server/streamableHttp.js') as typeof import('@modelcontextprotocol/sdk/server/streamableHttp.js')).StreamableHTTPServerTransport;

/** `/mcp` answers 503 and says why. */
export const mcpDisabled = (reason: string): Router => {
  const router = Router();
  router.all(MCP_PATH, (_req, res) => sendError(res, 503, 'mcp_disabled', reason));
  return router;
};

export const mcpRoute = (access: McpAccess, serverFor: McpServerFor, logger: Logger): Router => {
  if (access.kind === 'disabled') return mcpDisabled(access.reason);
  const router = Router();
  const guards = access.kind === 'local' ? [localhostHostValidation()] : access.guard;
  router.post(MCP_PATH, ...guards, express.json({ limit: MCP_BODY_LIMIT, verify: refuseDeepJson() }), async (req, res) => {
    const caller = access.kind === 'local' ? { userId: access.userId } : access.callerOf(req);
    if (!caller) {
      sendError(res, 401, 'no_driver', 'The token names no driver.');
      return;
    }
    try {
      const server = await serverFor(caller.userId);
      const StreamableHTTPServerTransport = transportClass();
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
      res.on('close', () => {
        void transport.close();
        void server.close();
      });
      await server.connect(transport);
      await transport.handleRequest(req, res, req.body);
    } catch (error) {
      logger.error({ err: error }, 'an MCP request failed');
      if (!res.headersSent) res.status(500).json({ jsonrpc: '2.0', error: { code: -32603, message: 'Something went wrong on the server.' }, id: null });
    }
  });
  // Stateless: no session to open an event stream on or to end.
  router.all(MCP_PATH, ...guards, (_req, res) =>
    res.status(405).set('Allow', 'POST').json({ jsonrpc: '2.0', error: { code: -32000, message: 'This server takes MCP requests as POST only.' }, id: null }),
  );
  return router;
};
