/**
 * Writes every file generated from the language model (see src/model/generatedFiles.ts).
 * Run with `npm run build:models`; the model test fails when a committed file is stale.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { GENERATED_DIRECTORIES, generatedModelFiles } from '../src/model/generatedFiles';

const root = resolve(__dirname, '..');

function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Every file under a folder, relative to the repository root with forward slashes. */
function filesUnder(dir: string): string[] {
  const absolute = join(root, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

function main(): void {
  const files = generatedModelFiles();
  const generated = new Set(files.map((file) => file.path));
  for (const dir of GENERATED_DIRECTORIES) {
    for (const path of filesUnder(dir)) {
      if (generated.has(path)) continue;
      rmSync(join(root, path));
      console.log(`removed   ${path}`);
    }
  }
  for (const file of files) {
    const target = join(root, file.path);
    if (readIfExists(target) === file.content) {
      console.log(`unchanged ${file.path}`);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content, 'utf8');
    console.log(`wrote     ${file.path}`);
  }
}

main();
