/**
 * Zips the Dialogflow ES agent for the console's Restore/Import: dist/backcoach-dialogflow-agent.zip, with
 * agent.json and package.json at its root and the intents/ and entities/ folders beside them.
 *
 *   npm run package:dialogflow
 *
 * The zip is made from the language model in memory, so it is never staler than the source; the files are the
 * ones `npm run build:models` writes to models/ (a test fails when those differ). Same model, same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { zipDialogflowAgent } from '../src/model/dialogflowAgent';
import { dialogflowAgentFiles } from '../src/model/generatedFiles';

const root = resolve(__dirname, '..');
export const DIALOGFLOW_ZIP_PATH = join(root, 'dist', 'backcoach-dialogflow-agent.zip');

/** Generated files whose copy in models/ is missing or different (informational: the zip uses the fresh ones). */
function staleOnDisk(files: readonly { path: string; content: string }[]): string[] {
  return files
    .filter((file) => {
      try {
        return readFileSync(join(root, file.path), 'utf8') !== file.content;
      } catch {
        return true;
      }
    })
    .map((file) => file.path);
}

function main(): void {
  const files = dialogflowAgentFiles();
  const zip = zipDialogflowAgent(files);
  mkdirSync(dirname(DIALOGFLOW_ZIP_PATH), { recursive: true });
  writeFileSync(DIALOGFLOW_ZIP_PATH, zip);
  console.log(`${relative(process.cwd(), DIALOGFLOW_ZIP_PATH) || DIALOGFLOW_ZIP_PATH}  ${zip.length} bytes, ${files.length} files`);
  const stale = staleOnDisk(files);
  if (stale.length > 0) {
    console.log(`Note: models/ is out of date (${stale.length} files); run \`npm run build:models\` and commit it.`);
  }
  console.log('Dialogflow ES console > agent settings (gear) > Export and Import > Restore from zip (or Import from zip).');
}

if (require.main === module) main();
