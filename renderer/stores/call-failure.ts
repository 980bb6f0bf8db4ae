import type { Problem } from '../../shared/model';

/** A call to window.api that rejected (a bug, a dropped harness socket): shown like any other problem. */
export function failedCall(error: unknown): Problem {
  return { code: 'app.call-failed', severity: 'error', detail: error instanceof Error ? error.message : String(error) };
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** Runs one call; a rejection becomes the app.call-failed problem instead of an unhandled error. */
export async function attempt<T>(call: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, problem: failedCall(error) };
  }
}

/** A name for a job the renderer is about to start, so its progress and its cancel can refer to it at once. */
export function newJobId(): string {
  return crypto.randomUUID();
}
