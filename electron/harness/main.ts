import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createHarnessServices } from './node-adapters';
import { startHarness } from './server';

// `npm run web`: the app in a browser tab, for development and the Playwright suite.
// Never packaged: electron-builder only takes dist/main, dist/preload and dist/renderer.
const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5317' },
    'data-dir': { type: 'string', default: path.join(os.homedir(), '.mp-release-desk-harness') },
  },
});

const services = createHarnessServices({
  dataDir: path.resolve(values['data-dir']),
  version: process.env.npm_package_version ?? 'dev',
  workerFile: path.join(here, '..', 'jobs', 'job-worker.cjs'),
  pickFolderPath: process.env.MP_HARNESS_PICK_FOLDER,
  pickKeyFilePath: process.env.MP_HARNESS_PICK_KEY_FILE,
  saveDir: process.env.MP_HARNESS_SAVE_DIR,
  echoLog: (line) => console.log(line),
  warmJobs: true,
  robotBaseUrl: process.env.MP_HARNESS_ROBOT_BASE_URL,
});
console.log('Keys are kept in a development vault (a plain key file in the data folder), not a keychain.');
const harness = await startHarness({
  services,
  rendererDir: path.join(here, '..', 'renderer'),
  bridgeFile: path.join(here, 'bridge.js'),
  port: Number(values.port),
});
console.log(`Harness ready: ${harness.url}`);

const stop = () => {
  void services.runner
    .dispose()
    .then(() => harness.close())
    .then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
