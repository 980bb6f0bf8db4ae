import type { KeySource, UsableKey } from '../services/keys/key-source';
import { loadPrivateKey } from './private-key';

/**
 * The command line's key: `--key`, MP_PRIVATE_KEY or MP_PRIVATE_KEY_PATH, read when the release
 * service asks for it (after the project passed its checks), once. Where it came from goes into
 * the folded detail of a problem, never the key.
 */
export function cliKeySource(keyFlag: string | undefined, env: NodeJS.ProcessEnv): KeySource {
  let loaded: Promise<UsableKey> | null = null;
  return {
    useKey() {
      loaded ??= loadPrivateKey(keyFlag, env).then((key) => {
        if (key.ok) return { ok: true, pem: key.privateKey };
        const from = key.source ? `key source: ${key.source}` : undefined;
        return { ok: false, problem: { ...key.problem, detail: [key.problem.detail, from].filter(Boolean).join('\n') || undefined } };
      });
      return loaded;
    },
  };
}
