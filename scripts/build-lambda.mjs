/**
 * Bundles the Lambda composition root (lambda/index.ts, exporting `handler`) into lambda/dist/index.js: one
 * minified CommonJS file for the nodejs22.x runtime with every dependency inside except the AWS SDK v3, which the
 * runtime provides, and a linked source map beside it (stack traces map back when Node runs with
 * --enable-source-maps, e.g. NODE_OPTIONS on the function).
 * `ask deploy` zips lambda/dist as it is (no package.json there, so it runs no npm install), and Lambda loads
 * `index.handler` from it.
 *
 * Usage: node scripts/build-lambda.mjs [--entry=lambda/index.ts] [--outdir=lambda/dist] [--metafile=FILE] [--analyze]
 *   --metafile  also write esbuild's metafile (every input and its bytes in the bundle) as JSON to FILE
 *   --analyze   print where the bundle's bytes go, by package and by first-party folder
 * `npm run bench` bundles a bare skill with this same script, so both are built the same way.
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromIndexPlugin, indexEntry } from './filesApart.mjs';
import { nlpjsCoreParts } from './nlpjsCoreParts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function option(name, fallback) {
  const prefix = `--${name}=`;
  const arg = args.find((a) => a.startsWith(prefix));
  if (arg) return resolve(root, arg.slice(prefix.length));
  return fallback === undefined ? undefined : resolve(root, fallback);
}

const DEFAULT_ENTRY = 'lambda/index.ts';
const entry = option('entry', DEFAULT_ENTRY);
const outdir = option('outdir', 'lambda/dist');
const metafilePath = option('metafile');
const analyze = args.includes('--analyze');
const outfile = join(outdir, 'index.js');

/** Decimal units, as the bundle's size target is set: 400 kB is 400,000 bytes. */
function formatBytes(bytes) {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
}

/** The package an input belongs to (`zod`, `@pinojs/redact`), or its first-party folder (`src/core`). */
function ownerOf(input) {
  const match = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/);
  if (!match) return input.split('/').slice(0, 2).join('/');
  const [, name, rest] = match;
  // zod is one package of several parts; which parts are in says whether its tree-shaking worked.
  return name === 'zod' ? `zod/${rest.split('/').slice(0, 2).join('/').replace(/\.js$/, '')}` : name;
}

function bytesByOwner(output) {
  const totals = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const owner = ownerOf(input);
    totals.set(owner, (totals.get(owner) ?? 0) + bytesInOutput);
  }
  return [...totals].filter(([, bytes]) => bytes > 0).sort((a, b) => b[1] - a[1]);
}

/**
 * zod/mini tree-shakes only when it is imported as a namespace (`import * as z from 'zod/mini'`, or
 * src/core/zod.ts). `import { z } from 'zod/mini'` and classic `zod` keep all of zod, with every locale: about
 * 400 kB. Names the files that do, when the bundle shows it.
 */
async function zodWarning(metafile, output) {
  const extraBytes = Object.entries(output.inputs)
    .filter(([input]) => /node_modules\/zod\/v4\/(classic\/|locales\/(?!en\.js))/.test(input))
    .reduce((sum, [, { bytesInOutput }]) => sum + bytesInOutput, 0);
  // A few bytes of re-exports stay either way; the whole of zod is hundreds of kilobytes.
  if (extraBytes < 10_000) return null;
  const named = /import\s*\{[^}]*\bz\b[^}]*\}\s*from\s*['"]zod(\/mini|\/v4)?['"]/;
  const culprits = [];
  for (const input of Object.keys(metafile.inputs)) {
    if (input.includes('node_modules/') || !/\.[cm]?[jt]s$/.test(input)) continue;
    // An entry given on stdin (the parts' entries) is named in the metafile but is no file on disk.
    const source = await readFile(resolve(root, input), 'utf8').catch(() => '');
    if (named.test(source)) culprits.push(input);
  }
  return (
    'build-lambda: warning: all of zod is in the bundle (classic zod and every locale). Import zod/mini as a namespace, ' +
    `\`import * as z from '../core/zod'\`, not \`import { z } from 'zod'\` or 'zod/mini'${culprits.length ? `: ${culprits.join(', ')}` : ''}.`
  );
}

/**
 * Modules index.js must not carry: the sample phrases and their generators (the hosts map intents to events with
 * src/model/intents.ts) and the local NLU, which is a file of its own (understanding.js). src/nlu/readLine.ts and
 * loadOnce.ts only hand a line to, or load, the NLU they are given. Names the ones that got in.
 */
const SERVER_ONLY = [/^src\/model\/languageModel\.ts$/, /^src\/nlu\/(?!(readLine|loadOnce)\.ts$)/, /node_modules\/@nlpjs\//];

function serverOnlyWarning(output) {
  const found = Object.entries(output.inputs)
    .filter(([input, { bytesInOutput }]) => bytesInOutput > 0 && SERVER_ONLY.some((pattern) => pattern.test(input)))
    .map(([input, { bytesInOutput }]) => `${input} (${formatBytes(bytesInOutput)})`);
  return found.length ? `build-lambda: warning: the bundle carries what only the server needs: ${found.join(', ')}.` : null;
}

/** luxon, a file of its own required by its stand-in in the bundle (lambda/luxonOnFirstUse.cjs) when a date is first used. */
const LUXON = { output: 'luxon.js', standIn: 'lambda/luxonOnFirstUse.cjs' };

const commonOptions = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  // Provided by the Lambda Node.js runtime; and luxon.js, the file apart the stand-in for luxon requires.
  external: ['@aws-sdk/*', `./${LUXON.output}`],
  // The Lambda logs the same JSON lines through a stand-in for pino that loads nothing else, and loads luxon when a date
  // is first used (see the files).
  alias: { pino: resolve(root, 'lambda/logLines.ts'), luxon: resolve(root, LUXON.standIn) },
  // Lets an entry outside the repository (the benchmark's bare skill) use the repository's packages.
  nodePaths: [join(root, 'node_modules')],
  sourcemap: 'linked',
  // Less to read and compile at a cold start.
  minify: true,
  metafile: true,
  logLevel: 'warning',
};

/**
 * The coach's own files (index.js and every file apart) are built with `function` expressions for arrow functions. Node
 * compiles the whole top level of a CommonJS file when it loads it, and V8 parses an arrow function written there in
 * full at once, where it only skims a `function` until it is first called: the coach's modules, written as
 * `const f = (...) => {...}`, all sit at index.js's top level, and compiling index.js took about 22 ms where the same
 * code with functions takes about 14 ms. The benchmark's bare skill is built with esbuild's defaults (commonOptions).
 */
const coachOptions = { ...commonOptions, supported: { arrow: false } };

/**
 * ask-sdk, as the coach's own build takes it (the benchmark's bare skill takes the packages as they are):
 * - `ask-sdk-core` from lambda/askSdkCoreParts.ts, the few modules the coach uses, not the package's index of them all;
 * - `ask-sdk-model` from its stand-in, lambda/askSdkModelOnFirstUse.cjs, with the model itself a file apart
 *   (ask-sdk-model.js) required by the stand-in when a turn first calls one of Alexa's service APIs.
 */
const ASK_SDK_MODEL = { output: 'ask-sdk-model.js', standIn: 'lambda/askSdkModelOnFirstUse.cjs' };
const ASK_SDK_CORE_PARTS = 'lambda/askSdkCoreParts.ts';
const coachAskSdk = {
  name: 'coach-ask-sdk',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^ask-sdk-core$/ }, ({ importer }) =>
      resolve(importer) === resolve(root, ASK_SDK_CORE_PARTS) ? undefined : { path: resolve(root, ASK_SDK_CORE_PARTS) },
    );
    pluginBuild.onResolve({ filter: /^ask-sdk-model$/ }, () => ({ path: resolve(root, ASK_SDK_MODEL.standIn) }));
    pluginBuild.onResolve({ filter: /^\.\/ask-sdk-model\.js$/ }, ({ importer }) =>
      resolve(importer) === resolve(root, ASK_SDK_MODEL.standIn) ? { path: `./${ASK_SDK_MODEL.output}`, external: true } : undefined,
    );
  },
};

async function buildAskSdkModel() {
  const outputFile = join(outdir, ASK_SDK_MODEL.output);
  const stdin = { contents: "module.exports = require('ask-sdk-model');", resolveDir: root, sourcefile: 'ask-sdk-model-entry.js', loader: 'js' };
  const result = await build({ ...coachOptions, stdin, outfile: outputFile });
  const bundled = result.metafile.outputs[relative(root, outputFile).split('\\').join('/')];
  console.log(`build-lambda: ${relative(root, outputFile)} ${formatBytes(bundled?.bytes ?? 0)} (ask-sdk-model, loaded when a turn first calls one of Alexa's service APIs)`);
}

/** The local NLU of lambda/understanding.ts, required by the handler only when needed: a file of its own. */
const UNDERSTANDING = { source: 'lambda/understanding.ts', output: 'understanding.js', snapshot: 'understanding.nlu' };

/** What the NLU learned, as `npm run build:nlu` (src/nlu/builtNlu.ts) wrote it; the Lambda loads it instead of training. */
const SNAPSHOT = resolve(root, 'dist', UNDERSTANDING.snapshot);

/** The other languages' snapshots beside English's (src/nlu/builtNlu.ts's snapshotPathOf), loaded with a first line in that language. */
const OTHER_SNAPSHOTS = ['understanding-es.nlu'];

/** nlp.js's Spanish tokenizer and stemmer, required by src/nlu/compactReader.ts for a Spanish snapshot only: a file of their own. */
const SPANISH_TOOLS = { source: 'src/nlu/spanishTools.ts', output: 'understanding-es.js' };

/** nlp.js's tables of every script, required by src/nlu/compactReader.ts for a character outside ASCII only: a file of their own. */
const CHARACTER_SCRIPT = { source: 'src/nlu/characterScript.ts', output: 'understanding-script.js' };

/** nlp.js's English stemmer, required by src/nlu/compactReader.ts for a word its table of stems does not list only: a file of its own. */
const ENGLISH_STEMMER = { source: 'src/nlu/englishStemmer.ts', output: 'understanding-stemmer.js' };

const separateUnderstanding = {
  name: 'separate-understanding',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/understanding$/ }, () => ({ path: `./${UNDERSTANDING.output}`, external: true }));
    pluginBuild.onResolve({ filter: /^\.\/spanishTools$/ }, () => ({ path: `./${SPANISH_TOOLS.output}`, external: true }));
    pluginBuild.onResolve({ filter: /^\.\/characterScript$/ }, () => ({ path: `./${CHARACTER_SCRIPT.output}`, external: true }));
    pluginBuild.onResolve({ filter: /^\.\/englishStemmer$/ }, () => ({ path: `./${ENGLISH_STEMMER.output}`, external: true }));
  },
};

/**
 * Each language but English (src/languages/<code>/), loaded by src/languages/index.ts the first time a driver needs it:
 * a file of its own (language-<code>.js), so an English launch neither loads nor compiles it.
 */
const LANGUAGES_DIR = resolve(root, 'src/languages');
const separateLanguages = {
  name: 'separate-languages',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/[a-z]{2}$/ }, ({ path, importer }) =>
      resolve(importer) === join(LANGUAGES_DIR, 'index.ts') && path !== './en' ? { path: `./language-${path.slice(2)}.js`, external: true } : undefined,
    );
  },
};

/**
 * The DynamoDB store, which src/store/index.ts imports when it is first used: a file of its own (store-dynamodb.js),
 * so a launch on lowdb files neither loads nor compiles it. Deployed on DynamoDB, it is loaded on the first turn,
 * with the AWS SDK it loads.
 */
const DYNAMO_STORE = { output: 'store-dynamodb.js', modules: ['./dynamoUserStore', './dynamoClient'], importer: resolve(root, 'src/store/index.ts') };
const separateDynamoStore = {
  name: 'separate-dynamo-store',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/dynamo(UserStore|Client)$/ }, ({ path, importer }) =>
      resolve(importer) === DYNAMO_STORE.importer && DYNAMO_STORE.modules.includes(path) ? { path: `./${DYNAMO_STORE.output}`, external: true } : undefined,
    );
  },
};

/**
 * Parts of the coach a launch does not run, each required inside a function by the module that uses them when first
 * needed (as src/languages/index.ts requires a language): a file of their own, taking index.js's modules
 * (./filesApart.mjs), so a launch neither loads nor compiles them. A static import of a part would bring it back into
 * index.js: the build warns.
 */
const PARTS_ON_FIRST_USE = [
  { sources: ['src/alexa/screen/screenDirectives.ts'], output: 'screen.js', loaded: 'when a reply is first shown on a screen' },
  { sources: ['src/core/reading/readHeard.ts'], output: 'reading.js', loaded: 'when a line first comes in words' },
  // The local NLU is loaded by src/alexa/heardIntent.ts, which this part carries: understanding.js takes its modules from it.
  {
    sources: ['src/alexa/intentRequestEvent.ts', 'src/model/intentEvents.ts'],
    output: 'intents.js',
    loaded: 'when a request first carries what the driver said',
    handsOverTo: UNDERSTANDING.output,
  },
];
const partOnFirstUse = {
  name: 'part-on-first-use',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\.?\// }, ({ path, kind, resolveDir }) => {
      if (kind !== 'require-call') return undefined;
      const part = PARTS_ON_FIRST_USE.find(({ sources }) => sources.some((source) => resolve(resolveDir, `${path}.ts`) === resolve(root, source)));
      return part ? { path: `./${part.output}`, external: true } : undefined;
    });
  },
};

const partContents = ({ sources }) => sources.map((source) => `export * from ${JSON.stringify(`./${source}`)};`).join('\n');

async function buildPart(part, fromIndex, contents = partContents(part)) {
  const outputFile = join(outdir, part.output);
  const stdin = { contents, resolveDir: root, sourcefile: `${part.output.replace(/\.js$/, '')}-entry.js`, loader: 'js' };
  const result = await build({ ...coachOptions, stdin, outfile: outputFile, plugins: [partOnFirstUse, fromIndex] });
  return { bundled: result.metafile.outputs[relative(root, outputFile).split('\\').join('/')], inputs: Object.keys(result.metafile.inputs) };
}

/**
 * Builds each part; a part that hands its modules over to a later file apart is built again once that file is built
 * (`handOver`, called with the plugins that file's build adds), exporting the modules the file kept.
 */
async function buildPartsOnFirstUse(fromIndex) {
  const handOvers = {};
  for (const part of PARTS_ON_FIRST_USE) {
    const { bundled, inputs } = await buildPart(part, fromIndex);
    console.log(`build-lambda: ${join(relative(root, outdir), part.output)} ${formatBytes(bundled?.bytes ?? 0)} (${part.sources.join(', ')}, loaded ${part.loaded})`);
    if (!part.handsOverTo) continue;
    const used = new Set();
    const plugin = fromIndexPlugin(root, new Set(inputs), used, `./${part.output}`);
    const handOver = async () => {
      if (used.size > 0) await buildPart(part, fromIndex, indexEntry(root, null, used, partContents(part)));
    };
    (handOvers[part.handsOverTo] ??= []).push({ plugin, handOver });
  }
  return handOvers;
}

/** The parts meant to load on first use that index.js carries all the same (imported statically somewhere). */
const partsCarried = (metafile) => {
  const carried = PARTS_ON_FIRST_USE.flatMap(({ sources }) => sources).filter((source) => metafile.inputs[source]);
  return carried.length ? `build-lambda: warning: index.js carries what should load on first use (a static import of it): ${carried.join(', ')}.` : null;
};

async function buildDynamoStore(fromIndex) {
  const outputFile = join(outdir, DYNAMO_STORE.output);
  const contents = DYNAMO_STORE.modules.map((module) => `export * from ${JSON.stringify(`./src/store/${module.slice(2)}`)};`).join('\n');
  const stdin = { contents, resolveDir: root, sourcefile: 'store-dynamodb-entry.js', loader: 'js' };
  const result = await build({ ...coachOptions, stdin, outfile: outputFile, plugins: [fromIndex] });
  const bundled = result.metafile.outputs[relative(root, outputFile).split('\\').join('/')];
  console.log(`build-lambda: ${relative(root, outputFile)} ${formatBytes(bundled?.bytes ?? 0)} (the DynamoDB store, loaded when it is first used)`);
}

async function buildLuxon() {
  const outputFile = join(outdir, LUXON.output);
  const stdin = { contents: "export * from 'luxon';", resolveDir: root, sourcefile: 'luxon-entry.js', loader: 'js' };
  const result = await build({ ...coachOptions, alias: { ...coachOptions.alias, luxon: 'luxon' }, stdin, outfile: outputFile });
  const bundled = result.metafile.outputs[relative(root, outputFile).split('\\').join('/')];
  console.log(`build-lambda: ${relative(root, outputFile)} ${formatBytes(bundled?.bytes ?? 0)} (luxon, loaded when a date is first used)`);
}

async function buildLanguages(fromIndex) {
  const codes = (await readdir(LANGUAGES_DIR, { withFileTypes: true })).filter((e) => e.isDirectory() && e.name !== 'en').map((e) => e.name);
  for (const code of codes) {
    const outputFile = join(outdir, `language-${code}.js`);
    const result = await build({ ...coachOptions, entryPoints: [join(LANGUAGES_DIR, code, 'index.ts')], outfile: outputFile, plugins: [fromIndex] });
    const bundled = result.metafile.outputs[relative(root, outputFile).split('\\').join('/')];
    console.log(`build-lambda: ${relative(root, outputFile)} ${formatBytes(bundled?.bytes ?? 0)} (the coach's words in "${code}", loaded on a driver's first turn in it)`);
  }
}

/** What the Lambda's NLU file must not carry: nlp.js itself (only its tokenizers, stemmers and value overlap rule are read), nor the phrasings it learned from. */
const NLPJS_READING_LEAVES_OUT = [
  /node_modules\/@nlpjs\/(nlp|nlu|neural|lang-en-min\/src\/(index|lang-en|sentiment)|lang-es\/src\/(index|lang-es|sentiment|trigrams))/,
  /^src\/nlu\/nlpjsModel\.ts$/,
  /^src\/model\/languageModel\.ts$/,
  /^src\/languages\/es\/phrases/,
];

/** Bundles the local NLU into its own file, with the snapshot the build trained beside it. Only for the coach's own entry. */
async function buildUnderstanding(fromIndex, fromParts = []) {
  const started = Date.now();
  const outputFile = join(outdir, UNDERSTANDING.output);
  for (const snapshot of [SNAPSHOT, ...OTHER_SNAPSHOTS.map((name) => resolve(root, 'dist', name))]) {
    if (!existsSync(snapshot)) {
      throw new Error(`build-lambda: ${relative(root, snapshot)} not found; \`npm run build:nlu\` trains it (\`npm run build\` runs both).`);
    }
  }
  const result = await build({ ...coachOptions, entryPoints: [resolve(root, UNDERSTANDING.source)], outfile: outputFile, plugins: [separateUnderstanding, nlpjsCoreParts(root), fromIndex, ...fromParts.map(({ plugin }) => plugin)] });
  for (const { handOver } of fromParts) await handOver();
  const spanishTools = await build({ ...coachOptions, entryPoints: [resolve(root, SPANISH_TOOLS.source)], outfile: join(outdir, SPANISH_TOOLS.output), plugins: [nlpjsCoreParts(root)] });
  const characterScript = await build({ ...coachOptions, entryPoints: [resolve(root, CHARACTER_SCRIPT.source)], outfile: join(outdir, CHARACTER_SCRIPT.output) });
  const englishStemmer = await build({ ...coachOptions, entryPoints: [resolve(root, ENGLISH_STEMMER.source)], outfile: join(outdir, ENGLISH_STEMMER.output), plugins: [nlpjsCoreParts(root)] });
  const bundled = result.metafile.outputs[relative(root, outputFile).split('\\').join('/')];
  // The NLU reads with its compact classifier (src/nlu/compactClassifier.ts): nlp.js's classes and training stay out.
  const nlpjs = Object.entries(bundled?.inputs ?? {})
    .filter(([input, { bytesInOutput }]) => bytesInOutput > 0 && NLPJS_READING_LEAVES_OUT.some((pattern) => pattern.test(input)))
    .map(([input]) => input);
  if (nlpjs.length) console.warn(`build-lambda: warning: ${UNDERSTANDING.output} carries what only training needs: ${nlpjs.join(', ')}.`);
  await copyFile(SNAPSHOT, join(outdir, UNDERSTANDING.snapshot));
  const bytesOfEntry = (built) => Object.values(built.metafile.outputs).find((output) => output.entryPoint)?.bytes ?? 0;
  const others = [`${SPANISH_TOOLS.output} ${formatBytes(bytesOfEntry(spanishTools))}`];
  for (const name of OTHER_SNAPSHOTS) {
    await copyFile(resolve(root, 'dist', name), join(outdir, name));
    others.push(`${name} ${formatBytes((await stat(resolve(root, 'dist', name))).size)}`);
  }
  console.log(
    `build-lambda: ${relative(root, outputFile)} ${formatBytes(bundled?.bytes ?? 0)} and ${UNDERSTANDING.snapshot} ${formatBytes((await stat(SNAPSHOT)).size)}` +
      ` (the local NLU, loaded on the first line Alexa places by a carrier phrase; ${others.join(', ')}, with the first such line in its language;` +
      ` ${ENGLISH_STEMMER.output} ${formatBytes(bytesOfEntry(englishStemmer))}, with the first word its table of stems does not list;` +
      ` ${CHARACTER_SCRIPT.output} ${formatBytes(bytesOfEntry(characterScript))}, with the first character outside ASCII), ${Date.now() - started} ms`,
  );
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
  const coach = entry === resolve(root, DEFAULT_ENTRY);
  const plugins = [separateUnderstanding, separateLanguages, separateDynamoStore, partOnFirstUse, ...(coach ? [coachAskSdk] : [])];
  const options = coach ? coachOptions : commonOptions;
  let result = await build({ ...options, entryPoints: [entry], outfile, plugins });
  if (coach) {
    await buildAskSdkModel();
    // The files apart take from index.js the modules it has (./filesApart.mjs); index.js is then built again to hand them over.
    const handedOver = new Set();
    const fromIndex = fromIndexPlugin(root, new Set(Object.keys(result.metafile.inputs)), handedOver);
    await buildLuxon();
    await buildLanguages(fromIndex);
    await buildDynamoStore(fromIndex);
    const handOvers = await buildPartsOnFirstUse(fromIndex);
    await buildUnderstanding(fromIndex, handOvers[UNDERSTANDING.output]);
    if (handedOver.size > 0) {
      const stdin = { contents: indexEntry(root, entry, handedOver), resolveDir: root, sourcefile: 'lambda-index-entry.js', loader: 'js' };
      result = await build({ ...options, stdin, outfile, plugins });
    }
  }

  const outputs = result.metafile.outputs;
  const outKey = relative(root, outfile).split('\\').join('/');
  const js = outputs[outKey];
  const map = outputs[`${outKey}.map`];
  const inputs = Object.keys(result.metafile.inputs).length;
  const external = new Set(
    Object.values(result.metafile.inputs).flatMap((input) => input.imports.filter((i) => i.external && !isBuiltin(i.path)).map((i) => i.path)),
  );
  console.log(
    `build-lambda: ${relative(root, outfile)} ${formatBytes(js?.bytes ?? 0)}` +
      ` (+ map ${formatBytes(map?.bytes ?? 0)}), ${inputs} inputs bundled, external: ${[...external].sort().join(' ') || 'none'}` +
      `, ${result.warnings.length} warnings, ${Date.now() - started} ms`,
  );
  if (metafilePath) await writeFile(metafilePath, JSON.stringify(result.metafile));
  if (analyze && js) {
    for (const [owner, bytes] of bytesByOwner(js)) console.log(`  ${formatBytes(bytes).padStart(9)}  ${owner}`);
  }
  const warnings = js ? [await zodWarning(result.metafile, js), serverOnlyWarning(js), partsCarried(result.metafile)] : [];
  for (const warning of warnings) if (warning) console.warn(warning);
}

main().catch((error) => {
  // esbuild has already printed its own diagnostics.
  if (!error?.errors) console.error(error);
  process.exit(1);
});
