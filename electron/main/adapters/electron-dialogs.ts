import { dialog, type BrowserWindow } from 'electron';
import type { Translate } from '../../../shared/i18n';
import type { SaveRequest } from '../../services/files/file-saver';

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

/** Where to save a file the app made (a QR image, the history as CSV), proposing its name. */
export async function pickSavePath(parent: BrowserWindow | null, t: Translate, request: SaveRequest): Promise<string | null> {
  const filter =
    request.kind === 'csv'
      ? { name: t('dialog.csvFiles'), extensions: ['csv'] }
      : request.kind === 'zip'
        ? { name: t('dialog.zipFiles'), extensions: ['zip'] }
        : { name: t('dialog.images'), extensions: [request.suggestedName.split('.').pop() ?? 'png'] };
  const titles = { csv: 'dialog.saveCsv', zip: 'dialog.saveDiagnostics', image: 'dialog.saveQr' } as const;
  const options: Electron.SaveDialogOptions = {
    title: t(titles[request.kind]),
    defaultPath: request.suggestedName,
    filters: [filter],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
