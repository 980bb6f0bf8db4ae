import type { ProblemCode } from '../../shared/errors';
import type { Problem } from '../../shared/model';
import { parseUploadKey } from '../services/keys/parse-upload-key';
import { readKeyFileBytes } from '../services/keys/read-key-file';

// The upload key is read here and handed to the job runner, which sends it over IPC only. The
// checks and their messages are the app's own (services/keys); only how the key was given is
// the command line's business. Nothing here puts the key's text into a message.

/** `source` says where the key came from (a file, the environment), for the operator; never the key. */
export type LoadedKey =
  | { ok: true; privateKey: string; source: string; /** The appid the file's name says, when it says one. */ fileAppid: string | null }
  | { ok: false; problem: Problem; source?: string };

const cliProblem = (code: ProblemCode, params: Record<string, string> = {}): LoadedKey => ({
  ok: false,
  problem: { code, severity: 'error', params },
});

/** Key text where a path belongs (`--key "$(cat private.key)"`): it must not be echoed as a "missing file". */
export function looksLikeKeyText(value: string): boolean {
  return /-----BEGIN|\n/.test(value) || /[A-Za-z0-9+/]{60,}/.test(value) || value.length > 1024;
}

/** `--key` wins, then MP_PRIVATE_KEY (the text itself), then MP_PRIVATE_KEY_PATH. */
export async function loadPrivateKey(keyFlag: string | undefined, env: NodeJS.ProcessEnv): Promise<LoadedKey> {
  if (keyFlag !== undefined) return looksLikeKeyText(keyFlag) ? cliProblem('cli.key-text-as-path', { option: '--key' }) : readKeyFile(keyFlag);
  const inline = env.MP_PRIVATE_KEY;
  if (inline !== undefined) {
    // CI secret stores often keep the PEM on one line with literal "\n".
    const text = inline.includes('\n') ? inline : inline.replace(/\\n/g, '\n');
    return checkKey(Buffer.from(text), undefined, 'environment variable MP_PRIVATE_KEY');
  }
  const keyPath = env.MP_PRIVATE_KEY_PATH;
  if (keyPath) return looksLikeKeyText(keyPath) ? cliProblem('cli.key-text-as-path', { option: 'MP_PRIVATE_KEY_PATH' }) : readKeyFile(keyPath);
  return cliProblem('cli.key-missing');
}

async function readKeyFile(file: string): Promise<LoadedKey> {
  const read = await readKeyFileBytes(file);
  if (!read.ok) return { ok: false, problem: read.problem, source: `file ${file}` };
  return checkKey(read.bytes, read.fileName, `file ${file}`);
}

function checkKey(bytes: Buffer, fileName: string | undefined, source: string): LoadedKey {
  const parsed = parseUploadKey(bytes, fileName);
  return parsed.ok ? { ok: true, privateKey: parsed.key.pem, source, fileAppid: parsed.key.appidFromFileName } : { ok: false, problem: parsed.problem, source };
}
