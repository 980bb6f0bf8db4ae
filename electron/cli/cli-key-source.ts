import type { Problem } from '../../shared/model';
import type { KeySource, UsableKey } from '../services/keys/key-source';
import { loadPrivateKey } from './private-key';

/**
 * The command line's key: `--key`, MP_PRIVATE_KEY or MP_PRIVATE_KEY_PATH, read when the release
 * service asks for it (after the project passed its checks), once. Where it came from goes into
 * the folded detail of a problem, never the key. As in the app, a file named for another appid is
 * refused: a terminal cannot ask, and the wrong key would only fail at upload.
 */
export function cliKeySource(keyFlag: string | undefined, env: NodeJS.ProcessEnv): KeySource {
  let loaded: ReturnType<typeof loadPrivateKey> | null = null;
  return {
    async useKey(appid): Promise<UsableKey> {
      loaded ??= loadPrivateKey(keyFlag, env);
      const key = await loaded;
      const from = key.source ? `key source: ${key.source}` : undefined;
      const withSource = (problem: Problem): UsableKey => ({ ok: false, problem: { ...problem, detail: [problem.detail, from].filter(Boolean).join('\n') || undefined } });
      if (!key.ok) return withSource(key.problem);
      if (key.fileAppid && key.fileAppid !== appid.toLowerCase()) {
        return withSource({ code: 'key.appid-mismatch', severity: 'error', params: { fileAppid: key.fileAppid, appid } });
      }
      return { ok: true, pem: key.privateKey };
    },
  };
}
