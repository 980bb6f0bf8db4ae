import type { AppInfo, Lang } from '../../shared/model';
import { successfulUploads } from '../../shared/version-suggest';
import { JobRunner } from '../services/jobs/job-runner';
import type { JobLauncher } from '../services/jobs/job-launcher';
import { createDiagnostics } from '../services/diagnostics/diagnostics-service';
import { createFileSaver, type PickSavePath } from '../services/files/file-saver';
import { HistoryRepository } from '../services/history/history-repository';
import { recordReleases } from '../services/history/record-releases';
import { TrialLedger } from '../services/history/trial-ledger';
import { KeyVault } from '../services/keys/key-vault';
import type { SecretVault } from '../services/keys/secret-vault';
import { createLinkOpener } from '../services/links/link-opener';
import type { MpSession } from '../services/links/mp-session';
import type { Logger } from '../services/logging/logger';
import { createGitNotes } from '../services/notes/git-notes';
import { NoteTemplates } from '../services/notes/note-templates';
import { findPublicIp } from '../services/network/public-ip';
import { createPrecheckService } from '../services/precheck/precheck-service';
import { readProject } from '../services/project/read-project';
import { readProjectIdentity } from '../services/project/read-project-identity';
import { ReadinessAnswersRepository } from '../services/readiness/readiness-answers';
import { createReadinessService } from '../services/readiness/readiness-service';
import { ReviewRepository } from '../services/review/review-repository';
import { createReviewService } from '../services/review/review-service';
import { checkProject } from '../services/release/check-project';
import { AttrCache } from '../services/release/attr-cache';
import { createReleaseService, type JobSink } from '../services/release/release-service';
import { SettingsRepository } from '../services/settings/settings-repository';
import { WhitelistTicksRepository } from '../services/whitelist/whitelist-ticks';
import { WizardDrafts } from '../services/wizard/wizard-drafts';
import { FirstReleaseLedger } from '../services/submit/first-release-ledger';
import { rememberReleased } from '../services/submit/remember-released';
import { ReviewAccounts } from '../services/submit/review-accounts';
import { createProjectService } from '../services/workspace/project-service';
import type { DesktopNotifier } from '../services/notify/desktop-notifier';
import { createNotifyService } from '../services/notify/notify-service';
import { notifyReleases } from '../services/notify/notify-releases';
import { RobotStore } from '../services/notify/robot-store';
import { createClockReminders } from '../services/notify/clock-reminders';
import { FleetRecords } from '../services/fleet/fleet-records';
import { createFleetService } from '../services/fleet/fleet-service';
import { recordChecks, recordDomainLists } from '../services/fleet/record-fleet-facts';
import { BatchLedger } from '../services/batch/batch-ledger';
import { createBatchService } from '../services/batch/batch-service';
import type { AppStores } from './app-stores';
import { EventHub } from './event-hub';
import { createHandlers } from './handlers';
import { serveContract, type ContractServer } from './serve-contract';

/** The parts that differ between the Electron app and the browser harness. */
export interface ShellParts {
  appInfo: AppInfo;
  stores: AppStores;
  vault: SecretVault;
  launcher: JobLauncher;
  /** Keep a job process warmed ahead of need (the app; tests that count processes leave it off). */
  warmJobs?: boolean;
  logger: Logger;
  /** The folder the logger writes app.log and its rotated files to (the diagnostics export reads them). */
  logDir: string;
  pickFolder(): Promise<string | null>;
  pickKeyFile(): Promise<string | null>;
  /** Where the operator saves a file (a QR image, the history as CSV): a save dialog, or the harness's preset folder. */
  pickSavePath: PickSavePath;
  openExternal(url: string): Promise<void>;
  mpSession: MpSession;
  openMpPage(url: string, where: 'app' | 'browser'): Promise<void>;
  /** Electron's Notification in the app, a recording list in the harness. */
  desktopNotifier: DesktopNotifier;
  /** The harness under test only: robot messages go to the fake webhook server here (send-robot.ts). */
  robotBaseUrl?: string;
}

export interface ComposedServices {
  serve: ContractServer;
  /** The language the operator chose, for the words the main process shows itself (dialogs, window titles). */
  lang(): Lang;
  events: EventHub;
  runner: JobRunner;
}

/** Wires every service once, the same way in both shells. */
export function composeServices(parts: ShellParts): ComposedServices {
  const settings = new SettingsRepository(parts.stores.settings);
  const keys = new KeyVault(parts.vault, parts.stores.keys);
  const history = new HistoryRepository(parts.stores.history);
  const trial = new TrialLedger(parts.stores.trial);
  const events = new EventHub();
  const runner = new JobRunner({ launcher: parts.launcher, warm: parts.warmJobs ?? false });
  const firstRelease = new FirstReleaseLedger(parts.stores.firstRelease);
  const fleetRecords = new FleetRecords(parts.stores.fleet);
  // Every connection check (the whitelist step's, the pre-upload check's) records getattr's `released`,
  // and how it ended for the fleet board.
  const policy = recordChecks(rememberReleased(createReleaseService({
    checkProject,
    readProject,
    readProjectIdentity,
    keys,
    runner,
    logger: parts.logger,
    proxy: () => settings.get().proxy,
    npmRegistry: () => settings.get().npmRegistry,
    attrs: new AttrCache(),
  }), firstRelease), fleetRecords);
  const recorded = recordReleases(policy, {
    record: (entry) => history.record(entry),
    trialRobot: (appid) => trial.robotOf(appid),
    operator: () => settings.get().operatorName,
  });
  const robots = new RobotStore(parts.vault, parts.stores.notify, parts.logger);
  const notifier = createNotifyService({
    robots,
    desktop: parts.desktopNotifier,
    lang: () => settings.get().lang,
    proxy: () => settings.get().proxy,
    logger: parts.logger,
    robotBaseUrl: parts.robotBaseUrl,
  });
  const review = createReviewService(new ReviewRepository(parts.stores.review));
  const reminders = createClockReminders({ books: () => review.all(), notify: notifier.notify, store: parts.stores.notify, logger: parts.logger });
  // At start and every hour after: a reminder is due once a day; the timer never keeps the process alive.
  void reminders.run();
  setInterval(() => void reminders.run(), 3_600_000).unref();
  const release = notifyReleases(recorded, {
    notify: notifier.notify,
    operator: () => settings.get().operatorName,
    trialRobot: (appid) => trial.robotOf(appid),
    logger: parts.logger,
  });
  const ticks = new WhitelistTicksRepository(parts.stores.whitelist);
  // The check's jobs are not uploads: they go to the policy itself, not through the history recorder.
  const reviewAccounts = new ReviewAccounts(parts.vault, parts.stores.reviewAccounts, parts.logger);
  const precheck = createPrecheckService({ checkProject, release: policy, ticks: (appid) => ticks.get(appid), logger: parts.logger });
  const projects = recordDomainLists(createProjectService({ checkProject, settings }), fleetRecords);
  const readinessAnswers = new ReadinessAnswersRepository(parts.stores.readiness);
  const fleet = createFleetService({
    recent: () => projects.recent(),
    forget: (projectRoot) => projects.forget(projectRoot),
    history: () => history.all(),
    removeHistory: (projectRoot) => history.removeProject(projectRoot),
    reviews: (appid) => review.list(appid),
    trialRobot: (appid) => trial.robotOf(appid),
    keys: () => keys.list(),
    ticks: (appid) => ticks.get(appid),
    answers: (appid) => readinessAnswers.get(appid),
    firstRelease: (appid) => firstRelease.get(appid),
    records: fleetRecords,
  });
  const jobSink = (jobId: string): JobSink => ({
    jobId,
    deadlineMs: settings.get().jobDeadlineMinutes * 60_000,
    onProgress: (progress) => events.emit('job:progress', progress),
  });
  // Batch rows upload through the same recorded and notified chain: history and robots per row; the
  // desktop gets one note for the whole batch.
  const batch = createBatchService({
    upload: (request, sink) => release.upload(request, sink),
    cancelJob: (jobId) => release.cancel(jobId),
    readProjectIdentity,
    sinkFor: (jobId) => ({ ...jobSink(jobId), quietDesktop: true }),
    onRow: (batchId, row) => events.emit('batch:row', { batchId, row }),
    onEnd: (summary) => notifier.notifyBatch(summary),
    ledger: new BatchLedger(parts.stores.batch),
  });
  const handlers = createHandlers({
    appInfo: parts.appInfo,
    projects,
    settings,
    keys,
    release,
    precheck,
    readiness: createReadinessService({ readProject, answers: readinessAnswers }),
    links: createLinkOpener(parts),
    ticks,
    history,
    trial,
    drafts: new WizardDrafts(parts.stores.wizard),
    review,
    noteTemplates: new NoteTemplates(parts.stores.notes),
    gitNotes: createGitNotes({ lastReleaseAt: (projectRoot) => successfulUploads(history.forProject(projectRoot)).at(-1)?.startedAt ?? null }),
    firstRelease,
    reviewAccounts,
    files: createFileSaver({ pickSavePath: parts.pickSavePath, lang: () => settings.get().lang }),
    diagnostics: createDiagnostics({
      appInfo: parts.appInfo,
      logDir: parts.logDir,
      settings: () => settings.get(),
      recentProjects: () => settings.recentProjects(),
      heldSecrets: () => [...reviewAccounts.heldSecrets(), ...robots.heldSecrets()],
      pickSavePath: parts.pickSavePath,
    }),
    publicIp: () => {
      const { proxy, ipEchoServices } = settings.get();
      return findPublicIp({ proxy, services: ipEchoServices ?? undefined });
    },
    robots,
    notifier,
    fleet,
    pickFolder: parts.pickFolder,
    pickKeyFile: parts.pickKeyFile,
    batch,
    jobSink,
  });
  return { serve: serveContract(handlers, parts.logger), lang: () => settings.get().lang, events, runner };
}
