/**
 * Trains the local NLU and writes what it learned to dist/understanding.nlu, unless the snapshot there was learned
 * from the same training data (src/nlu/trainingKey.ts): then it is kept as it is. The server, the terminal console
 * and the Lambda (build-lambda.mjs copies it) load it instead of training. Run by `npm run build`.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { defaultSnapshotPath, loadBuiltNlu } from '../src/nlu/builtNlu';

const main = async (): Promise<void> => {
  const file = defaultSnapshotPath();
  const started = performance.now();
  const { trained, saveError } = await loadBuiltNlu({ file });
  if (saveError) throw saveError;
  const size = `${(statSync(file).size / 1e6).toFixed(2)} MB`;
  const where = path.relative(process.cwd(), file);
  console.log(
    trained
      ? `build-nlu: trained the local NLU and wrote ${where} (${size}) in ${Math.round(performance.now() - started)} ms`
      : `build-nlu: ${where} (${size}) was learned from the same phrases; kept`,
  );
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
