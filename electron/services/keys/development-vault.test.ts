import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { developmentVault } from './memory-vault';

// The harness's vault key is written like the stores: all or nothing (issue 13, crash safety).
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-vault-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('developmentVault', () => {
  it('writes a 32-byte 0600 key, no temp file beside it, and a second start opens the first one\'s ciphertext', () => {
    const cipher = developmentVault(dir).encrypt('secret');
    const keyFile = path.join(dir, 'development-vault.key');
    expect(fs.statSync(keyFile).size).toBe(32);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual(['development-vault.key']);
    expect(developmentVault(dir).decrypt(cipher)).toBe('secret');
  });

  it('sets aside a torn key file (a kill mid-write by an older version) and starts with a new key', () => {
    fs.writeFileSync(path.join(dir, 'development-vault.key'), Buffer.alloc(5));
    const vault = developmentVault(dir);
    expect(vault.decrypt(vault.encrypt('secret'))).toBe('secret');
    expect(fs.statSync(path.join(dir, 'development-vault.key')).size).toBe(32);
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('development-vault.key.corrupt-'))).toHaveLength(1);
  });
});
