import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The browser's globals the console page's modules use (src/web/public); the page type-checks them too. */
const PAGE_GLOBALS = Object.fromEntries(
  [
    'AbortController',
    'Blob',
    'HTMLButtonElement',
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

export default tseslint.config(
  { ignores: ['node_modules/', 'lambda/dist/', 'dist/', 'coverage/', 'data/', '**/*.js', '!src/web/public/**/*.js', '**/*.mjs'] },
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
  {
    // CommonJS stand-ins the Lambda bundle takes in place of a package (lambda/stubs).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } },
  },
);
