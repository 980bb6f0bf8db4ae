import fs from 'node:fs';
import path from 'node:path';
import type { KeySource } from '../services/keys/key-source';
import { cliKeySource } from './cli-key-source';

/**
 * The keys of a batch, one per appid: `private.<appid>.key` (the name the admin site downloads it
 * under) in the key folder, else the usual `--key` / MP_PRIVATE_KEY / MP_PRIVATE_KEY_PATH, which
 * then must be that appid's (a file named for another appid is refused, as in `upload`).
 */
export function batchKeySource(keyDir: string, keyFlag: string | undefined, env: NodeJS.ProcessEnv): KeySource {
  const fallback = cliKeySource(keyFlag, env);
  const perAppid = new Map<string, KeySource>();
  return {
    useKey(appid) {
      const file = path.join(keyDir, `private.${appid}.key`);
      if (!fs.existsSync(file)) return fallback.useKey(appid);
      let source = perAppid.get(appid);
      if (!source) {
        source = cliKeySource(file, env);
        perAppid.set(appid, source);
      }
      return source.useKey(appid);
    },
  };
}
