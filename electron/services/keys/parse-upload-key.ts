import crypto from 'node:crypto';
import { formatBytes } from '../../../shared/format';
import type { ProblemCode } from '../../../shared/errors';
import type { Problem } from '../../../shared/model';

// Checks a would-be upload key before anything is stored, and says what it is when it is
// not one: admins hand out AppSecrets, public keys, certificates and truncated pastes too.

export const MAX_KEY_FILE_BYTES = 16 * 1024;
const MIN_RSA_BITS = 1024;

export interface UploadKey {
  /** The PEM text as miniprogram-ci takes it. Secret: stays in the main process. */
  pem: string;
  bits: number;
  fingerprint: string;
  /** The appid named by a `private.<appid>.key` file name, if any. */
  appidFromFileName: string | null;
}

export type ParsedKey = { ok: true; key: UploadKey } | { ok: false; problem: Problem };

const fail = (code: ProblemCode, params?: Problem['params'], detail?: string): ParsedKey => ({
  ok: false,
  problem: { code, severity: 'error', params, detail },
});

export function appidFromFileName(fileName: string | undefined): string | null {
  return /(wx[0-9a-f]{16})/i.exec(fileName ?? '')?.[1]?.toLowerCase() ?? null;
}

/** A short SHA-256 fingerprint of the public half: safe to show and to log. */
export function keyFingerprint(publicKey: crypto.KeyObject): string {
  const digest = crypto.createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex');
  return digest.slice(0, 32).match(/../g)!.join(':');
}

function decodeText(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function parseUploadKey(bytes: Buffer, fileName?: string): ParsedKey {
  if (bytes.length === 0) return fail('key.empty');
  if (bytes.length > MAX_KEY_FILE_BYTES) return fail('key.too-large', { size: formatBytes(bytes.length) });
  const text = decodeText(bytes);
  if (text === null || text.includes('\0')) return fail('key.binary');
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return fail('key.empty');
  if (/^[0-9a-f]{32}$/i.test(trimmed)) return fail('key.appsecret');
  if (/-----BEGIN (RSA )?PUBLIC KEY-----/.test(trimmed)) return fail('key.public-key');
  if (/-----BEGIN (TRUSTED )?CERTIFICATE-----/.test(trimmed)) return fail('key.certificate');
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(trimmed)) return fail('key.encrypted');
  const begin = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH )?PRIVATE KEY)-----/.exec(trimmed);
  if (!begin) return fail('key.not-pem');
  const endMarker = `-----END ${begin[1]}-----`;
  const end = trimmed.indexOf(endMarker, begin.index);
  if (end < 0) return fail('key.truncated');
  // Only the PEM block: files passed around in chat sometimes carry a line of text before it.
  const block = trimmed.slice(begin.index, end + endMarker.length);

  let privateKey: crypto.KeyObject;
  try {
    privateKey = crypto.createPrivateKey({ key: block, format: 'pem' });
  } catch (error) {
    // The error names the decoder, never the key material.
    return fail('key.truncated', undefined, error instanceof Error ? error.message : String(error));
  }
  if (privateKey.asymmetricKeyType !== 'rsa') return fail('key.not-rsa', { type: String(privateKey.asymmetricKeyType ?? begin[1]) });
  const bits = privateKey.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < MIN_RSA_BITS) return fail('key.too-small', { bits });
  return {
    ok: true,
    key: {
      pem: `${block}\n`,
      bits,
      fingerprint: keyFingerprint(crypto.createPublicKey(privateKey)),
      appidFromFileName: appidFromFileName(fileName),
    },
  };
}
