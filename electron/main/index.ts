import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, net, protocol, shell } from 'electron';
import { EventHub } from '../api/event-hub';
import { createApiHandlers } from '../api/handlers';
import { readProject } from '../services/project/read-project';
import { SettingsRepository, type SettingsFile } from '../services/settings/settings-repository';
import { createProjectService } from '../services/workspace/project-service';
import { openElectronStore } from './adapters/electron-store-backend';
import { pickFolder } from './adapters/electron-dialogs';
import { APP_SCHEME, APP_START_URL, resolveAppFile } from './app-origin';
import { registerIpc } from './ipc';
import { guardNavigation } from './navigation-guards';
import { mainWindowOptions } from './window';

// A fixed name keeps the user-data folder (and later the keychain entries) the same in
// development and in packaged builds.
app.setName('mp-release-desk');
if (process.env.MP_DESK_USER_DATA) app.setPath('userData', process.env.MP_DESK_USER_DATA);

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, '..', 'preload', 'index.cjs');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;

async function openExternal(url: string): Promise<void> {
  await shell.openExternal(url);
}

function startServices() {
  const { store } = openElectronStore<SettingsFile>('settings');
  const settings = new SettingsRepository(store);
  const events = new EventHub();
  const handlers = createApiHandlers({
    appInfo: { version: app.getVersion(), shell: 'electron', platform: process.platform },
    projects: createProjectService({ readProject, settings }),
    settings,
    pickFolder: () => pickFolder(mainWindow),
    openExternal,
  });
  registerIpc(handlers, events, () => mainWindow);
}

function createMainWindow(): void {
  mainWindow = new BrowserWindow(mainWindowOptions(preloadPath));
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
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, openExternal));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, (request) => {
      const file = resolveAppFile(rendererDir, request.url);
      return file ? net.fetch(pathToFileURL(file).toString()) : new Response('Not found', { status: 404 });
    });
    startServices();
    createMainWindow();
  });
}
