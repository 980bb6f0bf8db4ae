import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPrivateKey } from './private-key';

const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });

describe('reading the upload key', () => {
  it('accepts PKCS#1 and PKCS#8 PEM keys, also with text around them', async () => {
    expect(await loadPrivateKey(undefined, { MP_PRIVATE_KEY: privateKey })).toMatchObject({ ok: true, privateKey });
    const pkcs8 = crypto.createPrivateKey(privateKey).export({ type: 'pkcs8', format: 'pem' }).toString();
    expect((await loadPrivateKey(undefined, { MP_PRIVATE_KEY: pkcs8 })).ok).toBe(true);
    const wrapped = `downloaded from mp.weixin.qq.com\n${privateKey}\n`;
    expect(await loadPrivateKey(undefined, { MP_PRIVATE_KEY: wrapped })).toMatchObject({ ok: true, privateKey });
  });

  it('refuses a non-RSA key with the app\'s own message', async () => {
    const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(await loadPrivateKey(undefined, { MP_PRIVATE_KEY: ec })).toMatchObject({ ok: false, problem: { code: 'key.not-rsa' } });
  });

  it('--key wins over MP_PRIVATE_KEY, which wins over MP_PRIVATE_KEY_PATH', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-key-test-'));
    const file = path.join(dir, 'k.key');
    fs.writeFileSync(file, privateKey);
    const junk = path.join(dir, 'junk.key');
    fs.writeFileSync(junk, 'junk');
    try {
      expect(await loadPrivateKey(file, { MP_PRIVATE_KEY: 'junk' })).toMatchObject({ ok: true, source: `file ${file}` });
      expect(await loadPrivateKey(undefined, { MP_PRIVATE_KEY: privateKey, MP_PRIVATE_KEY_PATH: junk })).toMatchObject({ ok: true, source: 'environment variable MP_PRIVATE_KEY' });
      expect(await loadPrivateKey(undefined, { MP_PRIVATE_KEY_PATH: file })).toMatchObject({ ok: true });
      expect(await loadPrivateKey(undefined, {})).toMatchObject({ ok: false, problem: { code: 'cli.key-missing' } });
      expect(await loadPrivateKey(dir, {})).toMatchObject({ ok: false, problem: { code: 'key.file-unreadable' } });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes MP_PRIVATE_KEY written on one line with literal \\n, as CI secret stores keep it', async () => {
    const oneLine = privateKey.trim().replace(/\n/g, '\\n');
    expect(await loadPrivateKey(undefined, { MP_PRIVATE_KEY: oneLine })).toMatchObject({ ok: true, privateKey });
  });

  it('never puts the key text into a problem', async () => {
    const damaged = privateKey.replace(/\n[A-Za-z0-9+/]{20}/, '\n!!!!');
    const result = await loadPrivateKey(undefined, { MP_PRIVATE_KEY: damaged });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain(privateKey.split('\n')[2]);
  });
});
