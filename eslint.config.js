import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const bannedEverywhere = [
  { name: 'xlsx', message: 'SheetJS from npm has unfixed CVEs; use the exceljs streaming adapter.' },
  { name: 'ag-grid-enterprise', message: 'AG Grid Community only.' },
];
const bannedPatternsEverywhere = [{ group: ['@ag-grid-enterprise/*'], message: 'AG Grid Community only.' }];

/** Import boundaries: layers point inward only (shared <- electron core <- hosts; shared <- renderer). */
function restrict(paths, patterns) {
  return {
    'no-restricted-imports': [
      'error',
      { paths: [...bannedEverywhere, ...paths], patterns: [...bannedPatternsEverywhere, ...patterns] },
    ],
  };
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      ...restrict([], []),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      [...nodeBuiltins.map((name) => ({ name, message: 'shared/ is pure: no Node modules.' })),
        { name: 'electron', message: 'shared/ is pure: no Electron.' },
        { name: 'react', message: 'shared/ is pure: no React.' },
        { name: 'better-sqlite3', message: 'shared/ is pure: no database.' }],
      [{ group: ['**/electron/**', '**/renderer/**', '../electron*', '../renderer*'], message: 'shared/ imports nothing from electron/ or renderer/.' }],
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [...nodeBuiltins.map((name) => ({ name, message: 'The renderer never imports Node modules.' })),
          { name: 'electron', message: 'The renderer never imports Electron; use the contract API.' },
          { name: 'better-sqlite3', message: 'The renderer never touches the database.' }],
        [{ group: ['**/electron/**'], message: 'The renderer never imports electron/; use the contract API.' }],
      ),
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/server/**/*.ts', 'electron/cli/**/*.ts', 'electron/node/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(
      [{ name: 'electron', message: 'The core runs in plain Node; Electron stays in electron/main and electron/preload.' }],
      [{ group: ['**/renderer/**', '**/electron/main/**', '../main/*', '../../main/*'], message: 'The core does not depend on its hosts or on the renderer.' }],
    ),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      ...restrict([], [{ group: ['**/renderer/**'], message: 'Electron main never imports the renderer.' }]),
      'no-restricted-properties': [
        'error',
        { object: 'ipcMain', property: 'on', message: 'Register IPC only through secureHandle.' },
        { object: 'shell', property: 'openExternal', message: 'Use openExternalSafe.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.{ts,mjs}', '*.config.{ts,js}', 'build/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
);
