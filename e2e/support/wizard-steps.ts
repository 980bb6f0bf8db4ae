import { expect, type Page } from '@playwright/test';
import type { FakeWechat } from '../fake-wechat/fake-wechat-server';
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

export interface WizardUpload {
  harnessUrl: string;
  fake: FakeWechat;
  project: string;
  keyFile: string;
  appid: string;
  /** Typed in 版本与说明; the suggested version (1.0.0 for a project never uploaded) is kept. */
  notes?: string;
  /** Goes through 白名单 and its connection check instead of skipping to 版本与说明. */
  checkConnection?: boolean;
}

/**
 * From the open harness page (settings pointed at the fake WeChat) through project, key, version,
 * the pre-upload check and the upload, as an operator goes; ends on 预览 / 体验版.
 */
export async function uploadThroughWizard(page: Page, options: WizardUpload): Promise<void> {
  const { fake } = options;
  await page.evaluate((settings) => window.api.settings.update(settings), { proxy: fake.proxyUrl, ipEchoServices: [fake.echoUrl()] });
  await dropFolder(page, options.project);
  await expect(page.getByTestId('project-verdict')).toHaveAttribute('data-ok', 'true');
  await page.getByTestId('next-key').click();
  await dropFolder(page, options.keyFile, 'key-dropzone');
  await expect(page.getByTestId('current-key')).toContainText(options.appid);
  if (options.checkConnection) {
    await page.getByTestId('next-whitelist').click();
    await page.getByTestId('check-connection').click();
    await expect(page.getByTestId('check-ok')).toBeVisible();
    await page.getByTestId('next-version').click();
  } else {
    await page.getByTestId('nav-version').click();
  }
  await expect(page.getByTestId('version-input')).toHaveValue('1.0.0');
  if (options.notes !== undefined) await page.getByTestId('notes-input').fill(options.notes);
  await page.getByTestId('next-precheck').click();
  await expect(page.getByTestId('precheck-verdict')).toHaveAttribute('data-ok', 'true', { timeout: 120_000 });
  await page.getByTestId('next-upload').click();
  await page.getByTestId('upload-start').click();
  await expect(page.getByTestId('upload-result')).toBeVisible({ timeout: 120_000 });
  expect(fake.uploads.at(-1)).toMatchObject({ kind: 'upload', appid: options.appid, version: '1.0.0', signatureVerified: true });
  await page.getByTestId('next-preview').click();
  await expect(page.getByTestId('step-preview')).toBeVisible();
}
