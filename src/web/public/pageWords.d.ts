// The module the console router serves at console/static/pageWords.js, made from the language folders' tables
// (src/web/pageWordsModule.ts); the MCP App's build takes the same tables in (scripts/build-server.mjs).
export const PAGE_LANGUAGES: typeof import('../../languages/consoleWords').PAGE_LANGUAGES;
