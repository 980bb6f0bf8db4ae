import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layering, enforced: the IPC modules are reachable only from the two files that own the
// contract's transport, services never touch Electron, and shared/ stays free of Node and DOM.
const ipcModulesBan = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Renderer and main talk only through the contract: electron/main/ipc.ts and electron/preload/index.ts.',
};
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'worker_threads'];
const noNodeBuiltins = nodeBuiltins.flatMap((name) => [
  { name, message: 'No Node APIs here.' },
  { name: `node:${name}`, message: 'No Node APIs here.' },
]);

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-output/**', 'playwright-report/**', 'e2e/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [ipcModulesBan] }],
    },
  },
  {
    files: ['electron/main/ipc.ts', 'electron/preload/index.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/services/**', 'electron/harness/**', 'electron/cli/**', 'electron/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Services run under plain Node: take Electron features through an adapter.' }] },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'shared/ is pure.' }, ...noNodeBuiltins] },
      ],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'The renderer only knows window.api.' }, ...noNodeBuiltins] },
      ],
    },
  },
  {
    files: ['electron/harness/bridge.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
