/**
 * Trains the local NLU of each language the coach understands and writes what it learned to dist/understanding.nlu
 * (English) and dist/understanding-<language>.nlu (understanding-es.nlu), unless the snapshot there was learned from
 * the same training data (src/nlu/trainingKey.ts): then it is kept as it is. The server, the terminal console and the
 * Lambda (build-lambda.mjs copies them) load them instead of training. Run by `npm run build`.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGE_CODES } from '../src/languages';
import { defaultSnapshotPath, loadBuiltLanguage, snapshotPathOf } from '../src/nlu/builtNlu';

const main = async (): Promise<void> => {
  for (const language of LANGUAGE_CODES) {
    const file = snapshotPathOf(defaultSnapshotPath(), language);
    const started = performance.now();
    const { trained, saveError } = await loadBuiltLanguage({ file, language });
    if (saveError) throw saveError;
    const size = `${(statSync(file).size / 1e6).toFixed(2)} MB`;
    const where = path.relative(process.cwd(), file);
    console.log(
      trained
        ? `build-nlu: trained the local NLU (${language}) and wrote ${where} (${size}) in ${Math.round(performance.now() - started)} ms`
        : `build-nlu: ${where} (${size}) was learned from the same phrases; kept`,
    );
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
