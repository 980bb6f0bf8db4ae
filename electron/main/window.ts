import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

// Every window the app opens is made in this file, from the options functions below; a test
// (electron/test-setup/browser-window-creation.test.ts) fails on a BrowserWindow made anywhere else.

/** Electron's security checklist, for every window the app opens. */
const LOCKED_DOWN: BrowserWindowConstructorOptions['webPreferences'] = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
};

/** The one place the main window's options are made; unit-tested against Electron's security checklist. */
export function mainWindowOptions(preloadPath: string, title: string): BrowserWindowConstructorOptions {
  return {
    width: 1100,
    height: 760,
    minWidth: 820,
    minHeight: 560,
    title,
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: { ...LOCKED_DOWN, preload: preloadPath, spellcheck: false },
  };
}

/** The partition keeps the admin-site login across restarts and apart from the app's own page. */
export const MP_PARTITION = 'persist:mp-weixin';

/** The in-app mp.weixin.qq.com window: a plain sandboxed browser window, no preload, no Node. */
export function mpAdminWindowOptions(title: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    title,
    autoHideMenuBar: true,
    webPreferences: { ...LOCKED_DOWN, partition: MP_PARTITION },
  };
}

/** The app's main window, from mainWindowOptions. */
export function newMainWindow(preloadPath: string, title: string): BrowserWindow {
  return new BrowserWindow(mainWindowOptions(preloadPath, title));
}

/** The in-app admin-site window, from mpAdminWindowOptions. */
export function newMpAdminWindow(title: string): BrowserWindow {
  return new BrowserWindow(mpAdminWindowOptions(title));
}
