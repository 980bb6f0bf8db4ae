import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConfStore } from '../settings/conf-store';
import { KeyVault, type KeysFile } from './key-vault';
import { memoryVault } from './memory-vault';
import { rsaPair } from './test-support/key-files';

const APPID = 'wx0123456789abcdef';
const pair = rsaPair();
const keyBytes = Buffer.from(pair.privateKey);
const bodyLine = pair.privateKey.split('\n')[4]!;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'key-vault-test-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const openStore = () => openConfStore<KeysFile>(dir, 'keys').store;

describe('KeyVault', () => {
  it('stores ciphertext only and hands out metadata, never the key', () => {
    const vault = new KeyVault(memoryVault('keychain'), openStore());
    const result = vault.import({ bytes: keyBytes, fileName: `private.${APPID}.key`, appid: APPID });
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.key).toMatchObject({ appid: APPID, bits: 2048, backend: 'keychain', sessionOnly: false, lastUsedAt: null });
    expect(JSON.stringify(vault.list())).not.toContain(bodyLine);
    const onDisk = fs.readFileSync(path.join(dir, 'keys.json'), 'utf8');
    expect(onDisk).not.toContain(bodyLine);
    expect(onDisk).not.toContain('PRIVATE KEY');
  });

  it('gives the key back at job start and records the use', () => {
    const vault = new KeyVault(memoryVault(), openStore(), () => new Date('2026-11-25T10:00:00Z'));
    vault.import({ bytes: keyBytes, appid: APPID });
    const used = vault.useKey(APPID);
    expect(used).toEqual({ ok: true, pem: `${pair.privateKey.trim()}\n` });
    expect(vault.list()[0]?.lastUsedAt).toBe('2026-11-25T10:00:00.000Z');
  });

  it('survives a restart with the same keychain', () => {
    const keychain = memoryVault('keychain');
    new KeyVault(keychain, openStore()).import({ bytes: keyBytes, appid: APPID });
    expect(new KeyVault(keychain, openStore()).useKey(APPID).ok).toBe(true);
  });

  it('asks for the key again, without crashing, when the keychain changed', () => {
    new KeyVault(memoryVault('gnome_libsecret'), openStore()).import({ bytes: keyBytes, appid: APPID });
    const used = new KeyVault(memoryVault('kwallet5'), openStore()).useKey(APPID);
    expect(used).toMatchObject({ ok: false, problem: { code: 'key.unreadable', params: { appid: APPID } } });
    if (!used.ok) expect(used.problem.detail).toContain('backend was gnome_libsecret, now kwallet5');
  });

  it('refuses to store under an insecure backend and offers this session instead', () => {
    const vault = new KeyVault(memoryVault('basic_text', false), openStore());
    const refused = vault.import({ bytes: keyBytes, appid: APPID });
    expect(refused).toMatchObject({ ok: false, canUseForSession: true, problem: { code: 'key.insecure-storage', params: { backend: 'basic_text' } } });
    expect(fs.existsSync(path.join(dir, 'keys.json')) ? fs.readFileSync(path.join(dir, 'keys.json'), 'utf8') : '').not.toContain('ciphertext');

    const session = vault.import({ bytes: keyBytes, appid: APPID, sessionOnly: true });
    expect(session).toMatchObject({ ok: true, key: { sessionOnly: true } });
    expect(vault.useKey(APPID).ok).toBe(true);
    expect(new KeyVault(memoryVault('basic_text', false), openStore()).useKey(APPID).ok).toBe(false);
  });

  it('refuses a file named for another appid until the operator confirms it, naming both', () => {
    const vault = new KeyVault(memoryVault(), openStore());
    const request = { bytes: keyBytes, fileName: 'private.wxffffffffffffffff.key', appid: APPID };
    expect(vault.import(request)).toMatchObject({
      ok: false,
      problem: { code: 'key.appid-mismatch', severity: 'error', params: { fileAppid: 'wxffffffffffffffff', appid: APPID } },
      appidConflict: { fileAppid: 'wxffffffffffffffff', appid: APPID },
    });
    expect(vault.list()).toEqual([]);
    expect(vault.import({ ...request, sessionOnly: true })).toMatchObject({ ok: false, problem: { code: 'key.appid-mismatch' } });
    expect(vault.import({ ...request, confirmedAppid: 'wx9999999999999999' })).toMatchObject({ ok: false });
    expect(vault.import({ ...request, confirmedAppid: APPID })).toMatchObject({ ok: true, key: { appid: APPID } });
  });

  it('takes the appid from the file name when no project is open, and refuses when neither says', () => {
    const vault = new KeyVault(memoryVault(), openStore());
    expect(vault.import({ bytes: keyBytes, fileName: `private.${APPID}.key` })).toMatchObject({ ok: true, key: { appid: APPID } });
    expect(vault.import({ bytes: keyBytes, fileName: 'key.pem' })).toMatchObject({ ok: false, problem: { code: 'key.appid-unknown' } });
  });

  it('replaces and deletes', () => {
    const vault = new KeyVault(memoryVault(), openStore());
    const first = vault.import({ bytes: keyBytes, appid: APPID });
    const second = vault.import({ bytes: Buffer.from(rsaPair().privateKey), appid: APPID });
    if (!first.ok || !second.ok) throw new Error('imports failed');
    expect(vault.list().map((k) => k.fingerprint)).toEqual([second.key.fingerprint]);
    expect(vault.remove(APPID)).toEqual([]);
    expect(vault.useKey(APPID)).toMatchObject({ ok: false, problem: { code: 'key.missing' } });
  });

  it('keeps the good records when one is damaged', () => {
    const store = openStore();
    const vault = new KeyVault(memoryVault(), store);
    vault.import({ bytes: keyBytes, appid: APPID });
    store.set('keys', { ...(store.get('keys') ?? {}), wxdamaged000000000: { ciphertext: 42 } } as unknown as KeysFile['keys']);
    expect(vault.list().map((k) => k.appid)).toEqual([APPID]);
  });
});
