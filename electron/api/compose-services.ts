import type { AppInfo } from '../../shared/api';
import { JobRunner } from '../services/jobs/job-runner';
import type { JobLauncher } from '../services/jobs/job-launcher';
import type { Logger } from '../services/logging/logger';
import type { MpSession } from '../services/mp-session';
import { KeyVault, type KeysFile } from '../services/keys/key-vault';
import type { SecretVault } from '../services/keys/secret-vault';
import { readProject } from '../services/project/read-project';
import { createReleaseService } from '../services/release/release-service';
import { SettingsRepository, type SettingsFile } from '../services/settings/settings-repository';
import type { StoreBackend } from '../services/settings/store-backend';
import { WhitelistTicksRepository, type WhitelistFile } from '../services/whitelist/whitelist-ticks';
import { createProjectService } from '../services/workspace/project-service';
import { EventHub } from './event-hub';
import { createApiHandlers, type ApiHandlers } from './handlers';
import { withCallLog } from './logged-handlers';

/** The parts that differ between the Electron app and the browser harness. */
export interface ShellParts {
  appInfo: AppInfo;
  settingsStore: StoreBackend<SettingsFile>;
  keysStore: StoreBackend<KeysFile>;
  whitelistStore: StoreBackend<WhitelistFile>;
  vault: SecretVault;
  launcher: JobLauncher;
  logger: Logger;
  pickFolder(): Promise<string | null>;
  pickKeyFile(): Promise<string | null>;
  openExternal(url: string): Promise<void>;
  mpSession: MpSession;
  openMpPage(url: string, where: 'app' | 'browser'): Promise<void>;
}

export interface ComposedServices {
  handlers: ApiHandlers;
  events: EventHub;
  runner: JobRunner;
}

/** Wires every service once, the same way in both shells. */
export function composeServices(parts: ShellParts): ComposedServices {
  const settings = new SettingsRepository(parts.settingsStore);
  const keys = new KeyVault(parts.vault, parts.keysStore);
  const events = new EventHub();
  const runner = new JobRunner({ launcher: parts.launcher });
  const release = createReleaseService({ readProject, keys, runner, events, logger: parts.logger, proxy: () => settings.get().proxy });
  const handlers = createApiHandlers({
    appInfo: parts.appInfo,
    readProject,
    projects: createProjectService({ readProject, settings }),
    settings,
    keys,
    release,
    pickFolder: parts.pickFolder,
    pickKeyFile: parts.pickKeyFile,
    openExternal: parts.openExternal,
    mpSession: parts.mpSession,
    openMpPage: parts.openMpPage,
    ticks: new WhitelistTicksRepository(parts.whitelistStore),
  });
  return { handlers: withCallLog(handlers, parts.logger), events, runner };
}
