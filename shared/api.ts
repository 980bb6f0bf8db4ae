import type { JobOutcome, JobProgress } from './jobs';
import type { KeyImportResult, StoredKeyInfo } from './keys';
import type { ProjectDomainScan, WhitelistType } from './domains';
import type { Lang, Problem, ProjectReport, RecentProject } from './model';
import type { PublicIpResult } from './network';
import type {
  AppidInput,
  CancelJobInput,
  ForgetProjectInput,
  ImportKeyInput,
  OpenExternalInput,
  OpenMpPageInput,
  OpenProjectInput,
  PreviewInput,
  ProjectRootInput,
  RemoveKeyInput,
  SettingsPatch,
  TickInput,
  UploadInput,
} from './schemas';

// The one contract between the renderer and the main process (or the browser harness).
// Channels are named `domain:verb`. Every channel has an input schema in schemas.ts and a
// handler in electron/api/handlers.ts; the preload exposes them as the AppApi below.

export interface AppInfo {
  version: string;
  /** 'electron' in the app, 'harness' in the browser harness used for development and tests. */
  shell: 'electron' | 'harness';
  platform: string;
  /** Things the operator should know from start-up, e.g. a damaged settings file that was set aside. */
  notices: Problem[];
}

export interface Settings {
  lang: Lang;
  /** The proxy uploads go through; null for a direct connection. Never taken from the environment. */
  proxy: string | null;
  /** Where this machine's public IP is asked; null for the built-in list. */
  ipEchoServices: string[] | null;
}

/** Entries ticked as already configured in 开发设置, per whitelist type. */
export type WhitelistTicks = Record<WhitelistType, string[]>;

/** A job was started (progress and the outcome follow as events), or refused before it started. */
export type JobStart = { ok: true; jobId: string } | { ok: false; problem: Problem };

export interface ApiChannels {
  'app:info': { input: undefined; output: AppInfo };
  'project:open': { input: OpenProjectInput; output: ProjectReport };
  'project:pick-folder': { input: undefined; output: string | null };
  'project:recent': { input: undefined; output: RecentProject[] };
  'project:forget': { input: ForgetProjectInput; output: RecentProject[] };
  'settings:get': { input: undefined; output: Settings };
  'settings:update': { input: SettingsPatch; output: Settings };
  'shell:open-external': { input: OpenExternalInput; output: { opened: boolean } };
  'keys:list': { input: undefined; output: StoredKeyInfo[] };
  'keys:pick-file': { input: undefined; output: string | null };
  'keys:import': { input: ImportKeyInput; output: KeyImportResult };
  'keys:remove': { input: RemoveKeyInput; output: StoredKeyInfo[] };
  'release:upload': { input: UploadInput; output: JobStart };
  'release:preview': { input: PreviewInput; output: JobStart };
  'release:check-connection': { input: ProjectRootInput; output: JobStart };
  'release:cancel': { input: CancelJobInput; output: { cancelled: boolean } };
  'mp:open': { input: OpenMpPageInput; output: { url: string } };
  'mp:status': { input: undefined; output: { signedIn: boolean } };
  'network:public-ip': { input: undefined; output: PublicIpResult };
  'whitelist:scan': { input: ProjectRootInput; output: ProjectDomainScan };
  'whitelist:ticks': { input: AppidInput; output: WhitelistTicks };
  'whitelist:tick': { input: TickInput; output: WhitelistTicks };
}

export type Channel = keyof ApiChannels;
export type ChannelInput<C extends Channel> = ApiChannels[C]['input'];
export type ChannelOutput<C extends Channel> = ApiChannels[C]['output'];

/** Events pushed from main to the renderer. */
export interface ApiEvents {
  'job:progress': JobProgress;
  'job:finished': { jobId: string; outcome: JobOutcome };
}
export type EventName = keyof ApiEvents;

export type Unsubscribe = () => void;

/** What `window.api` offers the renderer. */
export interface AppApi {
  app: {
    info(): Promise<AppInfo>;
  };
  project: {
    open(input: OpenProjectInput): Promise<ProjectReport>;
    pickFolder(): Promise<string | null>;
    recent(): Promise<RecentProject[]>;
    forget(input: ForgetProjectInput): Promise<RecentProject[]>;
  };
  settings: {
    get(): Promise<Settings>;
    update(patch: SettingsPatch): Promise<Settings>;
  };
  shell: {
    openExternal(input: OpenExternalInput): Promise<{ opened: boolean }>;
  };
  keys: {
    list(): Promise<StoredKeyInfo[]>;
    pickFile(): Promise<string | null>;
    /** The main process reads and checks the file; the key itself never comes back. */
    import(input: ImportKeyInput): Promise<KeyImportResult>;
    remove(input: RemoveKeyInput): Promise<StoredKeyInfo[]>;
  };
  release: {
    upload(input: UploadInput): Promise<JobStart>;
    preview(input: PreviewInput): Promise<JobStart>;
    checkConnection(input: ProjectRootInput): Promise<JobStart>;
    cancel(input: CancelJobInput): Promise<{ cancelled: boolean }>;
  };
  mp: {
    /** Opens a page of mp.weixin.qq.com, straight to it when the session token is known. */
    open(input: OpenMpPageInput): Promise<{ url: string }>;
    status(): Promise<{ signedIn: boolean }>;
  };
  network: {
    publicIp(): Promise<PublicIpResult>;
  };
  whitelist: {
    /** The hosts the project's code reaches, per 服务器域名 / 业务域名 list, with rule checks. */
    scan(input: ProjectRootInput): Promise<ProjectDomainScan>;
    ticks(input: AppidInput): Promise<WhitelistTicks>;
    tick(input: TickInput): Promise<WhitelistTicks>;
  };
  /** The filesystem path of a dropped file; '' where the shell cannot tell (the browser harness). */
  pathForFile(file: unknown): string;
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): Unsubscribe;
}

/** Every channel's name, for the places that register or check them all. */
export const CHANNELS = [
  'app:info',
  'project:open',
  'project:pick-folder',
  'project:recent',
  'project:forget',
  'settings:get',
  'settings:update',
  'shell:open-external',
  'keys:list',
  'keys:pick-file',
  'keys:import',
  'keys:remove',
  'release:upload',
  'release:preview',
  'release:check-connection',
  'release:cancel',
  'mp:open',
  'mp:status',
  'network:public-ip',
  'whitelist:scan',
  'whitelist:ticks',
  'whitelist:tick',
] as const satisfies readonly Channel[];

/** Does not compile while a channel of ApiChannels is missing from CHANNELS. */
type AssertNever<T extends never> = T;
export type ChannelsAllListed = AssertNever<Exclude<Channel, (typeof CHANNELS)[number]>>;
