import type { DomainScanResult, WhitelistType } from './domains';
import type { ProblemCode } from './errors';

// Domain types both sides share. Plain data only: everything here crosses IPC.

export type Lang = 'zh-CN' | 'en';

export type CompileType = 'miniprogram' | 'plugin' | 'game' | 'gamePlugin';

/** Parameters a message template may use; numbers are formatted by the reader of the message. */
export type MessageParams = Record<string, string | number>;

/**
 * One thing wrong (or worth knowing) about a project, a key or a job. `code` selects the entry
 * in the catalogue (shared/errors): the page to open, and the words in the dictionaries.
 */
export interface Problem {
  code: ProblemCode;
  severity: 'error' | 'warning';
  /** Path relative to the project root, with forward slashes. */
  file?: string;
  line?: number;
  column?: number;
  params?: MessageParams;
  /** Raw technical text for the folded "details" section; never shown first. */
  detail?: string;
}

export interface PageGroup {
  /** '' for the main package, otherwise the subpackage root, e.g. "packageA/". */
  root: string;
  name?: string;
  independent?: boolean;
  pages: string[];
}

export interface PluginRef {
  alias: string;
  provider: string;
  version: string;
  /** '' when declared in the main package, else the subpackage root. */
  declaredIn: string;
}

export interface PackageSize {
  /** '' for the main package. */
  root: string;
  bytes: number;
  limitBytes: number;
}

export interface ProjectSizes {
  main: PackageSize;
  subpackages: PackageSize[];
  total: { bytes: number; limitBytes: number };
  fileCount: number;
}

export interface ProjectSummary {
  /** Absolute path of the folder holding project.config.json. */
  projectRoot: string;
  /** Absolute path of the folder holding app.json (miniprogramRoot applied). */
  miniprogramRoot: string;
  /** miniprogramRoot as written in project.config.json, '' when absent. */
  miniprogramRootSetting: string;
  appid: string;
  projectName: string;
  compileType: CompileType;
  main: PageGroup;
  subpackages: PageGroup[];
  pageCount: number;
  plugins: PluginRef[];
  npm: { hasDependencies: boolean; needsBuild: boolean };
  sizes: ProjectSizes;
  /** Whether project.private.config.json was found and merged. */
  hasPrivateConfig: boolean;
}

/** What reading a dropped folder produced: a summary when it got that far, and every problem found. */
export interface ProjectReport {
  droppedPath: string;
  summary: ProjectSummary | null;
  problems: Problem[];
  /** The projects side by side below the dropped folder when it holds several: none is opened, the operator chooses. */
  candidates: ProjectCandidate[];
}

/** One of several projects found in a dropped folder, read just enough to tell them apart. */
export interface ProjectCandidate {
  /** Absolute path of the folder holding its project.config.json: what to open. */
  projectRoot: string;
  /** That folder relative to the dropped one, forward slashes. */
  folder: string;
  /** As written in project.config.json, '' when absent or unreadable. */
  appid: string;
  projectName: string;
}

export interface RecentProject {
  projectRoot: string;
  appid: string;
  projectName: string;
  openedAt: string;
}

/**
 * The one verdict on a project folder: what reading it found plus what the domain scan of its code
 * found, in one ordered list (errors first). The project step, `mp-release check` and every job
 * start decide on this. `domains` is null when reading stopped before the code was known.
 */
export interface ProjectCheck extends ProjectReport {
  domains: DomainScanResult | null;
}

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
  /** Where npm packages are installed from when the project's .npmrc names no registry; null for npm's own. */
  npmRegistry: string | null;
  /** Written into every history record; '' until the operator gives a name. */
  operatorName: string;
  /** The robot uploads and previews use unless the operator picks another (1–30). */
  defaultRobot: number;
  /** How long an upload or preview may take before it is stopped. */
  jobDeadlineMinutes: number;
}

/** Entries ticked as already configured in 开发设置, per whitelist type. */
export type WhitelistTicks = Record<WhitelistType, string[]>;
