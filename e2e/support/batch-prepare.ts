import type { Page } from '@playwright/test';
import type { TestKey } from './test-key';

/**
 * What an operator did before a batch, once per project in the wizard: opened it and imported its key
 * (for this session only where the harness's vault cannot persist); optionally an app-wide robot. Reloads.
 */
export async function prepareBatchProjects(page: Page, setup: { proxy: string; projects: string[]; keys: TestKey[]; appids: readonly string[]; robotUrl?: string }) {
  await page.evaluate(
    async ({ proxy, projects, keyFiles, appids, robotUrl }) => {
      await window.api.settings.update({ proxy });
      for (const [i, project] of projects.entries()) {
        await window.api.project.open({ path: project });
        const appid = appids[i]!;
        const file = keyFiles[i]!;
        const saved = await window.api.keys.import({ path: file, appid });
        if (!saved.ok) await window.api.keys.import({ path: file, appid, sessionOnly: true });
      }
      if (robotUrl) await window.api.notify.addRobot({ kind: 'dingtalk', url: robotUrl, appid: null });
    },
    { proxy: setup.proxy, projects: setup.projects, keyFiles: setup.keys.map((key) => key.file), appids: [...setup.appids], robotUrl: setup.robotUrl },
  );
  await page.reload();
}
