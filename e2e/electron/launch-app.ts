import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, test, type ElectronApplication, type Page } from '@playwright/test';
import { installedElectron } from './electron-binary';

// The real app, for the specs in this folder. They run where the Electron binary is installed
// (`npm run test:electron` on a developer machine); elsewhere every test skips.
const binary = installedElectron();

// Printed once per run: Playwright lists the tests of every spec file in its one runner process,
// where this module is loaded once; no worker starts when every test is skipped. Workers (they
// have TEST_WORKER_INDEX) stay quiet in case one ever loads this file.
if (!binary && process.env.TEST_WORKER_INDEX === undefined) {
  console.log('[electron suite] skipped: the Electron binary is not installed here (see README, "Running the real Electron suite").');
}

/** Skips every test of the calling spec file where the Electron binary is missing. */
export function skipWithoutElectron(): void {
  test.skip(!binary, 'the Electron binary is not installed on this machine');
}

export interface LaunchedApp {
  app: ElectronApplication;
  /** The main window, once its first page has loaded. */
  page: Page;
  /** The app's own user-data folder (MP_DESK_USER_DATA), fresh for this launch. */
  userData: string;
  /** Quits the app (its jobs are cancelled on before-quit) and removes the user-data folder. */
  close(): Promise<void>;
}

/** Launches `dist/main/index.mjs` (package.json "main") in Electron with a fresh user-data folder. */
export async function launchApp(extraEnv: NodeJS.ProcessEnv = {}): Promise<LaunchedApp> {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-desk-electron-'));
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, MP_DESK_USER_DATA: userData };
  // Set by some editors' terminals; it would start Electron as plain Node, without a window.
  delete env.ELECTRON_RUN_AS_NODE;
  // Chromium refuses to start as root with its sandbox on (CI containers); a developer's own
  // account keeps it. The window's own isolation (contextIsolation, sandboxed renderer) is unchanged.
  const args = process.getuid?.() === 0 ? ['--no-sandbox', '.'] : ['.'];
  const app = await electron.launch({ executablePath: binary!, args, env: env as Record<string, string> });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return {
    app,
    page,
    userData,
    async close() {
      await app.close();
      fs.rmSync(userData, { recursive: true, force: true });
    },
  };
}
