import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { mailroomPlugin } from './scripts/eslint/layers.js';

/** Globals the shared layer may not touch: it runs in Node (server) and in the browser (console). */
const HOST_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'process',
  'Buffer',
  'require',
  '__dirname',
  '__filename',
  'global',
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { mailroom: mailroomPlugin },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'mailroom/layers': 'error',
    },
  },
  {
    // The hooks rules and the React Compiler's checks (no ref writes or state updates during render, pure renders).
    files: ['src/client/**/*.{ts,tsx}', 'test/**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...HOST_GLOBALS.map((name) => ({
          name,
          message: 'src/shared runs in Node and in the browser: neither side’s globals.',
        })),
      ],
    },
  },
);
