// Lint enforces the rules of direction in ../shared/DESIGN.md:
//   app -> features -> queries -> smart;  fhir/ and clinical/ are pure;  features never import each other;
//   fhirclient only under src/smart;  src never imports mocks/, sandbox/, e2e/.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const srcPatterns = [
  {
    group: ['**/mocks/**', '**/sandbox/**', '**/e2e/**'],
    message: 'src/ never imports test or sandbox code.',
  },
  { group: ['node:*'], message: 'The app runs in the browser.' },
];
const noFhirclient = { name: 'fhirclient', message: 'Only src/smart/ imports fhirclient.' };
const purePaths = [
  { name: 'react', message: 'fhir/ and clinical/ are pure.' },
  noFhirclient,
  { name: '@tanstack/react-query', message: 'fhir/ and clinical/ are pure.' },
];

const zone = (target, from, message) => ({ target, from, message });

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'coverage',
      'test-results*',
      'playwright-report',
      'screenshots',
      'tools',
      '.stryker-tmp',
      'reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone(
              './src/fhir',
              './src/clinical',
              'fhir/ reads FHIR into domain types; clinical/ builds on it, never the reverse.',
            ),
            zone(
              './src/fhir',
              ['./src/app', './src/features', './src/queries', './src/smart', './src/components'],
              'fhir/ is pure: no React, no fetching.',
            ),
            zone(
              './src/clinical',
              ['./src/app', './src/features', './src/queries', './src/smart', './src/components'],
              'clinical/ is pure: no React, no fetching.',
            ),
            zone(
              './src/smart',
              ['./src/app', './src/features', './src/queries', './src/components'],
              'smart/ sits below queries, features and app.',
            ),
            zone(
              './src/queries',
              ['./src/app', './src/features', './src/components'],
              'queries/ sits below features and app.',
            ),
            zone(
              './src/outbox',
              ['./src/app', './src/features', './src/queries', './src/components'],
              'outbox/ (durable write queue) sits beside queries, below features.',
            ),
            zone(
              './src/components',
              ['./src/app', './src/features', './src/queries', './src/smart'],
              'components/ are presentational.',
            ),
            zone('./src/features', ['./src/app'], 'features/ never import the app.'),
            zone(
              './src/config',
              ['./src/app', './src/features', './src/queries', './src/smart', './src/components'],
              'config/ is a leaf.',
            ),
            ...features.map((f) => ({
              target: `./src/features/${f}`,
              from: './src/features',
              except: [`./${f}`],
              message: 'Features never import each other: compose them in src/app.',
            })),
            zone(
              './mocks/test-data',
              [
                './src/app',
                './src/features',
                './src/queries',
                './src/smart',
                './src/components',
                './mocks/server.ts',
                './mocks/render.tsx',
                './mocks/setup.ts',
              ],
              "mocks/test-data feeds the pure layers' tests: it is pure too.",
            ),
            zone('./sandbox', ['./src'], 'The sandbox is a separate program.'),
            // Sandbox, one way: launcher -> auth -> contracts; fhir/ (the store and search) knows neither.
            zone(
              './sandbox/src/auth',
              ['./sandbox/src/launcher', './sandbox/src/fhir'],
              'auth/ knows neither the launcher nor the FHIR store.',
            ),
            zone(
              './sandbox/src/fhir',
              ['./sandbox/src/auth', './sandbox/src/launcher'],
              'fhir/ is the store and search: no auth, no launcher.',
            ),
            zone(
              './sandbox/src/personas',
              ['./sandbox/src/auth', './sandbox/src/launcher', './sandbox/src/fhir'],
              'personas/ are pure data builders.',
            ),
          ],
        },
      ],
    },
    settings: {
      // The TypeScript resolver: without it import-x resolves no `.ts` import and no-cycle sees nothing.
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
      // ...and the parser import-x reads each dependency with, or it cannot follow `.ts` files.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
  },
  // Globals per program: the app runs in the browser, the sandbox and scripts under Node; e2e and bench
  // drive a browser from Node, so they have both.
  { files: ['src/**', 'mocks/**'], languageOptions: { globals: globals.browser } },
  {
    files: ['sandbox/**', 'scripts/**', '*.config.{ts,js}', 'tools/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['e2e/**', 'e2e-dev/**', 'bench/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: srcPatterns, paths: [noFhirclient] }] },
  },
  {
    files: ['src/fhir/**', 'src/clinical/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: srcPatterns, paths: purePaths }],
      'no-restricted-globals': [
        'error',
        'fetch',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
      ],
    },
  },
  {
    // The pure layers' tests may use the pure test data in mocks/test-data, nothing else from mocks/.
    files: ['src/fhir/**/*.test.ts', 'src/clinical/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)mocks/(?!test-data/)',
              message: 'Tests of fhir/ and clinical/ import only mocks/test-data (pure test data).',
            },
            { group: ['**/sandbox/**', '**/e2e/**'], message: 'src/ never imports sandbox code.' },
            ...srcPatterns.slice(1),
          ],
          paths: purePaths,
        },
      ],
    },
  },
  {
    files: ['src/smart/**'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: srcPatterns }] },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
