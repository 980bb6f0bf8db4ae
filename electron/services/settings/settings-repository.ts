import { z } from 'zod';
import type { Settings } from '../../../shared/model';
import type { RecentProject } from '../../../shared/model';
import type { SettingsPatch } from '../../../shared/schemas';
import { DEFAULT_ROBOT } from '../../../shared/release-rules';
import type { StoreBackend } from './store-backend';

// The settings file holds a version so later issues can migrate it; values are checked on
// every read, and a value that fails the check reads as the default instead of crashing.
export const SETTINGS_SCHEMA_VERSION = 1;
const MAX_RECENT = 10;

const RecentProjectRecord = z.object({
  projectRoot: z.string(),
  appid: z.string(),
  projectName: z.string(),
  openedAt: z.string(),
});

export interface SettingsFile extends Record<string, unknown> {
  schemaVersion: number;
  lang: Settings['lang'];
  proxy: string | null;
  ipEchoServices: string[] | null;
  npmRegistry: string | null;
  operatorName: string;
  defaultRobot: number;
  jobDeadlineMinutes: number;
  recentProjects: RecentProject[];
}

export const DEFAULT_SETTINGS: Settings = {
  lang: 'zh-CN',
  proxy: null,
  ipEchoServices: null,
  npmRegistry: null,
  operatorName: '',
  defaultRobot: DEFAULT_ROBOT,
  jobDeadlineMinutes: 10,
};

export class SettingsRepository {
  constructor(private readonly store: StoreBackend<SettingsFile>) {
    if (store.get('schemaVersion') === undefined) store.set('schemaVersion', SETTINGS_SCHEMA_VERSION);
  }

  get(): Settings {
    const lang = z.enum(['zh-CN', 'en']).safeParse(this.store.get('lang'));
    const proxy = z.string().nullable().safeParse(this.store.get('proxy'));
    const echo = z.array(z.string()).nullable().safeParse(this.store.get('ipEchoServices'));
    const registry = z.string().nullable().safeParse(this.store.get('npmRegistry'));
    const operator = z.string().max(64).safeParse(this.store.get('operatorName'));
    const robot = z.number().int().min(1).max(30).safeParse(this.store.get('defaultRobot'));
    const deadline = z.number().int().min(1).max(120).safeParse(this.store.get('jobDeadlineMinutes'));
    return {
      lang: lang.success ? lang.data : DEFAULT_SETTINGS.lang,
      proxy: proxy.success ? proxy.data : DEFAULT_SETTINGS.proxy,
      ipEchoServices: echo.success ? echo.data : DEFAULT_SETTINGS.ipEchoServices,
      npmRegistry: registry.success ? registry.data : DEFAULT_SETTINGS.npmRegistry,
      operatorName: operator.success ? operator.data : DEFAULT_SETTINGS.operatorName,
      defaultRobot: robot.success ? robot.data : DEFAULT_SETTINGS.defaultRobot,
      jobDeadlineMinutes: deadline.success ? deadline.data : DEFAULT_SETTINGS.jobDeadlineMinutes,
    };
  }

  update(patch: SettingsPatch): Settings {
    if (patch.lang) this.store.set('lang', patch.lang);
    if (patch.proxy !== undefined) this.store.set('proxy', patch.proxy);
    if (patch.ipEchoServices !== undefined) this.store.set('ipEchoServices', patch.ipEchoServices);
    if (patch.npmRegistry !== undefined) this.store.set('npmRegistry', patch.npmRegistry);
    if (patch.operatorName !== undefined) this.store.set('operatorName', patch.operatorName);
    if (patch.defaultRobot !== undefined) this.store.set('defaultRobot', patch.defaultRobot);
    if (patch.jobDeadlineMinutes !== undefined) this.store.set('jobDeadlineMinutes', patch.jobDeadlineMinutes);
    return this.get();
  }

  recentProjects(): RecentProject[] {
    const parsed = z.array(RecentProjectRecord).safeParse(this.store.get('recentProjects'));
    return parsed.success ? parsed.data : [];
  }

  rememberProject(project: RecentProject): RecentProject[] {
    const others = this.recentProjects().filter((p) => p.projectRoot !== project.projectRoot);
    const next = [project, ...others].slice(0, MAX_RECENT);
    this.store.set('recentProjects', next);
    return next;
  }

  forgetProject(projectRoot: string): RecentProject[] {
    const next = this.recentProjects().filter((p) => p.projectRoot !== projectRoot);
    this.store.set('recentProjects', next);
    return next;
  }
}
