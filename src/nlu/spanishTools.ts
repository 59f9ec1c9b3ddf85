/**
 * nlp.js's Spanish tokenizer and stemmer, as ./compactReader.ts reads a Spanish classifier with them: a module of its
 * own, required only for a Spanish classifier, so the Lambda bundles it as a file of its own (understanding-es.js,
 * scripts/build-lambda.mjs) and reading English never compiles it.
 */
import StemmerEs from '@nlpjs/lang-es/src/stemmer-es';
import TokenizerEs from '@nlpjs/lang-es/src/tokenizer-es';

export const spanishTools = (): { tokenizer: TokenizerEs; stemmer: StemmerEs } => ({ tokenizer: new TokenizerEs(), stemmer: new StemmerEs() });
