import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'src/core/names/model'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/app/**/*.ts', 'src/features/**/*.ts', 'src/lib/**/*.ts', 'src/components/**/*.ts'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.configs.recommended.rules },
  },
  {
    // The core is pure: no React, no DOM-only modules, no Node built-ins (it runs in a web worker too).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-*', 'react/*', '@tanstack/*', 'node:*'], message: 'src/core is pure TypeScript: no React and no Node built-ins.' }] },
      ],
    },
  },
  {
    // The app must not pull extraction code into its first load: only core types and the schema.
    files: ['src/app/**', 'src/features/**', 'src/components/**', 'src/lib/**', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/names/**', '**/core/quotes/**', '**/core/time/timexes*', '**/core/annotate*', '**/core/article/**', '!**/core/article/decode*'],
              message: 'The app loads annotations from the bundle; extraction code belongs in a worker chunk.',
            },
          ],
        },
      ],
    },
  },
);
