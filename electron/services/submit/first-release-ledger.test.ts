import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConfStore } from '../settings/conf-store';
import { FirstReleaseLedger, type FirstReleaseFile } from './first-release-ledger';

// The first-release ledger on a real store file, reopened as after a restart.
const APPID = 'wx0123456789abcdef';
const OTHER = 'wx1111111111111111';
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'first-release-test-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const open = (now = new Date('2026-12-01T08:00:00Z')) => new FirstReleaseLedger(openConfStore<FirstReleaseFile>(dir, 'firstRelease').store, () => now);

describe('the first-release ledger', () => {
  it('knows nothing of an appid never checked', () => {
    expect(open().get(APPID)).toEqual({ released: null, answeredAt: null, operatorSaysFirst: false, done: [] });
  });

  it("keeps WeChat's last answer per appid; an answer without `released` keeps the one before", () => {
    const ledger = open();
    ledger.recordAnswer(APPID, false);
    ledger.recordAnswer(OTHER, true);
    expect(open(new Date('2026-12-02T08:00:00Z')).recordAnswer(APPID, null)).toMatchObject({ released: false, answeredAt: '2026-12-01T08:00:00.000Z' });
    expect(open().get(OTHER).released).toBe(true);
    open(new Date('2026-12-03T08:00:00Z')).recordAnswer(APPID, true);
    expect(open().get(APPID)).toMatchObject({ released: true, answeredAt: '2026-12-03T08:00:00.000Z' });
  });

  it('remembers ticks in checklist order and the operator saying it is the first release, across reopening', () => {
    open().update(APPID, { tick: { item: 'privacy', done: true } });
    open().update(APPID, { tick: { item: 'basicInfo', done: true } });
    open().update(APPID, { tick: { item: 'members', done: true } });
    open().update(APPID, { tick: { item: 'members', done: false }, operatorSaysFirst: true });
    expect(open().get(APPID)).toMatchObject({ operatorSaysFirst: true, done: ['basicInfo', 'privacy'] });
    // A tick is not an answer from WeChat.
    expect(open().get(APPID).released).toBeNull();
    expect(open().get(OTHER).done).toEqual([]);
  });

  it('reads entry by entry: a damaged entry is skipped, unknown items are dropped', () => {
    open().update(APPID, { tick: { item: 'category', done: true } });
    const file = path.join(dir, 'firstRelease.json');
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as FirstReleaseFile;
    data.apps[OTHER] = { released: 'yes' };
    (data.apps[APPID] as { done: string[] }).done.push('futureItem');
    fs.writeFileSync(file, JSON.stringify(data));
    expect(open().get(APPID).done).toEqual(['category']);
    expect(open().get(OTHER)).toMatchObject({ released: null, done: [] });
  });
});
