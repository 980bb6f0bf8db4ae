import type { z } from 'zod';
import type { JobOutcome, JobProgress } from './jobs';
import type { ReleaseRecord } from './history';
import type { KeyImportResult, StoredKeyInfo } from './keys';
import type { AppInfo, ProjectCheck, RecentProject, Settings, WhitelistTicks } from './model';
import type { PublicIpResult } from './network';
import type { GitNotes, NoteTemplate } from './notes';
import type { PrecheckResult } from './precheck';
import type { ReadinessAnswers, ReadinessReport } from './readiness';
import type { ReviewBook, ReviewRecordResult } from './review';
import type { SavedFile } from './saved-file';
import type { TrialQr } from './trial-link';
import type { WizardDraft } from './wizard';
import type { FirstReleaseState } from './first-release';
import type { ReviewAccount, ReviewAccountSaved } from './review-account';
import type { NotifyConfig, RobotSaved, RobotTestResult } from './notify';
import type { FleetRow } from './fleet';
import type { BatchLast, BatchRowEvent, BatchSummary } from './batch';
import * as input from './schemas';

// The one contract between the renderer and the main process (or the browser harness).
// Each channel is declared once below, with its input schema and its output type. Everything
// else is derived from this declaration: the channel names (`domain:method`), the `window.api`
// the renderer gets, the client behind it, and the input parsing in front of every handler.

/** A channel: the schema its untrusted input must pass, and (as a type only) what it answers. */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  /** Never set: carries the output type. */
  readonly output?: O;
}

function channel<I extends z.ZodType>(schema: I) {
  return { returns: <O>(): ChannelSpec<I, O> => ({ input: schema }) };
}

export const CONTRACT = {
  app: {
    info: channel(input.NoInput).returns<AppInfo>(),
  },
  project: {
    /** Reads and checks a dropped folder: the verdict the CLI's check and upload give too. */
    open: channel(input.OpenProjectInput).returns<ProjectCheck>(),
    pickFolder: channel(input.NoInput).returns<string | null>(),
    recent: channel(input.NoInput).returns<RecentProject[]>(),
    forget: channel(input.ForgetProjectInput).returns<RecentProject[]>(),
  },
  settings: {
    get: channel(input.NoInput).returns<Settings>(),
    update: channel(input.SettingsPatch).returns<Settings>(),
  },
  shell: {
    openExternal: channel(input.OpenExternalInput).returns<{ opened: boolean }>(),
  },
  keys: {
    list: channel(input.NoInput).returns<StoredKeyInfo[]>(),
    pickFile: channel(input.NoInput).returns<string | null>(),
    /** The main process reads and checks the file; the key itself never comes back. */
    import: channel(input.ImportKeyInput).returns<KeyImportResult>(),
    remove: channel(input.RemoveKeyInput).returns<StoredKeyInfo[]>(),
  },
  release: {
    // A job call resolves with the job's outcome. The caller names the job (a fresh UUID), so it
    // can match progress events and cancel before the call resolves: no result arrives unasked.
    upload: channel(input.UploadInput).returns<JobOutcome<'upload'>>(),
    preview: channel(input.PreviewInput).returns<JobOutcome<'preview'>>(),
    checkConnection: channel(input.ConnectionCheckInput).returns<JobOutcome<'connection-check'>>(),
    /** npm ci --omit=dev (npm install without a lockfile) where the check found packages missing. */
    installNpm: channel(input.InstallNpmInput).returns<JobOutcome<'npm-install'>>(),
    cancel: channel(input.CancelJobInput).returns<{ cancelled: boolean }>(),
  },
  mp: {
    /** Opens a page of mp.weixin.qq.com, straight to it when the session token is known. */
    open: channel(input.OpenMpPageInput).returns<{ url: string }>(),
    status: channel(input.NoInput).returns<{ signedIn: boolean }>(),
  },
  network: {
    publicIp: channel(input.NoInput).returns<PublicIpResult>(),
  },
  whitelist: {
    ticks: channel(input.AppidInput).returns<WhitelistTicks>(),
    tick: channel(input.TickInput).returns<WhitelistTicks>(),
  },
  precheck: {
    /**
     * The pre-upload check, a job for the caller (its id names the progress events; release.cancel
     * stops it): the project, key and IP whitelist, exact sizes, privacy, domains, code quality.
     */
    run: channel(input.PrecheckInput).returns<PrecheckResult>(),
  },
  readiness: {
    /** 提审前体检: what most often gets a version rejected, from the folder (offline, in the calling process) and the appid's answers. */
    run: channel(input.ProjectRootInput).returns<ReadinessReport>(),
    /** Saves the operator's answers for the appid (what is given replaces, the rest is kept); returns them as saved. */
    answer: channel(input.ReadinessAnswerInput).returns<ReadinessAnswers>(),
  },
  history: {
    /** Every upload and preview of the project, oldest first. */
    list: channel(input.ProjectRootInput).returns<ReleaseRecord[]>(),
    /** The records the filter keeps, as CSV, written by the main process where the operator chooses. */
    exportCsv: channel(input.ExportHistoryInput).returns<SavedFile>(),
  },
  trial: {
    /** The robot whose upload the operator set as 体验版 for the appid, or null. */
    robot: channel(input.AppidInput).returns<number | null>(),
    setRobot: channel(input.TrialRobotInput).returns<number | null>(),
    /** The 体验版 QR code, made locally (no call to WeChat). */
    qr: channel(input.TrialQrInput).returns<TrialQr>(),
  },
  qr: {
    /** Saves a preview or 体验版 QR image where the operator chooses; refused unless it is a PNG or a JPEG. */
    save: channel(input.SaveQrInput).returns<SavedFile>(),
  },
  handoff: {
    /** Saves the hand-off card image the window drew where the operator chooses; refused unless it is a PNG. */
    save: channel(input.SaveHandoffInput).returns<SavedFile>(),
  },
  diagnostics: {
    /** 导出诊断信息: logs, versions and settings, anonymised, in one zip written where the operator chooses. */
    export: channel(input.NoInput).returns<SavedFile>(),
  },
  notes: {
    /** The notes templates the operator saved, in the order they were first saved. */
    templates: channel(input.NoInput).returns<NoteTemplate[]>(),
    saveTemplate: channel(input.SaveNoteTemplateInput).returns<NoteTemplate[]>(),
    removeTemplate: channel(input.NoteTemplateIdInput).returns<NoteTemplate[]>(),
    /** The project's git log since its last successful upload (else the latest commits), read with the git CLI. */
    fromGit: channel(input.ProjectRootInput).returns<GitNotes>(),
  },
  wizard: {
    /** Where the operator was in the wizard for this project, and what they typed; null when never started. */
    draft: channel(input.ProjectRootInput).returns<WizardDraft | null>(),
    saveDraft: channel(input.WizardDraftInput).returns<WizardDraft>(),
  },
  firstRelease: {
    /** What WeChat last said of `released` for the appid, the operator's word, and the items ticked. */
    get: channel(input.AppidInput).returns<FirstReleaseState>(),
    update: channel(input.FirstReleaseUpdateInput).returns<FirstReleaseState>(),
  },
  reviewAccount: {
    /** The reviewer's test account, decrypted (the renderer copies it into the 提审 form); null when none. */
    get: channel(input.AppidInput).returns<ReviewAccount | null>(),
    set: channel(input.ReviewAccountInput).returns<ReviewAccountSaved>(),
    clear: channel(input.AppidInput).returns<null>(),
  },
  review: {
    /** What the operator recorded of 提交审核 and 发布 for the appid (every version), the 加急 quota, the first-release fact. */
    list: channel(input.AppidInput).returns<ReviewBook>(),
    /** Every appid with records: the phased-release clocks shown at start. */
    all: channel(input.NoInput).returns<ReviewBook[]>(),
    /** One event of a version, checked against its records (transitions, dates, the other version in review, a phase running). */
    record: channel(input.ReviewRecordInput).returns<ReviewRecordResult>(),
    setUrgentQuota: channel(input.UrgentQuotaInput).returns<ReviewBook>(),
    setReleasedBefore: channel(input.ReleasedBeforeInput).returns<ReviewBook>(),
  },
  notify: {
    /** The desktop switch and the robots, masked: a webhook URL or secret never comes back. */
    config: channel(input.NoInput).returns<NotifyConfig>(),
    setDesktop: channel(input.DesktopNotifyInput).returns<NotifyConfig>(),
    /** Stores the URL and secret encrypted, like the upload keys; answers the masked view. */
    addRobot: channel(input.AddRobotInput).returns<RobotSaved>(),
    removeRobot: channel(input.RobotIdInput).returns<NotifyConfig>(),
    /** 「发送测试消息」: one message to the robot, the platform's answer as ok or a problem. */
    testRobot: channel(input.RobotIdInput).returns<RobotTestResult>(),
  },
  fleet: {
    /** 项目总览: one row per known project, from what the app keeps (nothing asked of WeChat, nothing scanned). */
    list: channel(input.NoInput).returns<FleetRow[]>(),
    /** Takes a project off the board, deleting its history only when asked; answers the rows left. */
    remove: channel(input.FleetRemoveInput).returns<FleetRow[]>(),
  },
  batch: {
    /** Uploads every row, a few at a time, through the recorded and notified upload; rows' progress comes as job:progress with each row's jobId. */
    start: channel(input.BatchStartInput).returns<BatchSummary>(),
    /** Runs the batch's failed rows again (same inputs, same job ids); after a restart, the last batch's; null for any other. */
    retry: channel(input.BatchIdInput).returns<BatchSummary | null>(),
    cancel: channel(input.BatchIdInput).returns<{ cancelled: boolean }>(),
    /** The last batch (kept on disk), running or ended; rows the app was running when it stopped count as failed. */
    last: channel(input.NoInput).returns<BatchLast | null>(),
  },
} as const satisfies Record<string, Record<string, ChannelSpec>>;

/** Events pushed from main to the renderer. Job progress carries the job's id. */
export interface ApiEvents {
  'job:progress': JobProgress;
  /** A batch row changed state (queued, running, ok, failed): the 批量发布 page shows it at once. */
  'batch:row': BatchRowEvent;
}
export type EventName = keyof ApiEvents;

type Contract = typeof CONTRACT;
export type Domain = keyof Contract;
type MethodOf<D extends Domain> = keyof Contract[D] & string;
type SpecOf<D extends Domain, M extends MethodOf<D>> = Contract[D][M];

/** What a caller sends (before parsing) and what a handler receives (after parsing). */
type SentInput<S> = S extends ChannelSpec<infer I, unknown> ? z.input<I> : never;
export type ParsedInput<S> = S extends ChannelSpec<infer I, unknown> ? z.output<I> : never;
export type Output<S> = S extends ChannelSpec<z.ZodType, infer O> ? O : never;

type ClientMethod<S> = undefined extends SentInput<S>
  ? (input?: SentInput<S>) => Promise<Output<S>>
  : (input: SentInput<S>) => Promise<Output<S>>;

export type Channel = { [D in Domain]: `${D}:${MethodOf<D>}` }[Domain];

export type Unsubscribe = () => void;

/** What `window.api` offers the renderer: every channel as `api.<domain>.<method>(input)`. */
export type AppApi = { [D in Domain]: { [M in MethodOf<D>]: ClientMethod<SpecOf<D, M>> } } & {
  /** The filesystem path of a dropped file; '' where the shell cannot tell (the browser harness). */
  pathForFile(file: unknown): string;
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): Unsubscribe;
};

/** What serves the contract: per channel, the service call with the already-parsed input. */
export type ContractHandlers = {
  [D in Domain]: { [M in MethodOf<D>]: (input: ParsedInput<SpecOf<D, M>>) => Promise<Output<SpecOf<D, M>>> | Output<SpecOf<D, M>> };
};

/** One entry per channel, in declaration order. */
export interface ChannelEntry {
  name: Channel;
  domain: Domain;
  method: string;
  spec: ChannelSpec;
}

export const CHANNELS: readonly ChannelEntry[] = Object.entries(CONTRACT).flatMap(([domain, methods]) =>
  Object.entries(methods as Record<string, ChannelSpec>).map(([method, spec]) => ({
    name: `${domain}:${method}` as Channel,
    domain: domain as Domain,
    method,
    spec,
  })),
);
