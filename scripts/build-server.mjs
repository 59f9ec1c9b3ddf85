/**
 * Bundles the HTTP server (src/server.ts) into dist/server.js, with the local NLU's worker beside it
 * (dist/nluWorker.js) and the browser console's page copied to dist/public: one minified file Node loads in tens of
 * milliseconds, where compiling the TypeScript at start (tsx) takes about a second. `npm start` and `npm run serve`
 * run it through scripts/start.mjs, which rebuilds it first when a source is newer.
 *
 * Usage: node scripts/build-server.mjs
 */
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_BUNDLE = join(root, 'dist', 'server.js');

/** What the bundle is built from: a newer file under these means it is stale. */
export const SERVER_SOURCES = ['src', 'package-lock.json', 'scripts/build-server.mjs'].map((path) => join(root, path));

const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const EXTERNAL_PACKAGES = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
  .filter((name) => name !== 'zod')
  .flatMap((name) => [name, `${name}/*`]);

export async function buildServer() {
  const started = Date.now();
  // Imported here, not at the top: scripts/start.mjs imports this file on every start and needs esbuild only to rebuild.
  const { build } = await import('esbuild');
  const outdir = dirname(SERVER_BUNDLE);
  await mkdir(outdir, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: { server: 'src/server.ts', nluWorker: 'src/nlu/nluWorker.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // pino's worker-thread transports are never started: the server logs to stderr (see the stub).
    alias: { 'thread-stream': resolve(root, 'lambda/stubs/threadStream.cjs') },
    // Only used when running from source (src/nlu/workerNlu.ts), never from the bundle.
    // Packages load from node_modules as they would for any Express app, but zod: bundled, only the parts the server
    // uses are kept (requiring zod/mini compiles all of zod's core, a tenth of a second at start).
    external: EXTERNAL_PACKAGES,
    sourcemap: 'linked',
    minify: true,
    logLevel: 'warning',
  });
  // The console router serves ./public next to its own file, which in the bundle is dist/.
  await rm(join(outdir, 'public'), { recursive: true, force: true });
  await cp(join(root, 'src/web/public'), join(outdir, 'public'), { recursive: true });
  return Date.now() - started;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildServer().then(
    (ms) => console.log(`build-server: dist/server.js and dist/nluWorker.js, the console's page in dist/public, ${ms} ms`),
    (error) => {
      if (!error?.errors) console.error(error);
      process.exit(1);
    },
  );
}
