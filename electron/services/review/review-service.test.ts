import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConfStore } from '../settings/conf-store';
import { ReviewRepository, type ReviewFile } from './review-repository';
import { createReviewService } from './review-service';

// The review records on disk, through the real conf store the harness uses.

const APPID = 'wx0123456789abcdef';
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'review-test-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const open = () => openConfStore<ReviewFile>(dir, 'review').store;
const file = () => path.join(dir, 'review.json');
const at = (iso: string) => () => new Date(iso);

describe('the review records', () => {
  it('records a version\'s events across reopening, refuses a transition with a problem and writes nothing then', () => {
    const first = createReviewService(new ReviewRepository(open()), at('2026-05-04T09:00:00'));
    expect(first.record(APPID, '1.0.0', { state: 'submitted', urgent: true })).toMatchObject({ ok: true, review: { events: [{ state: 'submitted', at: '2026-05-04', urgent: true }] } });
    const before = fs.readFileSync(file(), 'utf8');
    expect(first.record(APPID, '1.0.0', { state: 'released', mode: 'full' })).toMatchObject({ ok: false, problem: { code: 'review.transition-refused' } });
    expect(fs.readFileSync(file(), 'utf8')).toBe(before);

    const again = createReviewService(new ReviewRepository(open()), at('2026-05-06T09:00:00'));
    const rejected = again.record(APPID, '1.0.0', { state: 'rejected', at: '2026-05-05', reason: '小程序类目与内容不符' });
    expect(rejected).toMatchObject({ ok: true, review: { events: [{ state: 'submitted' }, { state: 'rejected', at: '2026-05-05', reason: '小程序类目与内容不符' }] } });
    expect(again.list(APPID)).toMatchObject({ appid: APPID, urgentQuota: 3, releasedBefore: false, versions: [{ version: '1.0.0' }] });
    expect(again.all().map((book) => book.appid)).toEqual([APPID]);
  });

  it('keeps the 加急 quota and the released-before fact per appid', () => {
    const service = createReviewService(new ReviewRepository(open()));
    expect(service.setUrgentQuota(APPID, 1)).toMatchObject({ urgentQuota: 1, releasedBefore: false });
    expect(service.setReleasedBefore(APPID, true)).toMatchObject({ urgentQuota: 1, releasedBefore: true });
    expect(createReviewService(new ReviewRepository(open())).list('wx1111111111111111')).toMatchObject({ urgentQuota: 3, releasedBefore: false, versions: [] });
  });

  it('skips a damaged entry or event, not the list, and keeps the damaged bytes when writing another version', () => {
    const store = open();
    const good = { appid: APPID, version: '1.0.0', events: [{ state: 'submitted', at: '2026-05-01', recordedAt: 'x' }, { state: 'exploded', at: 3 }, { state: 'approved', at: '2026-05-02', recordedAt: 'y' }] };
    store.set('reviews', [42, { appid: APPID }, good, null]);
    store.set('apps', { [APPID]: { urgentQuota: 'many' } });
    const service = createReviewService(new ReviewRepository(open()), at('2026-05-03T10:00:00'));
    expect(service.list(APPID)).toMatchObject({ urgentQuota: 3, versions: [{ version: '1.0.0', events: [{ state: 'submitted' }, { state: 'approved' }] }] });
    expect(service.record(APPID, '1.0.0', { state: 'released', mode: 'full' }).ok).toBe(true);
    const onDisk = JSON.parse(fs.readFileSync(file(), 'utf8')) as ReviewFile;
    expect(onDisk.reviews).toHaveLength(4);
    expect(onDisk.reviews[0]).toBe(42);
  });

  it('writes atomically: the file is whole JSON after every record and no temp file stays beside it', () => {
    const service = createReviewService(new ReviewRepository(open()), at('2026-05-03T10:00:00'));
    for (let i = 0; i < 30; i += 1) {
      expect(service.record(APPID, `1.0.${i}`, { state: 'submitted' }).ok).toBe(true);
      expect(service.record(APPID, `1.0.${i}`, { state: 'withdrawn' }).ok).toBe(true);
      expect((JSON.parse(fs.readFileSync(file(), 'utf8')) as ReviewFile).reviews).toHaveLength(i + 1);
    }
    expect(fs.readdirSync(dir).filter((name) => name !== 'review.json')).toEqual([]);
  });

  it('joins history rows to their version\'s state and dates', () => {
    const service = createReviewService(new ReviewRepository(open()), at('2026-05-03T10:00:00'));
    service.record(APPID, '1.0.0', { state: 'submitted', at: '2026-05-01' });
    service.record(APPID, '1.0.0', { state: 'approved', at: '2026-05-02' });
    const lookup = service.lookup();
    expect(lookup(APPID, '1.0.0')).toEqual({ state: 'approved', submittedAt: '2026-05-01', outcomeAt: '2026-05-02', releasedAt: null, mode: null });
    expect(lookup(APPID, null)).toBeUndefined();
  });
});
