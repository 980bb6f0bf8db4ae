import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import type { ShellParts } from '../compose-services';
import { nodeJobLauncher } from '../../services/jobs/node-job-launcher';
import { memoryVault } from '../../services/keys/memory-vault';
import { MpSession } from '../../services/links/mp-session';
import { silentLogger } from '../../services/logging/logger';
import { recordingNotifier } from '../../services/notify/desktop-notifier';
import type { StoreBackend } from '../../services/settings/store-backend';

export function memoryStore<T extends Record<string, unknown>>(): StoreBackend<T> {
  const data: Partial<T> = {};
  return { get: (key) => data[key], set: (key, value) => void (data[key] = value) };
}

/** The shell parts of the app with everything in memory, the real job worker and spies for the outside world. */
export function memoryShell(overrides: Partial<ShellParts> = {}): ShellParts {
  return {
    appInfo: { version: 'test', shell: 'harness', platform: process.platform, notices: [] },
    stores: { settings: memoryStore(), keys: memoryStore(), whitelist: memoryStore(), history: memoryStore(), trial: memoryStore(), wizard: memoryStore(), notes: memoryStore(), firstRelease: memoryStore(), reviewAccounts: memoryStore(), readiness: memoryStore(), review: memoryStore(), notify: memoryStore(), fleet: memoryStore(), batch: memoryStore() },
    vault: memoryVault(),
    launcher: nodeJobLauncher(path.resolve('dist/jobs/job-worker.cjs')),
    logger: silentLogger,
    // Nothing is logged in memory; a folder with no logs in it, for the diagnostics export.
    logDir: path.join(os.tmpdir(), 'mp-desk-memory-shell-no-logs'),
    pickFolder: vi.fn(async () => null),
    pickKeyFile: vi.fn(async () => null),
    pickSavePath: vi.fn(async () => null),
    openExternal: vi.fn(async () => undefined),
    mpSession: new MpSession(),
    openMpPage: vi.fn(async () => undefined),
    desktopNotifier: recordingNotifier(),
    ...overrides,
  };
}
