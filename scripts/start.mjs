/**
 * `npm start` and `npm run serve`: runs the bundled server (dist/server.js), bundling it first when it is missing or
 * a source is newer (a fresh clone, an edit), so the server starts without compiling TypeScript. Its arguments are the
 * server's (`--local`).
 */
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildServer, SERVER_BUNDLE, SERVER_SOURCES } from './build-server.mjs';

const mtimeOf = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
};

/** The newest modification time of a file or of any file under a folder. */
const newest = (path) => {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), 0);
};

const built = mtimeOf(SERVER_BUNDLE);
if (built === null || SERVER_SOURCES.some((source) => newest(source) > built)) {
  process.stdout.write(built === null ? 'Bundling the server (first start)...\n' : 'Bundling the server (its sources changed)...\n');
  await buildServer();
}
createRequire(import.meta.url)(SERVER_BUNDLE);
