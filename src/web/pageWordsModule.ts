/**
 * The page's own words in every language, as the ES module the page imports (`console/static/pageWords.js`): made from
 * the language folders' tables (src/languages/<code>/page.ts) when the server starts, so the tables stay the one source
 * whether the server runs from source or from its bundle, and the page switches language without asking the server.
 */
import { PAGE_LANGUAGES } from '../languages/consoleWords';

export const PAGE_WORDS_MODULE = `export const PAGE_LANGUAGES = ${JSON.stringify(PAGE_LANGUAGES)};\n`;
