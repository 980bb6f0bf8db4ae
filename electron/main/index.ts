import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, net, protocol, shell } from 'electron';
import { translator, type Translate } from '../../shared/i18n';
import { openStores } from '../api/app-stores';
import { composeServices, type ComposedServices } from '../api/compose-services';
import { pickFolder, pickKeyFile, pickSavePath } from './adapters/electron-dialogs';
import { openElectronStore } from './adapters/electron-store-backend';
import { electronNotifier } from './adapters/electron-notifier';
import { safeStorageVault } from './adapters/safe-storage-vault';
import { utilityJobLauncher } from './adapters/utility-job-launcher';
import { APP_SCHEME, APP_START_URL } from './app-origin';
import { serveAppRequest } from './app-protocol';
import { fileLogger } from '../services/logging/logger';
import { MpSession } from '../services/links/mp-session';
import { registerIpc } from './ipc';
import { createMpAdminWindow } from './mp-admin-window';
import { guardNavigation } from './navigation-guards';
import { lockDownSessions } from './session-permissions';
import { newMainWindow } from './window';

// A fixed name keeps the user-data folder and the keychain entries the same in development
// and in packaged builds.
app.setName('mp-release-desk');
if (process.env.MP_DESK_USER_DATA) app.setPath('userData', process.env.MP_DESK_USER_DATA);

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, '..', 'preload', 'index.cjs');
const workerFile = path.join(here, '..', 'jobs', 'job-worker.cjs');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;
let services: ComposedServices | null = null;

/** The main process's own words (dialogs, window titles) in the operator's language. */
const t = (): Translate => translator(services?.lang() ?? 'zh-CN');

async function openExternal(url: string): Promise<void> {
  await shell.openExternal(url);
}

function startServices(): ComposedServices {
  const mpSession = new MpSession();
  const mpWindow = createMpAdminWindow(mpSession, openExternal, () => t()('window.mpAdmin'));
  const { stores, notices } = openStores((name) => openElectronStore(name));
  const composed = composeServices({
    appInfo: { version: app.getVersion(), shell: 'electron', platform: process.platform, notices },
    stores,
    // safeStorage is usable only after 'ready', which is when this runs.
    vault: safeStorageVault(),
    launcher: utilityJobLauncher(workerFile),
    warmJobs: true,
    logger: fileLogger(app.getPath('logs')),
    logDir: app.getPath('logs'),
    pickFolder: () => pickFolder(mainWindow, t()),
    pickKeyFile: () => pickKeyFile(mainWindow, t()),
    pickSavePath: (request) => pickSavePath(mainWindow, t(), request),
    openExternal,
    mpSession,
    openMpPage: (url, where) => (where === 'app' ? mpWindow.open(url) : openExternal(url)),
    desktopNotifier: electronNotifier(),
  });
  registerIpc(composed.serve, composed.events, () => mainWindow);
  return composed;
}

function createMainWindow(): void {
  mainWindow = newMainWindow(preloadPath, t()('app.title'));
  guardNavigation(mainWindow.webContents, openExternal);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(APP_START_URL);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  // Jobs (and the idle warm job process) are stopped before quitting, so no job process outlives the app.
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting || !services) return;
    event.preventDefault();
    quitting = true;
    void services.runner.dispose().finally(() => app.quit());
  });
  void app.whenReady().then(() => {
    // Before any page loads: no session grants a permission the policy does not list.
    lockDownSessions();
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request.url, (fileUrl) => net.fetch(fileUrl)));
    services = startServices();
    createMainWindow();
  });
}
