/**
 * The esbuild plugin of the Lambda's NLU files (understanding.js, understanding-es.js): nlp.js's tokenizers and
 * stemmers get from @nlpjs/core only the classes they extend (lambda/stubs/nlpjsCore.cjs), and those classes an empty
 * container (lambda/stubs/nlpjsContainer.cjs), instead of all of @nlpjs/core. test/deploy/lambdaBundle.test.ts reads
 * lines through the built files.
 */
import { resolve } from 'node:path';

const CORE_SOURCE = /[\\/]@nlpjs[\\/]core[\\/]src[\\/]/;

export const nlpjsCoreParts = (root) => ({
  name: 'nlpjs-core-parts',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^@nlpjs\/core$/ }, () => ({ path: resolve(root, 'lambda/stubs/nlpjsCore.cjs') }));
    pluginBuild.onResolve({ filter: /^\.\/container$/ }, ({ importer }) => (CORE_SOURCE.test(importer) ? { path: resolve(root, 'lambda/stubs/nlpjsContainer.cjs') } : undefined));
  },
});
