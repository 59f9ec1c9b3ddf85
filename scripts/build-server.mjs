/**
 * Bundles the HTTP server (src/server.ts) into dist/server.js, with the local NLU's worker beside it
 * (dist/nluWorker.js), the browser console's page copied to dist/public and the coach's MCP App made from the page's
 * files (dist/coachApp.html): one minified file Node loads in tens of milliseconds, where compiling the TypeScript at
 * start (tsx) takes about a second. `npm start` and `npm run serve` run it through scripts/start.mjs, which rebuilds it
 * first when a source is newer.
 *
 * Usage: node scripts/build-server.mjs                        everything
 *        node scripts/build-server.mjs --coach-app-if-stale   only the MCP App, when a page file is newer (npm run mcp)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_BUNDLE = join(root, 'dist', 'server.js');

/** What the bundle is built from: a newer file under these means it is stale. */
export const SERVER_SOURCES = ['src', 'package-lock.json', 'scripts/build-server.mjs'].map((path) => join(root, path));

/** The coach's MCP App, one self-contained HTML document (src/mcp/appResource.ts serves it), and what it is made from. */
export const COACH_APP = join(root, 'dist', 'coachApp.html');
const PAGE_DIR = join(root, 'src', 'web', 'public');
const COACH_APP_SOURCES = [PAGE_DIR, join(root, 'src', 'languages'), join(root, 'scripts', 'build-server.mjs')];

/** The newest modification time of a file or of any file under a folder (0 when there is none). */
export const newest = (path) => {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), 0);
};

// Read without a top-level await, so that CommonJS (jest's globalSetup) can load this module too.
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const EXTERNAL_PACKAGES = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
  .filter((name) => name !== 'zod')
  .flatMap((name) => [name, `${name}/*`]);

/** index.html's parts the MCP App shows too, each between `<!-- shared with the MCP App: name -->` and `<!-- /shared: name -->`. */
const SHARED_PART = /^([ \t]*)<!-- shared with the MCP App: (\w+) -->\n([\s\S]*?)\n[ \t]*<!-- \/shared: \2 -->$/gm;
/** Where coachApp.html takes one of them in. */
const PART_WANTED = /^([ \t]*)<!-- index\.html's part: (\w+) -->$/gm;

/** Lines indented by `from` in one page, indented by `to` in the other. */
const reindent = (markup, from, to) => markup.replace(new RegExp(`^${from}(?=.)`, 'gm'), to);

/** coachApp.html with each part it names taken in from index.html, so the two pages' markup cannot drift apart. */
const coachAppMarkup = async () => {
  const page = await readFile(join(PAGE_DIR, 'index.html'), 'utf8');
  const parts = new Map([...page.matchAll(SHARED_PART)].map(([, indent, name, markup]) => [name, reindent(markup, indent, '')]));
  return (await readFile(join(PAGE_DIR, 'coachApp.html'), 'utf8')).replace(PART_WANTED, (_wanted, indent, name) => {
    const markup = parts.get(name);
    if (markup === undefined) throw new Error(`coachApp.html takes in index.html's part "${name}", which index.html does not mark as shared`);
    return reindent(markup, '', indent);
  });
};

/**
 * The page's words: the console router serves them as pageWords.js, made from the language folders' tables
 * (src/web/pageWordsModule.ts); the MCP App takes the same tables in from their module.
 */
const pageWordsFromTheLanguageTables = {
  name: 'page-words',
  setup(build) {
    build.onResolve({ filter: /^\.\/pageWords\.js$/ }, () => ({ path: join(root, 'src', 'languages', 'consoleWords.ts') }));
  },
};

/**
 * The MCP App: coachApp.html with index.html's shared parts, the page's style sheet and coachApp.js, bundled with the
 * page modules it imports, written into it. A host's frame loads nothing else, so nothing is left to fetch.
 */
export async function buildCoachApp() {
  const { build } = await import('esbuild');
  const { outputFiles } = await build({
    absWorkingDir: root,
    entryPoints: [join(PAGE_DIR, 'coachApp.js')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
    plugins: [pageWordsFromTheLanguageTables],
  });
  const script = outputFiles[0].text;
  if (/<\/script/i.test(script)) throw new Error('coachApp.js, bundled, has "</script" in it and cannot stand in a script element');
  const style = await readFile(join(PAGE_DIR, 'style.css'), 'utf8');
  // Replaced by functions: a `$` in the script or the style stays as it is.
  const html = (await coachAppMarkup()).replace('/* style.css */', () => style).replace('/* coachApp.js */', () => script);
  // Written beside and renamed into place: a server reading it never sees half a document.
  await mkdir(dirname(COACH_APP), { recursive: true });
  const temporary = `${COACH_APP}.${process.pid}.tmp`;
  await writeFile(temporary, html);
  await rename(temporary, COACH_APP);
}

/** Builds the MCP App when it is missing or a page file is newer: `npm run mcp` and the tests serve it from source. */
export async function buildCoachAppIfStale() {
  if (newest(COACH_APP) < Math.max(...COACH_APP_SOURCES.map(newest))) await buildCoachApp();
}

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
  await cp(PAGE_DIR, join(outdir, 'public'), { recursive: true });
  await buildCoachApp();
  return Date.now() - started;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // --coach-app-if-stale prints nothing when it succeeds: `npm run mcp` runs it before the server, and stdout is the protocol's.
  const run = process.argv.includes('--coach-app-if-stale')
    ? buildCoachAppIfStale()
    : buildServer().then((ms) => console.log(`build-server: dist/server.js and dist/nluWorker.js, the console's page in dist/public, the MCP App in dist/coachApp.html, ${ms} ms`));
  run.catch((error) => {
    if (!error?.errors) console.error(error);
    process.exit(1);
  });
}
