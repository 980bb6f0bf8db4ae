import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';

/**
 * Drops a folder (or a file) on the drop zone the way a Linux file manager does: a text/uri-list of its
 * file:// URL. (A browser page cannot learn a real File's path; Electron's preload can.)
 */
export async function dropFolder(page: Page, folder: string, zoneTestId = 'dropzone'): Promise<void> {
  const uri = pathToFileURL(folder).href;
  const dataTransfer = await page.evaluateHandle((value) => {
    const transfer = new DataTransfer();
    transfer.setData('text/uri-list', `${value}\r\n`);
    return transfer;
  }, uri);
  const zone = page.getByTestId(zoneTestId);
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}
