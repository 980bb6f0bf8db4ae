import { EventHub } from '../api/event-hub';
import { createApiHandlers, type ApiHandlers } from '../api/handlers';
import { readProject } from '../services/project/read-project';
import { openConfStore } from '../services/settings/conf-store';
import { SettingsRepository, type SettingsFile } from '../services/settings/settings-repository';
import { createProjectService } from '../services/workspace/project-service';

export interface HarnessServices {
  handlers: ApiHandlers;
  events: EventHub;
  /** URLs the app asked the system browser to open; the harness records them instead. */
  openedUrls: string[];
}

/**
 * The same services as the Electron app, wired with plain-Node parts: a conf store in
 * `dataDir`, no native dialogs, and a recorded (not launched) system browser.
 */
export function createHarnessServices(options: { dataDir: string; version: string; pickFolderPath?: string }): HarnessServices {
  const { store } = openConfStore<SettingsFile>(options.dataDir, 'settings');
  const settings = new SettingsRepository(store);
  const openedUrls: string[] = [];
  const handlers = createApiHandlers({
    appInfo: { version: options.version, shell: 'harness', platform: process.platform },
    projects: createProjectService({ readProject, settings }),
    settings,
    // There is no native folder dialog in a browser tab; development can preset one.
    pickFolder: async () => options.pickFolderPath ?? null,
    openExternal: async (url) => {
      openedUrls.push(url);
    },
  });
  return { handlers, events: new EventHub(), openedUrls };
}
