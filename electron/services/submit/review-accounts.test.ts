import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryVault } from '../keys/memory-vault';
import { createLogger, silentLogger } from '../logging/logger';
import { openConfStore } from '../settings/conf-store';
import { ReviewAccounts, type ReviewAccountsFile } from './review-accounts';

// The reviewer's test account on a real store file, with the AES vault the harness uses.
const APPID = 'wx0123456789abcdef';
const account = { username: 'reviewer-7731', password: 'Pa55-word-for-审核', note: '登录后进入「我的订单」' };
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'review-account-test-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const file = () => path.join(dir, 'reviewAccounts.json');
const open = (vault = memoryVault()) => new ReviewAccounts(vault, openConfStore<ReviewAccountsFile>(dir, 'reviewAccounts').store, silentLogger);

describe('the test account vault', () => {
  it('keeps the account encrypted at rest and gives it back after reopening with the same vault', () => {
    const vault = memoryVault();
    expect(open(vault).set(APPID, account)).toEqual({ ok: true, sessionOnly: false });
    const text = fs.readFileSync(file(), 'utf8');
    for (const part of [account.username, account.password, 'Pa55', '我的订单']) expect(text).not.toContain(part);
    expect(JSON.parse(text).accounts[APPID]).toMatchObject({ backend: 'memory' });
    expect(open(vault).get(APPID)).toEqual(account);
    expect(open(vault).get('wx1111111111111111')).toBeNull();
  });

  it('another keychain cannot open it: no account, and a new one can be saved over it', () => {
    open().set(APPID, account);
    const other = memoryVault();
    expect(open(other).get(APPID)).toBeNull();
    open(other).set(APPID, { ...account, password: 'new-one' });
    expect(open(other).get(APPID)?.password).toBe('new-one');
  });

  it('clears the account from the file', () => {
    const vault = memoryVault();
    open(vault).set(APPID, account);
    expect(open(vault).clear(APPID)).toBeNull();
    expect(open(vault).get(APPID)).toBeNull();
    expect(JSON.parse(fs.readFileSync(file(), 'utf8')).accounts).toEqual({});
  });

  it('without a real keychain, keeps it for the session only and writes nothing', () => {
    const accounts = open(memoryVault('basic_text', false));
    expect(accounts.set(APPID, account)).toEqual({ ok: true, sessionOnly: true });
    expect(accounts.get(APPID)).toEqual(account);
    expect(fs.readFileSync(file(), 'utf8')).not.toContain('reviewer-7731');
  });

  it('a keychain that refuses to encrypt is a problem, and nothing is written', () => {
    const refusing = { ...memoryVault(), encrypt: () => { throw new Error('keychain locked'); } };
    expect(open(refusing).set(APPID, account)).toEqual({ ok: false, problem: { code: 'submit.account-store-failed', severity: 'error', detail: 'keychain locked' } });
    expect(fs.readFileSync(file(), 'utf8')).not.toContain('accounts');
  });

  it('the log redactor hides the username and password once the vault has seen them', () => {
    const secret = { username: 'ops-tester-58213', password: 'hunter2-but-longer', note: '' };
    const lines: string[] = [];
    const logger = createLogger((line) => lines.push(line));
    logger.info(`before: ${secret.password}`);
    open().set(APPID, secret);
    logger.error(`login failed for ${secret.username} with ${secret.password}`);
    expect(lines[0]).toContain(secret.password);
    expect(lines[1]).toMatch(/login failed for \[redacted\] with \[redacted\]$/);
  });
});
