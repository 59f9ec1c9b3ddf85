/**
 * Before any test: the generated models (the Alexa interaction models, the Dialogflow agent) are build output, not
 * committed, and several tests read them from disk. When they were never built, or a source is newer than their last
 * build (dist/models.stamp), `npm run build:models` writes them first, in a few seconds. The MCP App the tests' servers
 * serve (dist/coachApp.html) is built too when a page file is newer, in a fraction of a second.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCoachAppIfStale, newest } from '../scripts/build-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = join(root, 'dist', 'models.stamp');
/** What the models are generated from: the language model and the word tables it reads, and the script. */
const SOURCES = [join(root, 'src'), join(root, 'scripts', 'build-models.ts')];

const buildModelsIfStale = () => {
  const built = statSync(STAMP, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (built >= Math.max(...SOURCES.map(newest))) return;
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const result = spawnSync(process.execPath, [tsx, join(root, 'scripts', 'build-models.ts')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error('jest globalSetup: `npm run build:models` failed (above); the tests that read the generated models cannot run.');
};

export default async function buildIfStale() {
  buildModelsIfStale();
  await buildCoachAppIfStale();
}
