import { dialog, type BrowserWindow } from 'electron';

export async function pickFolder(parent: BrowserWindow | null): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: '选择小程序项目文件夹',
    properties: ['openDirectory'],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function pickKeyFile(parent: BrowserWindow | null): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: '选择代码上传密钥文件（private.开头的 .key 文件）',
    properties: ['openFile'],
    filters: [
      { name: '代码上传密钥', extensions: ['key', 'pem'] },
      { name: '所有文件', extensions: ['*'] },
    ],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
