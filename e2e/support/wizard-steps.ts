import { expect, type Page } from '@playwright/test';
import { dropFolder } from './drop-folder';

/** Opens the harness with uploads going through `proxy`, drops the project and moves on to the key step. */
export async function openProjectAtKeyStep(page: Page, harnessUrl: string, proxy: string, project: string): Promise<void> {
  await page.goto(harnessUrl);
  await page.evaluate((value) => window.api.settings.update({ proxy: value }), proxy);
  await dropFolder(page, project);
  await page.getByTestId('next-key').click();
  await expect(page.getByTestId('step-key')).toBeVisible();
}

/** The above, then imports the key file through the drop zone, as an operator would. */
export async function openProjectWithKey(page: Page, harnessUrl: string, proxy: string, project: string, keyFile: string): Promise<void> {
  await openProjectAtKeyStep(page, harnessUrl, proxy, project);
  await dropFolder(page, keyFile, 'key-dropzone');
  await expect(page.getByTestId('current-key')).toBeVisible();
}
