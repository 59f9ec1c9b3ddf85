/**
 * Stands in for @nlpjs/core in the Lambda's NLU files (scripts/nlpjsCoreParts.mjs): nlp.js's tokenizers and stemmers,
 * which src/nlu/compactReader.ts reads with, take only these three classes from it. The package's index brings the
 * rest of @nlpjs/core with them (its container, pipeline compiler, storage, logger: about a third of understanding.js),
 * all compiled and run when the file is loaded.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS stand-in, as @nlpjs/core is */
module.exports = {
  Among: require('@nlpjs/core/src/among'),
  BaseStemmer: require('@nlpjs/core/src/base-stemmer'),
  Tokenizer: require('@nlpjs/core/src/tokenizer'),
};
