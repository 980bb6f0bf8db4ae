import { expect, type Page } from '@playwright/test';
import type { AppApi } from '../../shared/api';

/**
 * Drops a file on a drop zone the way Electron delivers an operator's drop: a DataTransfer holding a
 * File backed by the file on disk, with no text/uri-list, so the drop zone can only learn the path
 * through the preload (`window.api.pathForFile`, webUtils.getPathForFile).
 *
 * Script cannot make a disk-backed File, but a file input can: Playwright fills one with the local
 * path (CDP DOM.setFileInputFiles), the same kind of File a real drop produces. Only files work
 * this way (a folder input yields the files inside it), so a project is dropped as its
 * project.config.json, which the project step accepts as a person may drop it.
 */
export async function dropRealFile(page: Page, file: string, zoneTestId: string): Promise<void> {
  const input = await page.evaluateHandle(() => {
    const element = document.createElement('input');
    element.type = 'file';
    element.style.display = 'none';
    document.body.append(element);
    return element;
  });
  await input.asElement()!.setInputFiles(file);
  // The preload must name the very path: this is the part of a drop the browser harness cannot test.
  const seen = await input.evaluate((element) => (window as unknown as { api: AppApi }).api.pathForFile((element as HTMLInputElement).files![0]));
  expect(seen).toBe(file);
  const dataTransfer = await input.evaluateHandle((element) => {
    const transfer = new DataTransfer();
    transfer.items.add((element as HTMLInputElement).files![0]!);
    (element as HTMLInputElement).remove();
    return transfer;
  });
  const zone = page.getByTestId(zoneTestId);
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}
