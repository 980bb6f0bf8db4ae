import type { Page } from '@playwright/test';
import type { AppApi } from '../../shared/api';
import type { JobOutcome } from '../../shared/jobs';

declare global {
  interface Window {
    api: AppApi;
  }
}

/**
 * Starts an upload through window.api, as the upload step will, and waits for its outcome event.
 * (The version/upload step itself is a later issue; the contract is already here.)
 */
export async function uploadFromPage(page: Page, projectRoot: string, version = '1.0.0'): Promise<JobOutcome | { refused: unknown }> {
  return page.evaluate(
    ({ root, v }) =>
      new Promise<JobOutcome | { refused: unknown }>((resolve) => {
        let jobId = '';
        const off = window.api.on('job:finished', (event) => {
          if (event.jobId !== jobId) return;
          off();
          resolve(event.outcome);
        });
        void window.api.release.upload({ projectRoot: root, version: v, desc: 'from the harness' }).then((start) => {
          if (start.ok) jobId = start.jobId;
          else {
            off();
            resolve({ refused: start.problem });
          }
        });
      }),
    { root: projectRoot, v: version },
  );
}
