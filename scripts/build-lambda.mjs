/**
 * Bundles the Lambda composition root (lambda/index.ts, exporting `handler`) into lambda/dist/index.js: one
 * CommonJS file for Node 20 with every dependency inside except the AWS SDK v3, which the runtime provides.
 * `ask deploy` zips lambda/dist as it is (no package.json there, so it runs no npm install), and Lambda loads
 * `index.handler` from it.
 *
 * Usage: node scripts/build-lambda.mjs [--entry=lambda/index.ts] [--outdir=lambda/dist]
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function option(name, fallback) {
  const prefix = `--${name}=`;
  const arg = process.argv.slice(2).find((a) => a.startsWith(prefix));
  return resolve(root, arg ? arg.slice(prefix.length) : fallback);
}

const entry = option('entry', 'lambda/index.ts');
const outdir = option('outdir', 'lambda/dist');
const outfile = join(outdir, 'index.js');

function formatBytes(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} kB`;
}

async function main() {
  if (!existsSync(entry)) {
    console.error(`build-lambda: ${relative(root, entry)} not found; it must export the Lambda \`handler\`.`);
    process.exit(1);
  }
  // ask-cli zips the whole folder, so start from an empty one: nothing stale gets deployed.
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });

  const started = Date.now();
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Provided by the Lambda Node.js runtime.
    external: ['@aws-sdk/*'],
    sourcemap: 'linked',
    minify: false,
    metafile: true,
    logLevel: 'warning',
  });

  const outputs = result.metafile.outputs;
  const js = outputs[relative(root, outfile).split('\\').join('/')];
  const map = outputs[`${relative(root, outfile).split('\\').join('/')}.map`];
  const inputs = Object.keys(result.metafile.inputs).length;
  const external = new Set(
    Object.values(result.metafile.inputs).flatMap((input) => input.imports.filter((i) => i.external && !isBuiltin(i.path)).map((i) => i.path)),
  );
  console.log(
    `build-lambda: ${relative(root, outfile)} ${formatBytes(js?.bytes ?? 0)}` +
      ` (+ map ${formatBytes(map?.bytes ?? 0)}), ${inputs} inputs bundled, external: ${[...external].sort().join(' ') || 'none'}` +
      `, ${result.warnings.length} warnings, ${Date.now() - started} ms`,
  );
}

main().catch((error) => {
  // esbuild has already printed its own diagnostics.
  if (!error?.errors) console.error(error);
  process.exit(1);
});
