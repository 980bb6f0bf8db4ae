import type { AppInfo, Channel, ChannelOutput } from '../../shared/api';
import { ForgetProjectInput, NoInput, OpenExternalInput, OpenProjectInput, SettingsPatch } from '../../shared/schemas';
import { isAllowedExternalUrl } from '../services/external-links';
import type { SettingsRepository } from '../services/settings/settings-repository';
import type { ProjectService } from '../services/workspace/project-service';

/** What the handlers need from the shell they run in: Electron or the browser harness. */
export interface ApiDeps {
  appInfo: AppInfo;
  projects: ProjectService;
  settings: SettingsRepository;
  pickFolder(): Promise<string | null>;
  openExternal(url: string): Promise<void>;
}

export type ApiHandlers = { [C in Channel]: (input: unknown) => Promise<ChannelOutput<C>> };

/**
 * Every channel of the contract: parse the untrusted input, call a service, return plain data.
 * Electron's ipc.ts and the harness's WebSocket server both serve exactly these.
 */
export function createApiHandlers(deps: ApiDeps): ApiHandlers {
  return {
    'app:info': async (input) => {
      NoInput.parse(input);
      return deps.appInfo;
    },
    'project:open': async (input) => deps.projects.open(OpenProjectInput.parse(input).path),
    'project:pick-folder': async (input) => {
      NoInput.parse(input);
      return deps.pickFolder();
    },
    'project:recent': async (input) => {
      NoInput.parse(input);
      return deps.projects.recent();
    },
    'project:forget': async (input) => deps.projects.forget(ForgetProjectInput.parse(input).projectRoot),
    'settings:get': async (input) => {
      NoInput.parse(input);
      return deps.settings.get();
    },
    'settings:update': async (input) => deps.settings.update(SettingsPatch.parse(input)),
    'shell:open-external': async (input) => {
      const { url } = OpenExternalInput.parse(input);
      if (!isAllowedExternalUrl(url)) return { opened: false };
      await deps.openExternal(url);
      return { opened: true };
    },
  };
}
