import type { Page } from '@playwright/test';
import type { AppApi } from '../../shared/api';
import type { JobOutcome } from '../../shared/jobs';

declare global {
  interface Window {
    api: AppApi;
  }
}

/** Uploads through window.api, as the wizard does: the call resolves with the job's outcome. */
export async function uploadFromPage(page: Page, projectRoot: string, version = '1.0.0'): Promise<JobOutcome<'upload'>> {
  return page.evaluate(
    ({ root, v }) => window.api.release.upload({ jobId: crypto.randomUUID(), projectRoot: root, version: v, desc: 'from the harness' }),
    { root: projectRoot, v: version },
  );
}
