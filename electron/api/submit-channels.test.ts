import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FirstReleaseState } from '../../shared/first-release';
import { startFakeWechat, type FakeWechat } from '../../e2e/fake-wechat/fake-wechat-server';
import { rsaPair } from '../services/keys/test-support/key-files';
import { openConfStore } from '../services/settings/conf-store';
import type { FirstReleaseFile } from '../services/submit/first-release-ledger';
import type { ReviewAccountsFile } from '../services/submit/review-accounts';
import { composeServices, type ComposedServices } from './compose-services';
import { memoryShell } from './test-support/memory-shell';

// The 提审 step's channels wired as the app wires them: every connection check that WeChat answers
// (the whitelist step's, the pre-upload check's) records `released` for the appid, against the fake
// WeChat with the real job worker; the ledger and the test account live in real store files.
const APPID = 'wx0123456789abcdef';
const shop = path.resolve('e2e/fixtures/projects/nested-shop');
const key = rsaPair();
let fake: FakeWechat;
let dir: string;
let app: ComposedServices;

beforeAll(async () => {
  fake = await startFakeWechat({ apps: { [APPID]: key.publicKey } });
});
afterAll(async () => fake.close());
beforeEach(async () => {
  vi.stubEnv('NODE_EXTRA_CA_CERTS', fake.caCertPath);
  fake.setReleased(false);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'submit-channels-test-'));
  const shell = memoryShell();
  shell.stores.firstRelease = openConfStore<FirstReleaseFile>(dir, 'firstRelease').store;
  shell.stores.reviewAccounts = openConfStore<ReviewAccountsFile>(dir, 'reviewAccounts').store;
  app = composeServices(shell);
  const keyFile = path.join(dir, `private.${APPID}.key`);
  fs.writeFileSync(keyFile, key.privateKey);
  await app.serve('keys:import', { path: keyFile });
  await app.serve('settings:update', { proxy: fake.proxyUrl });
});
afterEach(async () => {
  await app.runner.cancelAll();
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

const firstRelease = async () => (await app.serve('firstRelease:get', { appid: APPID })) as FirstReleaseState;

describe('first release, as the connection checks learn it', () => {
  it("records WeChat's answer from the whitelist step's check, and from the pre-upload check's", async () => {
    expect((await firstRelease()).released).toBeNull();
    await expect(app.serve('release:checkConnection', { jobId: crypto.randomUUID(), projectRoot: shop })).resolves.toMatchObject({ ok: true, value: { released: false } });
    expect(await firstRelease()).toMatchObject({ released: false, answeredAt: expect.any(String) });

    fake.setReleased(true, APPID);
    await app.serve('release:checkConnection', { jobId: crypto.randomUUID(), projectRoot: shop });
    expect((await firstRelease()).released).toBe(true);

    fake.setReleased(false, APPID);
    const precheck = (await app.serve('precheck:run', { jobId: crypto.randomUUID(), projectRoot: shop, version: '1.0.0' })) as { parts: Array<{ part: string }> };
    expect(precheck.parts.length).toBeGreaterThan(0);
    expect((await firstRelease()).released).toBe(false);
  }, 120_000);

  it('a refused check changes nothing; ticks and the operator\'s word are kept in the file', async () => {
    fake.setMode('invalid-ip');
    await expect(app.serve('release:checkConnection', { jobId: crypto.randomUUID(), projectRoot: shop })).resolves.toMatchObject({ ok: false });
    fake.setMode('ok');
    expect((await firstRelease()).released).toBeNull();
    await app.serve('firstRelease:update', { appid: APPID, tick: { item: 'beian', done: true } });
    await app.serve('firstRelease:update', { appid: APPID, operatorSaysFirst: true });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'firstRelease.json'), 'utf8')).apps[APPID]).toMatchObject({ operatorSaysFirst: true, done: ['beian'] });
    await expect(app.serve('firstRelease:update', { appid: APPID, tick: { item: 'nope', done: true } })).rejects.toThrow();
  });
});

describe('the test account channels', () => {
  it('set, get and clear; the store file never holds the password', async () => {
    const account = { username: 'reviewer01', password: 'S3cret-review-pass', note: '' };
    await expect(app.serve('reviewAccount:set', { appid: APPID, ...account })).resolves.toEqual({ ok: true, sessionOnly: false });
    await expect(app.serve('reviewAccount:get', { appid: APPID })).resolves.toEqual(account);
    expect(fs.readFileSync(path.join(dir, 'reviewAccounts.json'), 'utf8')).not.toContain('S3cret');
    await expect(app.serve('reviewAccount:set', { appid: APPID, username: ' ', password: 'x', note: '' })).rejects.toThrow();
    await expect(app.serve('reviewAccount:clear', { appid: APPID })).resolves.toBeNull();
    await expect(app.serve('reviewAccount:get', { appid: APPID })).resolves.toBeNull();
  });
});
