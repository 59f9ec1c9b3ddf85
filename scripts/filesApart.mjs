/**
 * The Lambda's files apart (understanding.js, language-<code>.js: scripts/build-lambda.mjs) take the modules index.js
 * already has from index.js instead of carrying a copy of their own. A copy is compiled and run again when its file
 * is loaded (the local NLU's file carried the intent table, the number and clock words and the reading rules), and
 * its module state is not index.js's. esbuild splits chunks only for ESM output, so the hand-over is done here:
 *
 * - index.js is built from a wrapper entry that exports, beside `handler`, `bundledModules`: the namespace of each
 *   module a file apart needs, by its path in the repository;
 * - in a file apart, an import of such a module reads it from `require('./index.js').bundledModules` (the same module
 *   instance: Node has index.js loaded already, as the handler that requires the file apart).
 *
 * Only first-party modules are handed over. src/core/zod.ts is not: its namespace is all of zod/mini, which index.js
 * carries only in part (tree-shaken), so a file apart that validates keeps its own few zod pieces.
 */
import { isAbsolute, relative } from 'node:path';

export const BUNDLED_MODULES = 'bundledModules';

const INDEX_FILE = './index.js';
const FROM_INDEX = 'from-index';
const NOT_HANDED_OVER = [/^src\/core\/zod\.ts$/];

/** Whether a module of the repository, by its path in it, is one index.js can hand over. */
const handedOver = (path) => /^(src|lambda)\//.test(path) && !NOT_HANDED_OVER.some((pattern) => pattern.test(path));

/**
 * The plugin of a file apart's build: imports of the modules in `indexModules` (paths in the repository, as
 * esbuild's metafile names them) are read from index.js. `used` collects those the file keeps. With `file`, the
 * modules are read from that file apart instead (one always loaded before the file built: see build-lambda.mjs).
 */
export const fromIndexPlugin = (root, indexModules, used, file = INDEX_FILE) => {
  const namespace = file === INDEX_FILE ? FROM_INDEX : `${FROM_INDEX}-${file.replace(/\W/g, '')}`;
  return {
    name: namespace,
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /.*/ }, async (args) => {
        if (args.namespace === namespace) return args.path === file ? { path: file, external: true } : undefined;
        if (args.pluginData?.fromIndex || args.namespace?.startsWith(FROM_INDEX) || args.kind === 'entry-point' || !args.importer || args.importer.includes('node_modules')) return undefined;
        if (!args.path.startsWith('.') && !isAbsolute(args.path)) return undefined;
        const resolved = await pluginBuild.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { fromIndex: true } });
        if (resolved.errors.length > 0 || resolved.external) return undefined;
        const path = relative(root, resolved.path).split('\\').join('/');
        if (!indexModules.has(path) || !handedOver(path)) return undefined;
        return { path, namespace };
      });
      pluginBuild.onLoad({ filter: /.*/, namespace }, ({ path }) => ({
        contents: `module.exports = require(${JSON.stringify(file)}).${BUNDLED_MODULES}[${JSON.stringify(path)}];`,
        loader: 'js',
      }));
      // What the file apart kept of them (an import of types or of nothing it uses leaves nothing to hand over).
      pluginBuild.onEnd(({ metafile }) => {
        for (const output of Object.values(metafile?.outputs ?? {})) {
          for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
            if (bytesInOutput > 0 && input.startsWith(`${namespace}:`)) used.add(input.slice(namespace.length + 1));
          }
        }
      });
    },
  };
};

/**
 * The source of index.js's wrapper entry: the handler's entry as it is, and the namespaces of `modules` by path. With
 * `contents`, a file apart's entry source instead of the handler's entry.
 */
export const indexEntry = (root, entry, modules, contents = null) => {
  const sorted = [...modules].sort();
  const toImport = (path) => `./${path}`;
  return [
    contents ?? `export * from ${JSON.stringify(toImport(relative(root, entry).split('\\').join('/')))};`,
    ...sorted.map((path, i) => `import * as m${i} from ${JSON.stringify(toImport(path))};`),
    `export const ${BUNDLED_MODULES} = { ${sorted.map((path, i) => `${JSON.stringify(path)}: m${i}`).join(', ')} };`,
  ].join('\n');
};
