/**
 * Runs `npm run build` unless its outputs are newer than every source, so `npm test` builds a fresh clone but not again
 * right after a build (CI builds, then tests). `--mark` records that a build just finished (the last step of
 * `npm run build`).
 *
 * Usage: node scripts/build-if-stale.mjs [--mark]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = join(root, 'dist', 'build.stamp');
/** What the build is made from; lambda/dist is its output. */
const SOURCES = ['src', 'lambda', 'scripts', 'package.json', 'package-lock.json'];
const OUTPUTS = new Set([join(root, 'lambda', 'dist')]);

const newest = (path) => {
  if (OUTPUTS.has(path)) return 0;
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), 0);
};

if (process.argv.includes('--mark')) {
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
} else {
  const built = statSync(STAMP, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const changed = Math.max(...SOURCES.map((source) => newest(join(root, source))));
  if (changed > built) {
    console.log(built ? 'build-if-stale: a source changed since the last build; building' : 'build-if-stale: not built yet; building');
    const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    process.exit(result.status ?? 1);
  }
  console.log('build-if-stale: the build is up to date');
}
