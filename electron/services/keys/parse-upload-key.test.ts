import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../shared/errors';
import { parseUploadKey } from './parse-upload-key';
import { certificateLike, pkcs8, rsaPair } from './test-support/key-files';

const pair = rsaPair();

function rejects(bytes: Buffer | string, code: string, zh: string, fileName?: string) {
  const parsed = parseUploadKey(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes), fileName);
  if (parsed.ok) throw new Error(`expected ${code}`);
  expect(parsed.problem.code).toBe(code);
  expect(describeProblem(parsed.problem, 'zh-CN').message).toContain(zh);
  // A rejected file's content must not leak into the message or the detail either.
  expect(JSON.stringify(parsed.problem)).not.toContain(pair.privateKey.split('\n')[3]);
}

describe('parseUploadKey accepts real upload keys', () => {
  it('takes a PKCS#1 key and reads the appid from the file name', () => {
    const parsed = parseUploadKey(Buffer.from(pair.privateKey), 'private.wx0123456789ABCDEF.key');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    expect(parsed.key.bits).toBe(2048);
    expect(parsed.key.appidFromFileName).toBe('wx0123456789abcdef');
    expect(parsed.key.fingerprint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
  });

  it('takes PKCS#8, a BOM and Windows line endings, and gives the same fingerprint', () => {
    const windows = `\uFEFF${pkcs8(pair.privateKey).replace(/\n/g, '\r\n')}`;
    const a = parseUploadKey(Buffer.from(pair.privateKey));
    const b = parseUploadKey(Buffer.from(windows));
    if (!a.ok || !b.ok) throw new Error('expected both to parse');
    expect(b.key.fingerprint).toBe(a.key.fingerprint);
  });
});

describe('parseUploadKey names each wrong file', () => {
  it('an empty file', () => rejects('', 'key.empty', '密钥文件是空的'));
  it('a file of blank lines', () => rejects('\n\n  \n', 'key.empty', '密钥文件是空的'));
  it('a huge file', () => rejects(Buffer.alloc(200_000, 'a'), 'key.too-large', '这个文件太大'));
  it('a binary file', () => rejects(crypto.randomBytes(900), 'key.binary', '二进制文件'));
  it('an AppSecret pasted instead', () => rejects('0123456789abcdef0123456789abcdef\n', 'key.appsecret', 'AppSecret'));
  it('a public key', () => rejects(pair.publicKey, 'key.public-key', '这是公钥'));
  it('an RSA PUBLIC KEY', () => {
    const rsaPublic = crypto.createPublicKey(pair.publicKey).export({ type: 'pkcs1', format: 'pem' }).toString();
    rejects(rsaPublic, 'key.public-key', '这是公钥');
  });
  it('a certificate', () => rejects(certificateLike(), 'key.certificate', '证书'));
  it('a truncated file', () => rejects(pair.privateKey.slice(0, 900), 'key.truncated', '不完整或已损坏'));
  it('a corrupted body with intact armour', () => {
    const lines = pair.privateKey.split('\n');
    lines[5] = 'A'.repeat(64);
    lines[6] = '!!!!';
    rejects(lines.join('\n'), 'key.truncated', '不完整或已损坏');
  });
  it('a password-protected key', () => {
    const encrypted = crypto.createPrivateKey(pair.privateKey).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'x' }).toString();
    rejects(encrypted, 'key.encrypted', '设了密码');
  });
  it('an EC key', () => {
    const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    rejects(ec, 'key.not-rsa', 'RSA');
  });
  it('a key too short to be WeChat’s', () => rejects(rsaPair(512).privateKey, 'key.too-small', '太短'));
  it('any other text', () => rejects('这是我的密钥，请查收\n', 'key.not-pem', '不是上传密钥'));
});
