import crypto from 'node:crypto';
import type { ReleaseRecord } from '../../../shared/history';
import type { JobOutcome, JobResults } from '../../../shared/jobs';
import type { Problem, ProjectSummary } from '../../../shared/model';
import { DEFAULT_ROBOT } from '../../../shared/release-rules';
import type { JobSink, ReleaseService } from '../release/release-service';

/** The values a problem's words name (the IP WeChat refused, say), so the history can say them again. */
const paramsOf = (problem: Problem) => (problem.params ? { params: problem.params } : {});

export interface RecordReleasesDeps {
  record(entry: ReleaseRecord): void;
  /** The robot recorded as the 体验版's for the appid, or null. */
  trialRobot(appid: string): number | null;
  operator(): string;
  now?: () => Date;
}

/**
 * The release service, with every upload and preview that started written to the history, refusals
 * before a job excepted: they never reached WeChat. The record is written before the outcome is
 * returned, so whatever the operator saw is already on disk.
 */
export function recordReleases(release: ReleaseService, deps: RecordReleasesDeps): ReleaseService {
  const now = deps.now ?? (() => new Date());

  async function recorded<K extends 'upload' | 'preview'>(
    kind: K,
    typed: { version: string | null; desc: string | null; robot: number | undefined; extAppid?: string },
    sink: JobSink,
    start: (sink: JobSink) => Promise<JobOutcome<K>>,
  ): Promise<JobOutcome<K>> {
    const id = sink.jobId ?? crypto.randomUUID();
    let summary: ProjectSummary | null = null;
    let started: Date | null = null;
    const outcome = await start({
      ...sink,
      jobId: id,
      onCheck: (check) => {
        summary = check.summary;
        sink.onCheck?.(check);
      },
      onStarted: () => {
        started = now();
        sink.onStarted?.();
      },
    });
    const decided = summary as ProjectSummary | null;
    const startedAt = started as Date | null;
    if (decided && startedAt) {
      const robot = typed.robot ?? DEFAULT_ROBOT;
      deps.record({
        id,
        appid: decided.appid,
        projectRoot: decided.projectRoot,
        kind,
        version: typed.version,
        desc: typed.desc,
        robot,
        ...(typed.extAppid ? { extAppid: typed.extAppid } : {}),
        operator: deps.operator(),
        startedAt: startedAt.toISOString(),
        durationMs: now().getTime() - startedAt.getTime(),
        outcome: outcome.ok ? { ok: true, sizes: (outcome.value as JobResults['upload' | 'preview']).sizes } : { ok: false, code: outcome.problem.code, ...paramsOf(outcome.problem) },
        // A merchant's upload (extAppid) goes to the merchant's versions, not the development appid's 体验版.
        trialVersion: kind === 'upload' && outcome.ok && !typed.extAppid && deps.trialRobot(decided.appid) === robot,
      });
    }
    return outcome;
  }

  return {
    ...release,
    upload: (request, sink = {}) =>
      recorded('upload', { version: request.version.trim(), desc: request.desc?.trim() || null, robot: request.robot, extAppid: request.ext?.extAppid }, sink, (s) => release.upload(request, s)),
    preview: (request, sink = {}) => recorded('preview', { version: null, desc: null, robot: request.robot }, sink, (s) => release.preview(request, s)),
  };
}
