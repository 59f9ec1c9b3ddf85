/**
 * Writes every file generated from the language model (see src/model/generatedFiles.ts).
 * Run with `npm run build:models`; the model test fails when a committed file is stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generatedModelFiles } from '../src/model/generatedFiles';

const root = resolve(__dirname, '..');

function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function main(): void {
  for (const file of generatedModelFiles()) {
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
