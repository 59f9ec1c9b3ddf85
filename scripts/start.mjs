/**
 * `npm start` and `npm run serve`: runs the bundled server (dist/server.js), bundling it first when it is missing or
 * a source is newer (a fresh clone, an edit), so the server starts without compiling TypeScript. Its arguments are the
 * server's (`--local`).
 */
import { createRequire } from 'node:module';
import { buildServer, COACH_APP, newest, SERVER_BUNDLE, SERVER_SOURCES } from './build-server.mjs';

// The MCP App is built with the bundle: either missing is a first start.
const built = Math.min(newest(SERVER_BUNDLE), newest(COACH_APP));
if (built === 0 || SERVER_SOURCES.some((source) => newest(source) > built)) {
  process.stdout.write(built === 0 ? 'Bundling the server (first start)...\n' : 'Bundling the server (its sources changed)...\n');
  await buildServer();
}
createRequire(import.meta.url)(SERVER_BUNDLE);
