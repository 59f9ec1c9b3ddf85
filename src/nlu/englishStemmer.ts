/**
 * nlp.js's English stemmer, as ./compactReader.ts stems a word the snapshot's table of stems does not list: a module
 * of its own, required only then, so the Lambda bundles it as a file of its own (understanding-stemmer.js,
 * scripts/build-lambda.mjs) and a line of words the coach knows never compiles it.
 */
import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en';

export const englishStemmer = (): StemmerEn => new StemmerEn();
