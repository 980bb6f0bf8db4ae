import type { JobStart } from '../shared/api';
import type { JobOutcome } from '../shared/jobs';
import type { Problem } from '../shared/model';
import { api } from './api';

export type JobEnd = { ok: true; outcome: JobOutcome } | { ok: false; problem: Problem };

/**
 * Starts a job and resolves with its outcome. Listens before starting and keeps outcomes that
 * arrive before the job id is known, so a job that ends at once is never missed.
 */
export function runJob(start: () => Promise<JobStart>): Promise<JobEnd> {
  return new Promise((resolve) => {
    let jobId: string | null = null;
    const early = new Map<string, JobOutcome>();
    const finish = (end: JobEnd) => {
      off();
      resolve(end);
    };
    const off = api().on('job:finished', (event) => {
      if (jobId === null) early.set(event.jobId, event.outcome);
      else if (event.jobId === jobId) finish({ ok: true, outcome: event.outcome });
    });
    start().then(
      (started) => {
        if (!started.ok) return finish({ ok: false, problem: started.problem });
        jobId = started.jobId;
        const outcome = early.get(jobId);
        if (outcome) finish({ ok: true, outcome });
      },
      (error: unknown) =>
        finish({ ok: false, problem: { code: 'app.call-failed', severity: 'error', detail: error instanceof Error ? error.message : String(error) } }),
    );
  });
}
