/**
 * Zips the Dialogflow ES agent for the console's Restore/Import: dist/backcoach-dialogflow-agent.zip, with
 * agent.json and package.json at its root and the intents/ and entities/ folders beside them.
 *
 *   npm run package:dialogflow
 *
 * It first generates the models from the language model, as `npm run build:models` does (the agent into models/,
 * build output that git ignores), and zips those same files: same model, same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { DIALOGFLOW_AGENT_DIR, zipDialogflowAgent } from '../src/model/dialogflowAgent';
import { writeModels } from './build-models';

const root = resolve(__dirname, '..');
export const DIALOGFLOW_ZIP_PATH = join(root, 'dist', 'backcoach-dialogflow-agent.zip');

function main(): void {
  const files = writeModels();
  const zip = zipDialogflowAgent(files);
  mkdirSync(dirname(DIALOGFLOW_ZIP_PATH), { recursive: true });
  writeFileSync(DIALOGFLOW_ZIP_PATH, zip);
  const entries = files.filter((file) => file.path.startsWith(`${DIALOGFLOW_AGENT_DIR}/`)).length;
  console.log(`${relative(process.cwd(), DIALOGFLOW_ZIP_PATH) || DIALOGFLOW_ZIP_PATH}  ${zip.length} bytes, ${entries} files`);
  console.log('Dialogflow ES console > agent settings (gear) > Export and Import > Restore from zip (or Import from zip).');
}

if (require.main === module) main();
