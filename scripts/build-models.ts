/**
 * Writes every file generated from the language model (see src/model/generatedFiles.ts): the Alexa interaction models
 * into skill-package/interactionModels/custom/ (where ask-cli finds them) and the Dialogflow agent into models/. Both
 * are build output, ignored by git; `npm run build` runs this first, and the tests run it when a source is newer than
 * the last run (test/globalSetup.mjs). Then it stamps dist/models.stamp.
 *
 *   npm run build:models                     write the models
 *   npm run build:models -- --fingerprints   also record their fingerprints in test/model/modelFingerprints.json
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { GENERATED_DIRECTORIES, generatedModelFiles, type GeneratedFile } from '../src/model/generatedFiles';
import { FINGERPRINTS_FILE, modelFingerprints } from '../src/model/modelFingerprints';

const root = resolve(__dirname, '..');
export const MODELS_STAMP = join(root, 'dist', 'models.stamp');

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

/** Writes the models (unchanged files are left as they are) and returns what was generated. */
export function writeModels(): GeneratedFile[] {
  const files = generatedModelFiles();
  const generated = new Set(files.map((file) => file.path));
  let removed = 0;
  let written = 0;
  for (const dir of GENERATED_DIRECTORIES) {
    for (const path of filesUnder(dir)) {
      if (generated.has(path)) continue;
      rmSync(join(root, path));
      removed += 1;
      console.log(`removed   ${path}`);
    }
  }
  for (const file of files) {
    const target = join(root, file.path);
    // An unchanged file keeps its date, so nothing downstream sees a change that is not one.
    if (readIfExists(target) === file.content) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content, 'utf8');
    written += 1;
  }
  console.log(`build:models: ${files.length} files in ${GENERATED_DIRECTORIES.join(', ')} (${written} written, ${removed} removed)`);
  mkdirSync(dirname(MODELS_STAMP), { recursive: true });
  writeFileSync(MODELS_STAMP, `${new Date().toISOString()}\n`);
  return files;
}

function recordFingerprints(): void {
  writeFileSync(join(root, FINGERPRINTS_FILE), `${JSON.stringify(modelFingerprints(), null, 2)}\n`, 'utf8');
  console.log(`build:models: fingerprints recorded in ${FINGERPRINTS_FILE}; commit it with the change that made them`);
}

if (require.main === module) {
  writeModels();
  if (process.argv.includes('--fingerprints')) recordFingerprints();
}
