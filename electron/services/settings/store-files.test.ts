import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileSync as atomicWrite } from 'atomically';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyVault, type KeysFile } from '../keys/key-vault';
import { memoryVault } from '../keys/memory-vault';
import { openConfStore } from './conf-store';
import { SettingsRepository, type SettingsFile } from './settings-repository';
import { isStaleTempOf } from './store-files';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-files-test-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;
const settingsFile = () => path.join(dir, 'settings.json');

/** What a crash between atomically's write and its rename leaves: a temp file under its real name. */
function crashMidWrite(target: string, content: string): string {
  let temp = '';
  expect(() =>
    atomicWrite(target, content, {
      tmpPurge: false,
      tmpCreated: (created) => {
        temp = created;
        throw new Error('crash before the rename');
      },
    }),
  ).toThrow('crash before the rename');
  return temp;
}

describe.skipIf(process.platform === 'win32')('store files on disk', () => {
  it('writes settings and keys stores 0600', () => {
    new SettingsRepository(openConfStore<SettingsFile>(dir, 'settings').store).update({ lang: 'en' });
    new KeyVault(memoryVault(), openConfStore<KeysFile>(dir, 'keys').store);
    expect(modeOf(settingsFile())).toBe(0o600);
    expect(modeOf(path.join(dir, 'keys.json'))).toBe(0o600);
  });

  it('narrows a store file an older version left world-readable', () => {
    fs.writeFileSync(settingsFile(), JSON.stringify({ schemaVersion: 1, lang: 'en' }), { mode: 0o644 });
    fs.chmodSync(settingsFile(), 0o644);
    const repo = new SettingsRepository(openConfStore<SettingsFile>(dir, 'settings').store);
    expect(modeOf(settingsFile())).toBe(0o600);
    expect(repo.get().lang).toBe('en');
  });
});

describe('stale temp files', () => {
  it('recognises the temp names conf\'s writer really makes', () => {
    const temp = crashMidWrite(settingsFile(), '{}');
    expect(fs.existsSync(temp)).toBe(true);
    expect(isStaleTempOf(path.basename(temp), 'settings.json')).toBe(true);
    expect(isStaleTempOf(path.basename(temp), 'settings.jso')).toBe(false);
  });

  it('removes the ones a crash left beside our stores at start, and touches nothing else', () => {
    new SettingsRepository(openConfStore<SettingsFile>(dir, 'settings').store).update({ lang: 'en' });
    const stale = crashMidWrite(settingsFile(), JSON.stringify({ lang: 'zh-CN', proxy: 'http://half-written:1' }));
    const keysStale = path.join(dir, 'keys.json.tmp-1712345678a1b2c3');
    fs.writeFileSync(keysStale, 'ciphertext copy');
    const others = ['notes.json.tmp-1712345678a1b2c3', 'settings.json.tmp-backup', 'settings.json.corrupt-2024-01-01', 'settings.jsonx.tmp-1712345678a1b2c3', 'README.txt'];
    for (const name of others) fs.writeFileSync(path.join(dir, name), 'keep me');
    fs.mkdirSync(path.join(dir, 'whitelist.json.tmp-1712345678a1b2c3'));

    const repo = new SettingsRepository(openConfStore<SettingsFile>(dir, 'settings').store);
    openConfStore<KeysFile>(dir, 'keys');
    openConfStore(dir, 'whitelist');

    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(keysStale)).toBe(false);
    for (const name of others) expect(fs.readFileSync(path.join(dir, name), 'utf8')).toBe('keep me');
    expect(fs.statSync(path.join(dir, 'whitelist.json.tmp-1712345678a1b2c3')).isDirectory()).toBe(true);
    // The store itself is the last complete write, not the half-written temp.
    expect(repo.get().lang).toBe('en');
  });
});
