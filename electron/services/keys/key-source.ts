import type { Problem } from '../../../shared/model';

export type UsableKey = { ok: true; pem: string } | { ok: false; problem: Problem };

/**
 * Where a job's upload key comes from: the keychain vault in the app, a key file or
 * MP_PRIVATE_KEY on the command line. Asked once per job, at the last moment before it starts.
 */
export interface KeySource {
  useKey(appid: string): UsableKey | Promise<UsableKey>;
}
