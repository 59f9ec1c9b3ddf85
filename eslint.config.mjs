import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The browser's globals the console page's modules use (src/web/public); the page type-checks them too. */
const PAGE_GLOBALS = Object.fromEntries(
  [
    'AbortController',
    'Blob',
    'HTMLButtonElement',
    'HTMLSpanElement',
    'HTMLDetailsElement',
    'HTMLElement',
    'HTMLFormElement',
    'HTMLInputElement',
    'HTMLOListElement',
    'HTMLOutputElement',
    'ResizeObserver',
    'SpeechSynthesisUtterance',
    'URLSearchParams',
    'clearInterval',
    'clearTimeout',
    'document',
    'fetch',
    'navigator',
    'performance',
    'setInterval',
    'setTimeout',
    'window',
  ].map((name) => [name, 'readonly']),
);

/**
 * The layers, held by `no-restricted-imports` (see DESIGN.md). Flat config keeps only the last setting of a rule for a
 * file, so each block below lists every pattern that applies to its files.
 */
const NO_TEST = {
  regex: '^(\\.\\./)+test(/|$)',
  message: 'Only tests import from test/: what src, scripts and bench share with the tests lives in support/.',
};
const NO_FRAMEWORK = {
  regex: '^(node:.*|express|ask-sdk-[a-z-]+|lowdb.*|steno|pino|@aws-sdk/.*|@google-cloud/.*|@nlpjs/.*)$',
  message: 'src/core and src/languages know no platform, framework, store or runtime: the coach takes a document and an event and returns a reply.',
};
/** From a file `depth` folders below src/core, a path that climbs out of it to anything but the languages' words. */
const outOfCore = (depth) => ({
  regex: `^(\\.\\./){${depth}}(?!languages(/|$))`,
  message: 'src/core imports nothing outside src/core but src/languages: no adapter, store, model or host.',
});
/**
 * src/languages holds what each language says (string tables, numbers said): the coach uses it, and it uses nothing
 * but the coach's own types and words. From a file `depth` folders below src/languages, a path out to anything else.
 */
const outOfLanguages = (depth) => ({
  regex: `^(\\.\\./){${depth}}(?!core/)`,
  message: 'src/languages imports nothing but src/core: no host, adapter, store or model.',
});
/**
 * The hosts (and the console service the browser and the terminal share), each with those of them it may use: the HTTP
 * server mounts the Alexa and Dialogflow endpoints, the browser and the terminal talk through the console service.
 */
const HOSTS = { alexa: [], dialogflow: [], http: ['alexa', 'dialogflow', 'mcp'], web: ['console'], terminal: ['console'], console: [], mcp: [] };
const intoOtherHosts = (host) => {
  const others = Object.keys(HOSTS).filter((other) => other !== host && !HOSTS[host].includes(other));
  return {
    regex: `^(\\.\\./)+(${others.join('|')})(/|$)`,
    message: `src/${host} does not reach into another host: what two hosts share belongs in a neutral module (src/json, src/turns, src/console's service).`,
  };
};
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const LAYERS = [
  { files: ['src/**/*.ts', 'scripts/**', 'bench/**', 'lambda/**', 'support/**'], rules: restrict([NO_TEST]) },
  ...Object.keys(HOSTS).map((host) => ({ files: [`src/${host}/**/*.ts`], rules: restrict([NO_TEST, intoOtherHosts(host)]) })),
  ...[1, 2, 3].map((depth) => ({
    files: [`src/core/${'*/'.repeat(depth - 1)}*.ts`],
    rules: restrict([NO_TEST, NO_FRAMEWORK, outOfCore(depth)]),
  })),
  ...[1, 2, 3].map((depth) => ({
    files: [`src/languages/${'*/'.repeat(depth - 1)}*.ts`],
    rules: restrict([NO_TEST, NO_FRAMEWORK, outOfLanguages(depth)]),
  })),
];

export default tseslint.config(
  // pageWords.d.ts only types the module the console router makes (src/web/pageWordsModule.ts); tsconfig.web.json checks it.
  { ignores: ['node_modules/', 'lambda/dist/', 'dist/', 'coverage/', 'data/', '**/*.js', '!src/web/public/**/*.js', '**/*.mjs', 'src/web/public/pageWords.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // TypeScript is linted with its types: floating promises, unsafe any, needless assertions and the like.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // A switch over a union (the coach's events, a reply's kinds) names every member, so a new event or intent is
      // handled wherever one is read, or the build says where it is not; a default case covers the rest on purpose.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    // jest's asymmetric matchers (expect.any, expect.objectContaining) are typed `any` by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['src/web/public/**/*.js'],
    languageOptions: { sourceType: 'module', globals: PAGE_GLOBALS },
  },
  ...LAYERS,
  {
    // CommonJS stand-ins the Lambda bundle takes in place of a package (lambda/stubs).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } },
  },
);
