import type { Lang, ProjectReport, RecentProject } from './model';
import type { ForgetProjectInput, OpenExternalInput, OpenProjectInput, SettingsPatch } from './schemas';

// The one contract between the renderer and the main process (or the browser harness).
// Channels are named `domain:verb`. Every channel has an input schema in schemas.ts and a
// handler in electron/api/handlers.ts; the preload exposes them as the AppApi below.

export interface AppInfo {
  version: string;
  /** 'electron' in the app, 'harness' in the browser harness used for development and tests. */
  shell: 'electron' | 'harness';
  platform: string;
}

export interface Settings {
  lang: Lang;
}

export interface ApiChannels {
  'app:info': { input: undefined; output: AppInfo };
  'project:open': { input: OpenProjectInput; output: ProjectReport };
  'project:pick-folder': { input: undefined; output: string | null };
  'project:recent': { input: undefined; output: RecentProject[] };
  'project:forget': { input: ForgetProjectInput; output: RecentProject[] };
  'settings:get': { input: undefined; output: Settings };
  'settings:update': { input: SettingsPatch; output: Settings };
  'shell:open-external': { input: OpenExternalInput; output: { opened: boolean } };
}

export type Channel = keyof ApiChannels;
export type ChannelInput<C extends Channel> = ApiChannels[C]['input'];
export type ChannelOutput<C extends Channel> = ApiChannels[C]['output'];

/** Events pushed from main to the renderer. Later issues add job progress here. */
export interface ApiEvents {
  'app:notice': { message: string };
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
] as const satisfies readonly Channel[];
