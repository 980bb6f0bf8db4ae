import crypto from 'node:crypto';
import type { JobKind, JobOutcome } from '../../../shared/jobs';
import type { ProjectCheck, WhitelistTicks } from '../../../shared/model';
import type { PrecheckResult, PrivacyScan } from '../../../shared/precheck';
import { precheckBlockers } from '../../../shared/precheck';
import type { Logger } from '../logging/logger';
import type { JobSink, ReleaseService } from '../release/release-service';
import { precheckVerdict } from './precheck-findings';
import { readPrivateInfoDeclarations } from './private-info-declarations';
import { scanPrivacy } from './scan-privacy';

// The pre-upload check as one job for the caller: one job id, progress events for it, one result.
//
// What runs where:
// - In this process, no job: the project's verdict (checkProject: the project read and its domain
//   scan), the privacy scan and the whitelist tick-offs. Offline, milliseconds to a second.
// - Two job processes, one after the other: the offline checks (compile, sizes, code quality: no
//   key, no network), then the connection check (the one request to WeChat). The runner runs one
//   job per appid at a time, which is what keeps an upload from starting while another job of the
//   same app builds miniprogram_npm in the same folder; the check keeps that rule rather than
//   weaken it for itself. Both jobs together cost one job start more than one would (~0.3 s); the
//   in-process parts run meanwhile. The offline job goes first: its result does not depend on the
//   network, and a connection check that hangs (no answer: up to its 60 s deadline) then holds up
//   nothing but itself.

export interface PrecheckServiceDeps {
  checkProject(droppedPath: string): Promise<ProjectCheck>;
  release: Pick<ReleaseService, 'offlineChecks' | 'checkConnection' | 'cancel'>;
  ticks(appid: string): WhitelistTicks;
  logger: Logger;
}

export interface PrecheckRequest {
  projectRoot: string;
  version: string;
}

interface Running {
  cancelled: boolean;
  /** The job of the check running now, so a cancel reaches it. */
  inner: string | null;
}

export function createPrecheckService(deps: PrecheckServiceDeps) {
  const running = new Map<string, Running>();

  /** The local parts: verdict, then the privacy scan and the declarations it is judged against. */
  async function localParts(projectRoot: string): Promise<{ check: ProjectCheck; privacy: PrivacyScan | null; thirdParty: boolean }> {
    const check = await deps.checkProject(projectRoot);
    if (!check.summary) return { check, privacy: null, thirdParty: false };
    const roots = { projectRoot: check.summary.projectRoot, miniprogramRoot: check.summary.miniprogramRoot };
    const declarations = await readPrivateInfoDeclarations(roots.projectRoot, roots.miniprogramRoot);
    return { check, privacy: await scanPrivacy(roots, declarations), thirdParty: declarations.thirdParty };
  }

  return {
    async run(request: PrecheckRequest, sink: JobSink = {}): Promise<PrecheckResult> {
      const jobId = sink.jobId ?? crypto.randomUUID();
      if (running.has(jobId)) throw new Error(`Job id ${jobId} is already in use`);
      const entry: Running = { cancelled: false, inner: null };
      running.set(jobId, entry);
      const started = performance.now();
      deps.logger.info(`precheck ${jobId} ${request.projectRoot} started`);
      // The jobs report under the caller's id: the caller knows one job, the whole check.
      const job = async <K extends JobKind>(kind: K, start: (inner: JobSink) => Promise<JobOutcome<K>>): Promise<JobOutcome<K>> => {
        if (entry.cancelled) return { ok: false, kind, problem: { code: 'ci.cancelled', severity: 'error' } };
        const inner = crypto.randomUUID();
        entry.inner = inner;
        try {
          return await start({ jobId: inner, onProgress: (progress) => sink.onProgress?.({ ...progress, jobId }) });
        } finally {
          entry.inner = null;
        }
      };
      try {
        const target = { projectRoot: request.projectRoot };
        const [local, jobs] = await Promise.all([
          localParts(request.projectRoot),
          (async () => {
            const offline = await job('offline-checks', (inner) => deps.release.offlineChecks(target, inner));
            const connection = await job('connection-check', (inner) => deps.release.checkConnection(target, inner));
            return { offline, connection };
          })(),
        ]);
        const { check, privacy, thirdParty } = local;
        const appid = check.summary?.appid ?? null;
        // Without a project the jobs only repeat why it could not be read.
        const verdict = precheckVerdict({
          check,
          version: request.version,
          connection: appid ? jobs.connection : null,
          offline: appid ? jobs.offline : null,
          privacy,
          thirdParty,
          ticks: appid ? deps.ticks(appid) : null,
        });
        const result: PrecheckResult = {
          projectRoot: check.summary?.projectRoot ?? request.projectRoot,
          appid,
          version: request.version,
          ...verdict,
          privacy,
          checkedAt: new Date().toISOString(),
          durationMs: Math.round(performance.now() - started),
        };
        const blockers = precheckBlockers(result).length;
        deps.logger.info(`precheck ${jobId} done: ${blockers} blocking, ${result.findings.length - blockers} warnings, ${result.durationMs} ms`);
        return result;
      } finally {
        running.delete(jobId);
      }
    },

    /** Stops a running check: the job it is in is cancelled and no later job starts. False when no such check runs. */
    cancel(jobId: string): boolean {
      const entry = running.get(jobId);
      if (!entry) return false;
      entry.cancelled = true;
      if (entry.inner) deps.release.cancel(entry.inner);
      return true;
    },
  };
}

export type PrecheckService = ReturnType<typeof createPrecheckService>;
