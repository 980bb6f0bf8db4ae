import path from 'node:path';
import { app } from 'electron';
import Store from 'electron-store';
import { openStoreSafely, type OpenedStore } from '../../services/settings/store-backend';
import { STORE_FILE_MODE } from '../../services/settings/store-files';

/** A store file in the app's user-data folder, moved aside and recreated if it cannot be read. */
export function openElectronStore<T extends Record<string, unknown>>(name: string): OpenedStore<T> {
  const filePath = path.join(app.getPath('userData'), `${name}.json`);
  return openStoreSafely<T>(filePath, () => new Store<T>({ name, configFileMode: STORE_FILE_MODE }));
}
