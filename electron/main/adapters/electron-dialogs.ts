import { dialog, type BrowserWindow } from 'electron';
import type { Translate } from '../../../shared/i18n';

export async function pickFolder(parent: BrowserWindow | null, t: Translate): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: t('dialog.pickFolder'),
    properties: ['openDirectory'],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function pickKeyFile(parent: BrowserWindow | null, t: Translate): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: t('dialog.pickKeyFile'),
    properties: ['openFile'],
    filters: [
      { name: t('dialog.keyFiles'), extensions: ['key', 'pem'] },
      { name: t('dialog.allFiles'), extensions: ['*'] },
    ],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
