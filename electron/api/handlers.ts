import type { AppInfo, Channel, ChannelOutput } from '../../shared/api';
import type { ProjectReport } from '../../shared/model';
import {
  AppidInput,
  CancelJobInput,
  ForgetProjectInput,
  ImportKeyInput,
  NoInput,
  OpenExternalInput,
  OpenMpPageInput,
  OpenProjectInput,
  PreviewInput,
  ProjectRootInput,
  RemoveKeyInput,
  SettingsPatch,
  TickInput,
  UploadInput,
} from '../../shared/schemas';
import { scanProjectDomains } from '../services/domains/scan-project-domains';
import { isAllowedExternalUrl } from '../services/external-links';
import { importKeyFile } from '../services/keys/import-key-file';
import type { KeyVault } from '../services/keys/key-vault';
import type { MpSession } from '../services/mp-session';
import { findPublicIp } from '../services/network/public-ip';
import type { WhitelistTicksRepository } from '../services/whitelist/whitelist-ticks';
import type { ReleaseService } from '../services/release/release-service';
import type { SettingsRepository } from '../services/settings/settings-repository';
import type { ProjectService } from '../services/workspace/project-service';

/** What the handlers need from the shell they run in: Electron or the browser harness. */
export interface ApiDeps {
  appInfo: AppInfo;
  readProject(path: string): Promise<ProjectReport>;
  projects: ProjectService;
  settings: SettingsRepository;
  keys: KeyVault;
  release: ReleaseService;
  pickFolder(): Promise<string | null>;
  pickKeyFile(): Promise<string | null>;
  openExternal(url: string): Promise<void>;
  mpSession: MpSession;
  openMpPage(url: string, where: 'app' | 'browser'): Promise<void>;
  ticks: WhitelistTicksRepository;
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
    'keys:list': async (input) => {
      NoInput.parse(input);
      return deps.keys.list();
    },
    'keys:pick-file': async (input) => {
      NoInput.parse(input);
      return deps.pickKeyFile();
    },
    'keys:import': async (input) => {
      const { path, ...options } = ImportKeyInput.parse(input);
      return importKeyFile(deps.keys, path, options);
    },
    'keys:remove': async (input) => deps.keys.remove(RemoveKeyInput.parse(input).appid),
    'release:upload': async (input) => deps.release.upload(UploadInput.parse(input)),
    'release:preview': async (input) => deps.release.preview(PreviewInput.parse(input)),
    'release:check-connection': async (input) => deps.release.checkConnection(ProjectRootInput.parse(input).projectRoot),
    'release:cancel': async (input) => ({ cancelled: deps.release.cancel(CancelJobInput.parse(input).jobId) }),
    'mp:open': async (input) => {
      const { page, where } = OpenMpPageInput.parse(input);
      const url = deps.mpSession.urlFor(page);
      await deps.openMpPage(url, where);
      return { url };
    },
    'mp:status': async (input) => {
      NoInput.parse(input);
      return { signedIn: deps.mpSession.signedIn() };
    },
    'network:public-ip': async (input) => {
      NoInput.parse(input);
      const { proxy, ipEchoServices } = deps.settings.get();
      return findPublicIp({ proxy, services: ipEchoServices ?? undefined });
    },
    'whitelist:scan': async (input) => scanProjectDomains(ProjectRootInput.parse(input).projectRoot, deps.readProject),
    'whitelist:ticks': async (input) => deps.ticks.get(AppidInput.parse(input).appid),
    'whitelist:tick': async (input) => {
      const { appid, type, origin, done } = TickInput.parse(input);
      return deps.ticks.set(appid, type, origin, done);
    },
  };
}
