import path from 'node:path';
import Conf from 'conf';
import { openStoreSafely, type OpenedStore } from './store-backend';
import { STORE_FILE_MODE } from './store-files';

/** A store file under `dir` for plain Node (tests, the browser harness, the CLI). */
export function openConfStore<T extends Record<string, unknown>>(dir: string, name: string): OpenedStore<T> {
  const filePath = path.join(dir, `${name}.json`);
  return openStoreSafely<T>(filePath, () => new Conf<T>({ cwd: dir, configName: name, configFileMode: STORE_FILE_MODE }));
}
