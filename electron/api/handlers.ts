import type { ContractHandlers } from '../../shared/api';
import type { AppInfo } from '../../shared/model';
import type { PublicIpResult } from '../../shared/network';
import { importKeyFile } from '../services/keys/import-key-file';
import type { Diagnostics } from '../services/diagnostics/diagnostics-service';
import type { FileSaver } from '../services/files/file-saver';
import type { HistoryRepository } from '../services/history/history-repository';
import { makeTrialQr } from '../services/history/trial-qr';
import type { TrialLedger } from '../services/history/trial-ledger';
import type { KeyVault } from '../services/keys/key-vault';
import type { LinkOpener } from '../services/links/link-opener';
import type { GitNotesService } from '../services/notes/git-notes';
import type { NoteTemplates } from '../services/notes/note-templates';
import type { PrecheckService } from '../services/precheck/precheck-service';
import type { ReadinessService } from '../services/readiness/readiness-service';
import type { ReviewService } from '../services/review/review-service';
import type { JobSink, ReleaseService } from '../services/release/release-service';
import type { SettingsRepository } from '../services/settings/settings-repository';
import type { WhitelistTicksRepository } from '../services/whitelist/whitelist-ticks';
import type { WizardDrafts } from '../services/wizard/wizard-drafts';
import type { FirstReleaseLedger } from '../services/submit/first-release-ledger';
import type { ReviewAccounts } from '../services/submit/review-accounts';
import type { ProjectService } from '../services/workspace/project-service';
import type { NotifyService } from '../services/notify/notify-service';
import type { RobotStore } from '../services/notify/robot-store';
import type { FleetService } from '../services/fleet/fleet-service';
import type { BatchService } from '../services/batch/batch-service';

/** The services behind the contract, as the composition root wires them. */
export interface HandlerDeps {
  appInfo: AppInfo;
  projects: ProjectService;
  settings: SettingsRepository;
  keys: KeyVault;
  release: ReleaseService;
  precheck: PrecheckService;
  readiness: ReadinessService;
  links: LinkOpener;
  ticks: WhitelistTicksRepository;
  history: HistoryRepository;
  trial: TrialLedger;
  drafts: WizardDrafts;
  review: ReviewService;
  noteTemplates: NoteTemplates;
  gitNotes: GitNotesService;
  files: FileSaver;
  diagnostics: Diagnostics;
  firstRelease: FirstReleaseLedger;
  reviewAccounts: ReviewAccounts;
  robots: RobotStore;
  notifier: NotifyService;
  fleet: FleetService;
  batch: BatchService;
  publicIp(): Promise<PublicIpResult>;
  pickFolder(): Promise<string | null>;
  pickKeyFile(): Promise<string | null>;
  /** Where a job's progress goes: events to the renderer, tagged with the caller's job id. */
  jobSink(jobId: string): JobSink;
}

/**
 * Every channel of the contract, as its service call. Inputs arrive parsed (serve-contract.ts);
 * Electron's ipc.ts and the harness's WebSocket server both serve exactly these.
 */
export function createHandlers(deps: HandlerDeps): ContractHandlers {
  return {
    app: {
      info: () => deps.appInfo,
    },
    project: {
      open: ({ path }) => deps.projects.open(path),
      pickFolder: () => deps.pickFolder(),
      recent: () => deps.projects.recent(),
      forget: ({ projectRoot }) => deps.projects.forget(projectRoot),
    },
    settings: {
      get: () => deps.settings.get(),
      update: (patch) => deps.settings.update(patch),
    },
    shell: {
      openExternal: ({ url }) => deps.links.openExternal(url),
    },
    keys: {
      list: () => deps.keys.list(),
      pickFile: () => deps.pickKeyFile(),
      import: ({ path, ...options }) => importKeyFile(deps.keys, path, options),
      remove: ({ appid }) => deps.keys.remove(appid),
    },
    release: {
      upload: ({ jobId, ...request }) => deps.release.upload(request, deps.jobSink(jobId)),
      preview: ({ jobId, ...request }) => deps.release.preview(request, deps.jobSink(jobId)),
      checkConnection: ({ jobId, ...request }) => deps.release.checkConnection(request, deps.jobSink(jobId)),
      installNpm: ({ jobId, ...request }) => deps.release.installNpm(request, deps.jobSink(jobId)),
      cancel: ({ jobId }) => ({ cancelled: deps.release.cancel(jobId) || deps.precheck.cancel(jobId) }),
    },
    mp: {
      open: ({ page, where }) => deps.links.openMpPage(page, where),
      status: () => deps.links.mpStatus(),
    },
    network: {
      publicIp: () => deps.publicIp(),
    },
    whitelist: {
      ticks: ({ appid }) => deps.ticks.get(appid),
      tick: ({ appid, type, origin, done }) => deps.ticks.set(appid, type, origin, done),
    },
    precheck: {
      run: ({ jobId, ...request }) => deps.precheck.run(request, deps.jobSink(jobId)),
    },
    readiness: {
      run: ({ projectRoot }) => deps.readiness.run(projectRoot),
      answer: (answers) => deps.readiness.answer(answers),
    },
    history: {
      list: ({ projectRoot }) => deps.history.forProject(projectRoot),
      exportCsv: ({ projectRoot, filter }) => deps.files.saveHistoryCsv(deps.history.forProject(projectRoot), projectRoot, filter, deps.review.lookup()),
    },
    trial: {
      robot: ({ appid }) => deps.trial.robotOf(appid),
      setRobot: ({ appid, robot }) => deps.trial.set(appid, robot),
      qr: ({ appid, pagePath, searchQuery }) => makeTrialQr(appid, pagePath, searchQuery),
    },
    qr: {
      save: (request) => deps.files.saveQr(request),
    },
    handoff: {
      save: (request) => deps.files.saveHandoffCard(request),
    },
    diagnostics: {
      export: () => deps.diagnostics.export(),
    },
    notes: {
      templates: () => deps.noteTemplates.list(),
      saveTemplate: (template) => deps.noteTemplates.save(template),
      removeTemplate: ({ id }) => deps.noteTemplates.remove(id),
      fromGit: ({ projectRoot }) => deps.gitNotes.fromGit(projectRoot),
    },
    wizard: {
      draft: ({ projectRoot }) => deps.drafts.get(projectRoot),
      saveDraft: ({ projectRoot, draft }) => deps.drafts.save(projectRoot, draft),
    },
    firstRelease: {
      get: ({ appid }) => deps.firstRelease.get(appid),
      update: ({ appid, ...change }) => deps.firstRelease.update(appid, change),
    },
    reviewAccount: {
      get: ({ appid }) => deps.reviewAccounts.get(appid),
      set: ({ appid, ...account }) => deps.reviewAccounts.set(appid, account),
      clear: ({ appid }) => deps.reviewAccounts.clear(appid),
    },
    review: {
      list: ({ appid }) => deps.review.list(appid),
      all: () => deps.review.all(),
      record: ({ appid, version, event }) => deps.review.record(appid, version, event),
      setUrgentQuota: ({ appid, quota }) => deps.review.setUrgentQuota(appid, quota),
      setReleasedBefore: ({ appid, releasedBefore }) => deps.review.setReleasedBefore(appid, releasedBefore),
    },
    notify: {
      config: () => deps.robots.config(),
      setDesktop: ({ desktop }) => deps.robots.setDesktop(desktop),
      addRobot: (robot) => deps.robots.add(robot),
      removeRobot: ({ id }) => deps.robots.remove(id),
      testRobot: ({ id }) => deps.notifier.test(id, deps.settings.get().operatorName),
    },
    fleet: {
      list: () => deps.fleet.list(),
      remove: (request) => deps.fleet.remove(request),
    },
    batch: {
      start: ({ batchId, config }) => deps.batch.start(batchId, config),
      retry: ({ batchId }) => deps.batch.retry(batchId),
      cancel: ({ batchId }) => ({ cancelled: deps.batch.cancel(batchId) }),
      last: () => deps.batch.last(),
    },
  };
}
