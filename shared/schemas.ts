import { z } from 'zod';
import { MP_PAGES, type MpPage } from './deep-links';
import { BATCH_CONCURRENCY_MAX, BATCH_ROWS_MAX } from './batch';
import { FIRST_RELEASE_ITEMS } from './first-release';
import { PRIVACY_CATEGORIES } from './precheck';
import { NOTES_MAX } from './release-rules';
import { ROBOT_KINDS } from './notify';
import { TEMPLATE_NAME_MAX } from './notes';
import { REASON_MAX, REVIEW_STATES, URGENT_QUOTA_MAX } from './review';
import { WIZARD_STEPS } from './wizard';

// Runtime checks for every input that crosses from the renderer into the main process.
// The renderer is not trusted: each handler parses its input with one of these first.

/**
 * A POSIX absolute path (/…), a Windows drive path (C:\… or C:/…) or a UNC path (\\server\share…).
 * A relative path would be resolved against wherever the main process happens to run.
 */
const ABSOLUTE_PATH = /^(?:\/|[A-Za-z]:[\\/]|\\\\[^\\/])/;

const absolutePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'path contains a NUL byte')
  .refine((p) => ABSOLUTE_PATH.test(p), 'path is not absolute');

export const NoInput = z.undefined();

export const OpenProjectInput = z.object({ path: absolutePath }).strict();
export type OpenProjectInput = z.infer<typeof OpenProjectInput>;

export const ForgetProjectInput = z.object({ projectRoot: absolutePath }).strict();
export type ForgetProjectInput = z.infer<typeof ForgetProjectInput>;

/** An HTTP proxy as the operator's IT gives it: http(s)://host:port, or null for none. */
const proxyUrl = z
  .string()
  .max(512)
  .regex(/^https?:\/\/[^\s/]+(:\d+)?\/?$/, 'http://host:port');

/** An npm registry as .npmrc writes it: http(s)://host[:port][/path/], or null for npm's own. */
const registryUrl = z
  .string()
  .max(512)
  .regex(/^https?:\/\/[^\s/?#]+(:\d+)?(\/[^\s?#]*)?$/, 'https://host/path/');

export const SettingsPatch = z
  .object({
    lang: z.enum(['zh-CN', 'en']),
    proxy: proxyUrl.nullable(),
    // https only: an answer that could be forged on the way would end up on the whitelist.
    ipEchoServices: z.array(z.string().url().max(300).startsWith('https://')).min(1).max(10).nullable(),
    npmRegistry: registryUrl.nullable(),
    operatorName: z.string().trim().max(64),
    defaultRobot: z.number().int().min(1).max(30),
    jobDeadlineMinutes: z.number().int().min(1).max(120),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const OpenExternalInput = z.object({ url: z.string().url().max(2048) }).strict();
export type OpenExternalInput = z.infer<typeof OpenExternalInput>;

const appid = z.string().regex(/^wx[0-9a-f]{16}$/i);

export const ImportKeyInput = z
  .object({ path: absolutePath, appid: appid.optional(), sessionOnly: z.boolean().optional(), confirmedAppid: appid.optional() })
  .strict();
export type ImportKeyInput = z.infer<typeof ImportKeyInput>;

export const RemoveKeyInput = z.object({ appid }).strict();
export type RemoveKeyInput = z.infer<typeof RemoveKeyInput>;

/** Names a job: a fresh UUID the caller makes, so progress and cancel can refer to it at once. */
const jobId = z.string().uuid();

export const UploadInput = z
  .object({
    jobId,
    projectRoot: absolutePath,
    // Checked by the release rules (with a message), not here: an empty version must be explained.
    version: z.string().max(64),
    desc: z.string().max(NOTES_MAX * 4).optional(),
    robot: z.number().int().optional(),
  })
  .strict();
export type UploadInput = z.infer<typeof UploadInput>;

export const PreviewInput = z
  .object({
    jobId,
    projectRoot: absolutePath,
    pagePath: z.string().max(512).optional(),
    searchQuery: z.string().max(1024).optional(),
    robot: z.number().int().optional(),
  })
  .strict();
export type PreviewInput = z.infer<typeof PreviewInput>;

export const ConnectionCheckInput = z.object({ jobId, projectRoot: absolutePath }).strict();
export type ConnectionCheckInput = z.infer<typeof ConnectionCheckInput>;

/** The pre-upload check, for the version typed in the version step (its rules are part of the check). */
export const PrecheckInput = z.object({ jobId, projectRoot: absolutePath, version: z.string().max(64) }).strict();
export type PrecheckInput = z.infer<typeof PrecheckInput>;

/** Installs the npm packages the project's check found missing, into the folder of their package.json. */
export const InstallNpmInput = z.object({ jobId, projectRoot: absolutePath }).strict();
export type InstallNpmInput = z.infer<typeof InstallNpmInput>;

export const ProjectRootInput = z.object({ projectRoot: absolutePath }).strict();
export type ProjectRootInput = z.infer<typeof ProjectRootInput>;

export const TrialRobotInput = z.object({ appid, robot: z.number().int().min(1).max(30).nullable() }).strict();
export type TrialRobotInput = z.infer<typeof TrialRobotInput>;

/** The 体验版 QR code for the appid, opening a page (with a query) when one is named. */
export const TrialQrInput = z.object({ appid, pagePath: z.string().max(512).optional(), searchQuery: z.string().max(1024).optional() }).strict();
export type TrialQrInput = z.infer<typeof TrialQrInput>;

/** A QR image to save where the operator chooses; the main process checks it is a PNG or a JPEG first. */
export const SaveQrInput = z.object({ kind: z.enum(['preview', 'trial']), appid, image: z.string().max(1_000_000) }).strict();
export type SaveQrInput = z.infer<typeof SaveQrInput>;
/** A hand-off card image: a few hundred kilobytes at most (text and one QR on a plain background). */
export const SaveHandoffInput = z.object({ appid, version: z.string().min(1).max(64), image: z.string().max(4_000_000) }).strict();
export type SaveHandoffInput = z.infer<typeof SaveHandoffInput>;

/** The project's history as CSV, filtered as on screen. */
export const ExportHistoryInput = z
  .object({
    projectRoot: absolutePath,
    filter: z
      .object({ kind: z.enum(['all', 'upload', 'preview']), result: z.enum(['all', 'ok', 'failed']), text: z.string().max(200), review: z.enum(['all', 'none', ...REVIEW_STATES]).optional() })
      .strict(),
  })
  .strict();
export type ExportHistoryInput = z.infer<typeof ExportHistoryInput>;

export const WizardDraftInput = z
  .object({
    projectRoot: absolutePath,
    draft: z
      .object({
        step: z.enum(WIZARD_STEPS),
        version: z.string().max(64),
        desc: z.string().max(NOTES_MAX * 4),
        robot: z.number().int().min(1).max(30).nullable(),
        done: z.array(z.enum(WIZARD_STEPS)).max(WIZARD_STEPS.length),
      })
      .strict(),
  })
  .strict();
export type WizardDraftInput = z.infer<typeof WizardDraftInput>;

export const CancelJobInput = z.object({ jobId }).strict();
export type CancelJobInput = z.infer<typeof CancelJobInput>;

const mpPage = z.enum(Object.keys(MP_PAGES) as [MpPage, ...MpPage[]]);

/** 'app': the in-app admin window (signed in once, token remembered); 'browser': the system browser. */
export const OpenMpPageInput = z.object({ page: mpPage, where: z.enum(['app', 'browser']) }).strict();
export type OpenMpPageInput = z.infer<typeof OpenMpPageInput>;

export const AppidInput = z.object({ appid }).strict();
export type AppidInput = z.infer<typeof AppidInput>;

export const TickInput = z
  .object({
    appid,
    type: z.enum(['request', 'socket', 'uploadFile', 'downloadFile', 'webview']),
    origin: z.string().min(1).max(300),
    done: z.boolean(),
  })
  .strict();
export type TickInput = z.infer<typeof TickInput>;

/** A notes template to save: a new one (no id) or one that replaces the template with that id. */
export const SaveNoteTemplateInput = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/).optional(),
    name: z.string().trim().min(1).max(TEMPLATE_NAME_MAX),
    text: z.string().min(1).max(NOTES_MAX),
  })
  .strict();
export type SaveNoteTemplateInput = z.infer<typeof SaveNoteTemplateInput>;

export const NoteTemplateIdInput = z.object({ id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) }).strict();
export type NoteTemplateIdInput = z.infer<typeof NoteTemplateIdInput>;

/** The first-release checklist: the operator's "这是第一次发布", or one item ticked or unticked. */
export const FirstReleaseUpdateInput = z
  .object({
    appid,
    operatorSaysFirst: z.boolean().optional(),
    tick: z.object({ item: z.enum(FIRST_RELEASE_ITEMS), done: z.boolean() }).strict().optional(),
  })
  .strict();
export type FirstReleaseUpdateInput = z.infer<typeof FirstReleaseUpdateInput>;

/** The reviewer's test account: kept encrypted; the note is optional. */
export const ReviewAccountInput = z
  .object({
    appid,
    username: z.string().trim().min(1).max(128),
    password: z.string().min(1).max(128),
    note: z.string().max(1000),
  })
  .strict();
export type ReviewAccountInput = z.infer<typeof ReviewAccountInput>;
/** 提审前体检's answers for an appid: each given field replaces the saved one, the others are kept. */
export const ReadinessAnswerInput = z
  .object({
    appid,
    ugc: z.boolean().optional(),
    filed: z.boolean().optional(),
    declared: z.array(z.enum(PRIVACY_CATEGORIES)).max(PRIVACY_CATEGORIES.length * 2).optional(),
  })
  .strict();
export type ReadinessAnswerInput = z.infer<typeof ReadinessAnswerInput>;
/** One event of a version's review, as the operator records it; the review rules check the rest. */
export const ReviewRecordInput = z
  .object({
    appid,
    version: z.string().trim().min(1).max(64),
    event: z
      .object({
        state: z.enum(REVIEW_STATES),
        at: z.string().max(10).optional(),
        urgent: z.boolean().optional(),
        reason: z.string().max(REASON_MAX).optional(),
        mode: z.enum(['full', 'phased']).optional(),
      })
      .strict(),
  })
  .strict();
export type ReviewRecordInput = z.infer<typeof ReviewRecordInput>;

export const UrgentQuotaInput = z.object({ appid, quota: z.number().int().min(0).max(URGENT_QUOTA_MAX) }).strict();
export type UrgentQuotaInput = z.infer<typeof UrgentQuotaInput>;

export const ReleasedBeforeInput = z.object({ appid, releasedBefore: z.boolean() }).strict();
export type ReleasedBeforeInput = z.infer<typeof ReleasedBeforeInput>;

// Notifications. The webhook URL's host is checked per platform by the service (with a problem the
// operator can read), not here: a refusal here would only say "call failed".
export const AddRobotInput = z
  .object({
    kind: z.enum(ROBOT_KINDS),
    url: z.string().trim().max(1024),
    secret: z.string().trim().max(256).optional(),
    appid: appid.nullable(),
  })
  .strict();
export type AddRobotInput = z.infer<typeof AddRobotInput>;

export const RobotIdInput = z.object({ id: z.string().uuid() }).strict();
export type RobotIdInput = z.infer<typeof RobotIdInput>;

export const DesktopNotifyInput = z.object({ desktop: z.boolean() }).strict();
export type DesktopNotifyInput = z.infer<typeof DesktopNotifyInput>;

/** 项目总览's 「移除」: the project leaves the board, its history only when asked. */
export const FleetRemoveInput = z.object({ projectRoot: absolutePath, deleteHistory: z.boolean() }).strict();
export type FleetRemoveInput = z.infer<typeof FleetRemoveInput>;
// Batch release (shared/batch.ts). The file format `mp-release batch` reads; the app sends the same
// rows with absolute paths and a caller-made job id per row (its progress events carry it).
const batchDefaults = {
  version: z.string().max(64).optional(),
  desc: z.string().max(NOTES_MAX * 4).optional(),
  robot: z.number().int().min(1).max(30).optional(),
};
const batchRowFields = {
  ...batchDefaults,
  appid: appid.optional().describe('Must be the project\'s own AppID (for a third-party platform template: the development appid).'),
  extAppid: appid.optional().describe('Upload the project\'s ext.json template for this merchant AppID (ext.json\'s extAppid, replaced in memory).'),
  ext: z.record(z.string(), z.unknown()).optional().describe('The merchant\'s ext object (wx.getExtConfig) in place of ext.json\'s; only with extAppid.'),
};
/** `ext` means nothing without the merchant it is for. */
const extNeedsExtAppid = (row: { extAppid?: string; ext?: unknown }) => row.ext === undefined || row.extAppid !== undefined;
const EXT_NEEDS_EXT_APPID = { message: 'ext needs extAppid', path: ['ext'] };
const batchConcurrency = z.number().int().min(1).max(BATCH_CONCURRENCY_MAX).optional();

export const BatchConfig = z
  .object({
    defaults: z.object(batchDefaults).strict().optional(),
    concurrency: batchConcurrency.describe('Rows uploading at the same time (default 2).'),
    rows: z
      .array(z.object({ project: z.string().min(1).max(4096).describe('Project folder, relative to the config file.'), ...batchRowFields }).strict().refine(extNeedsExtAppid, EXT_NEEDS_EXT_APPID))
      .min(1)
      .max(BATCH_ROWS_MAX),
  })
  .strict();
export type BatchConfigInput = z.infer<typeof BatchConfig>;

export const BatchStartInput = z
  .object({
    batchId: z.string().uuid(),
    config: z
      .object({
        defaults: z.object(batchDefaults).strict().optional(),
        concurrency: batchConcurrency,
        rows: z.array(z.object({ project: absolutePath, jobId, ...batchRowFields }).strict().refine(extNeedsExtAppid, EXT_NEEDS_EXT_APPID)).min(1).max(BATCH_ROWS_MAX),
      })
      .strict(),
  })
  .strict();
export type BatchStartInput = z.infer<typeof BatchStartInput>;

export const BatchIdInput = z.object({ batchId: z.string().uuid() }).strict();
export type BatchIdInput = z.infer<typeof BatchIdInput>;
