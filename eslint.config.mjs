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
  {
    files: ['src/web/public/**/*.js'],
    languageOptions: { sourceType: 'module', globals: PAGE_GLOBALS },
  },
);
