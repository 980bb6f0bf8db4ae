import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface TestKey {
  privateKey: string;
  publicKey: string;
  /** Where the key file was written: under test-output/, so temp-folder scans do not trip on it. */
  file: string;
  /** Pieces of the key's text to search for where it must never appear. */
  fragments: string[];
}

/** A fresh RSA key made at test time, written as `private.<appid>.key` the way WeChat names it. */
export function writeTestKey(appid: string, dir = path.resolve('test-output/keys')): TestKey {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `private.${appid}.key`);
  fs.writeFileSync(file, privateKey);
  const body = privateKey.split('\n').filter((line) => line && !line.startsWith('-----'));
  const joined = body.join('');
  // Every body line, plus short slices from across the whole body (as base64 re-wrapped or embedded elsewhere would show).
  const slices = [0.1, 0.3, 0.5, 0.7, 0.9].map((at) => joined.slice(Math.floor(joined.length * at), Math.floor(joined.length * at) + 24));
  return { privateKey, publicKey, file, fragments: [...body, ...slices] };
}
