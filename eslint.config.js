// Lint configuration. The pure core (utils/extract, sites, analyze, export) must not touch
// browser globals: that boundary is enforced here and by the `core` vitest project.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const PURE = ['utils/extract/**', 'utils/sites/**', 'utils/analyze/**', 'utils/export/**'];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'tests/fixtures/**',
      'public/**',
      '.scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['utils/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  {
    files: PURE,
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'The core is pure: take a Document, never window.' },
        { name: 'document', message: 'The core is pure: take a Document as an argument.' },
        { name: 'browser', message: 'browser.* belongs in entrypoints/ or utils/messaging.ts.' },
        { name: 'chrome', message: 'browser.* belongs in entrypoints/ or utils/messaging.ts.' },
        { name: 'fetch', message: 'Pass a fetch function in; the core never fetches.' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', 'jsdom', 'node:*'] },
      ],
    },
  },
);
