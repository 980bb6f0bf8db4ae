import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = path.dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------- layers, by resolved path
// Each layer names what it may import besides itself (npm packages: node_modules); any other file
// of the repo is off limits. Imports are resolved the way the bundlers do (extensionless .ts/.tsx),
// so `../../electron/services/x` is caught however it is spelled. An unresolved import is not
// checked, so electron/test-setup/layering.test.ts lints one probe per forbidden arrow.
const NPM = 'node_modules';
const layers = [
  { layer: 'shared', may: [NPM], why: 'shared/ is the contract: it imports nothing outside shared/ but npm packages.' },
  { layer: 'renderer', may: ['shared', NPM], why: 'The renderer knows shared/ and window.api, nothing else of the repo.' },
  { layer: 'electron/preload', may: ['shared', `${NPM}/electron`], why: 'The preload may import shared/ and electron only.' },
  { layer: 'electron/main', may: ['electron/api', 'electron/services', 'shared', NPM], why: 'electron/main may import electron/api, electron/services and shared/ only.' },
  { layer: 'electron/api', may: ['electron/services', 'shared', NPM], why: 'electron/api may import electron/services and shared/ only.' },
  { layer: 'electron/services', may: ['shared', NPM], why: 'Services are plain Node: they may import other services and shared/ only.' },
  { layer: 'electron/cli', may: ['electron/services', 'shared', NPM], why: 'The CLI calls services directly: it may import electron/services and shared/ only.' },
  { layer: 'electron/harness', may: ['electron/api', 'electron/services', 'shared', NPM], why: 'The harness may import electron/api, electron/services and shared/ only.' },
];
// Tests and their helpers may also reach the fake WeChat server, the benches and the test set-up.
const TEST_ONLY = ['e2e', 'bench', 'electron/test-setup'];
const layerZones = layers.map(({ layer, may, why }) => ({
  target: layer,
  from: '.',
  except: [layer, ...may, ...TEST_ONLY],
  message: why,
}));
// Production code (the layered folders minus tests and their helpers) never imports test code:
// not e2e/, bench/, a test-support/ or test-setup/ folder, nor a test.
const LAYERED = ['electron/**', 'shared/**', 'renderer/**'];
const NOT_PRODUCTION = ['**/*.test.ts', '**/*.test.tsx', '**/test-support/**', '**/test-setup/**'];
const productionZones = [
  { target: ['electron', 'shared', 'renderer'], from: TEST_ONLY, message: 'Production code does not import test code.' },
  { target: ['electron', 'shared', 'renderer'], from: NOT_PRODUCTION, message: 'Production code does not import test code.' },
];
const restrictedPaths = (zones) => ['error', { basePath: ROOT, zones }];

// ---------------------------------------------------------------- modules, by name
// The IPC modules are reachable only from the two files that own the contract's transport,
// services never touch Electron, and shared/ and the renderer use no Node API at all.
const ipcModulesBan = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Renderer and main talk only through the contract: electron/main/ipc.ts and electron/preload/index.ts.',
};
// Every built-in by its bare name (builtinModules), and anything with the node: scheme.
const noNodeBuiltins = builtinModules.map((name) => ({ name, message: 'No Node APIs here.' }));
const noNodeScheme = { regex: '^node:', message: 'No Node APIs here.' };

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
        { paths: [{ name: 'electron', message: 'shared/ is pure.' }, ...noNodeBuiltins], patterns: [noNodeScheme] },
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
        { paths: [{ name: 'electron', message: 'The renderer only knows window.api.' }, ...noNodeBuiltins], patterns: [noNodeScheme] },
      ],
    },
  },
  {
    files: LAYERED,
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json'] })],
    },
    rules: { 'import-x/no-restricted-paths': restrictedPaths(layerZones) },
  },
  {
    files: LAYERED,
    ignores: NOT_PRODUCTION,
    rules: { 'import-x/no-restricted-paths': restrictedPaths([...layerZones, ...productionZones]) },
  },
  {
    files: ['electron/harness/bridge.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
