/**
 * Composition root of the coach as a local MCP server on stdin/stdout (`npm run --silent mcp`), for a desktop assistant
 * that starts it: reads the environment, builds the runtime (the store and the one turn runner; no NLU, as no line comes
 * in words), and serves one driver. stdout is
 * the protocol's: logs and errors go to stderr.
 *
 * Environment:
 *   BACKCOACH_MCP_USER           the driver the assistant talks as (default mcp:local-driver, as on the server's /mcp)
 *   BACKCOACH_DATA_DIR           where progress is kept (default ./data; a running `npm start` holds it: use its /mcp then)
 *   BACKCOACH_STORE              lowdb (default) or dynamodb, with BACKCOACH_DYNAMODB_TABLE, AWS_REGION and
 *                                optionally BACKCOACH_DYNAMODB_ENDPOINT (see src/config/storeEnv.ts)
 *   BACKCOACH_DEFAULT_TIME_ZONE  the zone days are counted in (default: this machine's)
 *   LOG_LEVEL                    JSON logs on stderr (default warn)
 */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { DEFAULT_MCP_USER } from '../config/serverEnv';
import { localHostParts } from '../localHost';
import { createRuntime } from '../runtime';
import { createCoachMcpServer } from './coachServer';

const env = process.env;

const main = async (): Promise<void> => {
  const { logger, store, defaultTimeZone } = localHostParts(env, 'warn');
  const { runTurn, readDocument } = createRuntime({ store, logger, nlu: null });
  const server = createCoachMcpServer(
    { runTurn, readDocument, defaultTimeZone, logger },
    env.BACKCOACH_MCP_USER?.trim() || DEFAULT_MCP_USER,
  );
  await server.connect(new StdioServerTransport());
};

main().catch((error: unknown) => {
  process.stderr.write(`backcoach mcp: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
