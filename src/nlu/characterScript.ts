/**
 * nlp.js's test of the script a character is written in (@nlpjs/language-min's tables of every script), as
 * ./compactReader.ts asks it of a character outside ASCII: a module of its own, so the Lambda bundles it as a file of
 * its own (understanding-script.js, scripts/build-lambda.mjs) and a line of ASCII never compiles its 10 kB.
 */
import Language from '@nlpjs/language-min/src/language';

/** The script nlp.js finds a text written in ("cmn" for Chinese). */
export const topScriptOf = (text: string): string => Language.getTopScript(text)[0];
