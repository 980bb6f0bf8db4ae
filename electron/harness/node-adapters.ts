import path from 'node:path';
import { composeServices, type ComposedServices } from '../api/compose-services';
import { nodeJobLauncher } from '../services/jobs/node-job-launcher';
import type { KeysFile } from '../services/keys/key-vault';
import { developmentVault } from '../services/keys/memory-vault';
import { fileLogger } from '../services/logging/logger';
import { MpSession } from '../services/links/mp-session';
import { openConfStore } from '../services/settings/conf-store';
import { quarantineNotice } from '../services/settings/store-backend';
import type { SettingsFile } from '../services/settings/settings-repository';
import type { WhitelistFile } from '../services/whitelist/whitelist-ticks';

export interface HarnessServices extends ComposedServices {
  /** URLs the app asked the system browser or the admin window to open; the harness records them instead. */
  openedUrls: string[];
  /** Stands in for the in-app admin window: a test reports the URLs that window would land on. */
  mpSession: MpSession;
}

export interface HarnessServiceOptions {
  dataDir: string;
  version: string;
  workerFile: string;
  pickFolderPath?: string;
  pickKeyFilePath?: string;
  /** Also print each log line (the `npm run web` console). */
  echoLog?: (line: string) => void;
}

/**
 * The same services as the Electron app, wired with plain-Node parts: conf stores and the
 * development vault in `dataDir`, job processes by child_process.fork, no native dialogs, and a
 * recorded (not launched) system browser.
 */
export function createHarnessServices(options: HarnessServiceOptions): HarnessServices {
  const openedUrls: string[] = [];
  const mpSession = new MpSession();
  const stores = {
    settings: openConfStore<SettingsFile>(options.dataDir, 'settings'),
    keys: openConfStore<KeysFile>(options.dataDir, 'keys'),
    whitelist: openConfStore<WhitelistFile>(options.dataDir, 'whitelist'),
  };
  const notices = Object.values(stores).flatMap((opened) => quarantineNotice(opened) ?? []);
  const composed = composeServices({
    appInfo: { version: options.version, shell: 'harness', platform: process.platform, notices },
    settingsStore: stores.settings.store,
    keysStore: stores.keys.store,
    whitelistStore: stores.whitelist.store,
    vault: developmentVault(path.join(options.dataDir, 'vault')),
    launcher: nodeJobLauncher(options.workerFile),
    logger: fileLogger(path.join(options.dataDir, 'logs'), options.echoLog),
    // There are no native dialogs in a browser tab; development can preset their answers.
    pickFolder: async () => options.pickFolderPath ?? null,
    pickKeyFile: async () => options.pickKeyFilePath ?? null,
    openExternal: async (url) => {
      openedUrls.push(url);
    },
    mpSession,
    openMpPage: async (url) => {
      openedUrls.push(url);
    },
  });
  return { ...composed, openedUrls, mpSession };
}
