import path from 'node:path';
import { openStores } from '../api/app-stores';
import { composeServices, type ComposedServices } from '../api/compose-services';
import { nodeJobLauncher } from '../services/jobs/node-job-launcher';
import { developmentVault } from '../services/keys/memory-vault';
import { fileLogger } from '../services/logging/logger';
import { MpSession } from '../services/links/mp-session';
import { openConfStore } from '../services/settings/conf-store';
import { recordingNotifier, type DesktopNote } from '../services/notify/desktop-notifier';

export interface HarnessServices extends ComposedServices {
  /** URLs the app asked the system browser or the admin window to open; the harness records them instead. */
  openedUrls: string[];
  /** Stands in for the in-app admin window: a test reports the URLs that window would land on. */
  mpSession: MpSession;
  /** Desktop notifications the app showed; the harness records them instead. */
  desktopNotes: DesktopNote[];
}

export interface HarnessServiceOptions {
  dataDir: string;
  version: string;
  workerFile: string;
  pickFolderPath?: string;
  pickKeyFilePath?: string;
  /** Files the operator saves land here under the name a save dialog would propose; absent: nothing is saved. */
  saveDir?: string;
  /** Keep a job process warmed ahead of need, as the app does (`npm run web`); tests leave it off. */
  warmJobs?: boolean;
  /** Also print each log line (the `npm run web` console). */
  echoLog?: (line: string) => void;
  /** Tests only: robot messages go to the fake webhook server at this base URL instead of the platforms. */
  robotBaseUrl?: string;
}

/**
 * The same services as the Electron app, wired with plain-Node parts: conf stores and the
 * development vault in `dataDir`, job processes by child_process.fork, no native dialogs, and a
 * recorded (not launched) system browser.
 */
export function createHarnessServices(options: HarnessServiceOptions): HarnessServices {
  const openedUrls: string[] = [];
  const mpSession = new MpSession();
  const { stores, notices } = openStores((name) => openConfStore(options.dataDir, name));
  const logDir = path.join(options.dataDir, 'logs');
  const desktop = recordingNotifier();
  const composed = composeServices({
    appInfo: { version: options.version, shell: 'harness', platform: process.platform, notices },
    stores,
    vault: developmentVault(path.join(options.dataDir, 'vault')),
    launcher: nodeJobLauncher(options.workerFile),
    warmJobs: options.warmJobs ?? false,
    logger: fileLogger(logDir, options.echoLog),
    logDir,
    // There are no native dialogs in a browser tab; development can preset their answers.
    pickFolder: async () => options.pickFolderPath ?? null,
    pickKeyFile: async () => options.pickKeyFilePath ?? null,
    pickSavePath: async ({ suggestedName }) => (options.saveDir ? path.join(options.saveDir, suggestedName) : null),
    openExternal: async (url) => {
      openedUrls.push(url);
    },
    mpSession,
    openMpPage: async (url) => {
      openedUrls.push(url);
    },
    desktopNotifier: desktop,
    robotBaseUrl: options.robotBaseUrl,
  });
  return { ...composed, openedUrls, mpSession, desktopNotes: desktop.shown };
}
