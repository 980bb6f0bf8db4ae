import path from 'node:path';
import type { JobOutcome } from '../../../shared/jobs';
import type { ProjectSummary } from '../../../shared/model';
import type { NotifyMessage } from '../../../shared/notify';
import { base64OfDataUrl } from '../../../shared/qr-image';
import { DEFAULT_ROBOT } from '../../../shared/release-rules';
import { makeTrialQr } from '../history/trial-qr';
import type { Logger } from '../logging/logger';
import type { JobSink, ReleaseService } from '../release/release-service';

export interface NotifyReleasesDeps {
  notify(message: NotifyMessage, options?: { desktop?: boolean }): Promise<void>;
  operator(): string;
  /** The robot recorded as the 体验版's for the appid: an upload by it carries the 体验版 QR and link. */
  trialRobot(appid: string): number | null;
  logger: Logger;
}

/**
 * The release service, with a notification when an upload, a preview or a connection check that started
 * ends (a refusal before any job is on the operator's screen already). The job's outcome is returned
 * at once; the notification goes out behind it and can never change or delay it.
 */
export function notifyReleases(release: ReleaseService, deps: NotifyReleasesDeps): ReleaseService {
  async function notified<K extends 'upload' | 'preview' | 'connection-check'>(
    kind: NotifyMessage['kind'],
    request: { projectRoot: string; version?: string; desc?: string; robot?: number; ext?: { extAppid: string } },
    sink: JobSink,
    start: (sink: JobSink) => Promise<JobOutcome<K>>,
  ): Promise<JobOutcome<K>> {
    let summary: ProjectSummary | null = null;
    let started = false;
    const outcome = await start({
      ...sink,
      onCheck: (check) => {
        summary = check.summary;
        sink.onCheck?.(check);
      },
      onStarted: () => {
        started = true;
        sink.onStarted?.();
      },
    });
    if (started) {
      const decided = summary as ProjectSummary | null;
      void describe(kind, request, decided, outcome)
        .then((message) => deps.notify(message, { desktop: !sink.quietDesktop }))
        .catch((error: unknown) => deps.logger.warn(`notification failed: ${error instanceof Error ? error.message : String(error)}`));
    }
    return outcome;
  }

  async function describe<K extends 'upload' | 'preview' | 'connection-check'>(
    kind: NotifyMessage['kind'],
    request: { projectRoot: string; version?: string; desc?: string; robot?: number; ext?: { extAppid: string } },
    summary: ProjectSummary | null,
    outcome: JobOutcome<K>,
  ): Promise<NotifyMessage> {
    const value = outcome.ok ? (outcome.value as { appid?: string; qrDataUrl?: string }) : null;
    const appid = summary?.appid ?? value?.appid ?? null;
    const message: NotifyMessage = {
      kind,
      projectName: summary?.projectName || path.basename(request.projectRoot),
      appid,
      ...(request.ext ? { extAppid: request.ext.extAppid } : {}),
      version: request.version?.trim() || null,
      notes: request.desc?.trim() || null,
      operator: deps.operator(),
      result: outcome.ok ? { ok: true } : { ok: false, problem: outcome.problem },
    };
    const previewQr = value?.qrDataUrl ? base64OfDataUrl(value.qrDataUrl) : null;
    if (previewQr) return { ...message, qrBase64: previewQr };
    // The 体验版 QR is the development appid's: a merchant's upload (extAppid) gets none.
    if (kind === 'upload' && outcome.ok && appid && !request.ext && deps.trialRobot(appid) === (request.robot ?? DEFAULT_ROBOT)) {
      const trial = await makeTrialQr(appid);
      return { ...message, link: trial.link, qrBase64: base64OfDataUrl(trial.image) ?? undefined };
    }
    return message;
  }

  return {
    ...release,
    upload: (request, sink = {}) => notified('upload', request, sink, (s) => release.upload(request, s)),
    preview: (request, sink = {}) => notified('preview', request, sink, (s) => release.preview(request, s)),
    checkConnection: (request, sink = {}) => notified('check', request, sink, (s) => release.checkConnection(request, s)),
  };
}
