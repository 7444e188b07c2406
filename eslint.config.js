import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import localRules from './eslint/rules/importBoundaries.js';

const root = fileURLToPath(new URL('.', import.meta.url));

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const bannedEverywhere = [
  { name: 'xlsx', message: 'SheetJS from npm has unfixed CVEs; use the exceljs streaming adapter.' },
  { name: 'ag-grid-enterprise', message: 'AG Grid Community only.' },
];
const bannedPatternsEverywhere = [{ group: ['@ag-grid-enterprise/*'], message: 'AG Grid Community only.' }];

/** Folder boundaries by resolved path (eslint/rules/importBoundaries.js). */
function boundary(options) {
  return { 'local/import-boundaries': ['error', { root, ...options }] };
}

const dbOnly = (call) => `Database calls (.${call}) only under electron/core/db/**: put the SQL in a repo in electron/core/db/repos and call it.`;

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
  { plugins: { local: localRules } },
  {
    files: ['shared/**/*.ts'],
    rules: boundary({
      rule: 'shared/ imports nothing outside shared/ (no Node, Electron, React, database, or npm package but zod):',
      allowedFolders: ['shared'],
      allowBuiltins: false,
      allowPackages: ['zod'],
    }),
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
        [],
      ),
      ...boundary({ rule: 'renderer/ never imports from electron/; use the contract API:', forbiddenFolders: ['electron'] }),
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/server/**/*.ts', 'electron/cli/**/*.ts', 'electron/node/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      ...restrict([{ name: 'electron', message: 'The core runs in plain Node; Electron stays in electron/main and electron/preload.' }], []),
      ...boundary({ rule: 'The core does not depend on its hosts or on the renderer:', forbiddenFolders: ['renderer', 'electron/main'] }),
    },
  },
  {
    files: ['electron/importer/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: boundary({
      rule: 'electron/importer/ imports only electron/importer/, shared/, Node built-ins and its parsing packages:',
      allowedFolders: ['electron/importer', 'shared'],
      allowBuiltins: true,
      allowPackages: ['chardet', 'electron', 'exceljs', 'iconv-lite'],
    }),
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/core/db/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='prepare']", message: dbOnly('prepare') },
        { selector: "CallExpression[callee.property.name='pragma']", message: dbOnly('pragma') },
        {
          // Only with SQL written in place: RegExp.prototype.exec takes the text to match.
          selector:
            "CallExpression[callee.property.name='exec']:matches([arguments.0.type='Literal'], [arguments.0.type='TemplateLiteral']):not([callee.object.regex])",
          message: dbOnly('exec'),
        },
      ],
    },
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
    files: ['test/**/*.ts', 'scripts/**/*.{ts,mjs}', '*.config.{ts,js}', 'build/**/*.ts', 'eslint/**/*.js'],
    languageOptions: { globals: globals.node },
  },
);
