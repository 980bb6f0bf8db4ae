import { describe, expect, it } from 'vitest';
import type { ReleaseRecord } from './history';
import { reviewLookup } from './review';
import { filterHistory, lastUpload, mainPackageBytes, mainPackageLevel, mainPackageTrend, NO_FILTER } from './history-view';

const MB = 1024 * 1024;
const record = (id: string, extra: Partial<ReleaseRecord> = {}): ReleaseRecord => ({
  id, appid: 'wx0123456789abcdef', projectRoot: '/p', kind: 'upload', version: '1.0.0', desc: null, robot: 1, operator: '',
  startedAt: '2026-11-30T10:00:00.000Z', durationMs: 1000, outcome: { ok: true, sizes: [] }, trialVersion: false, ...extra,
});
const sized = (main: number, extra: Partial<ReleaseRecord> = {}) =>
  record(`s${main}`, { outcome: { ok: true, sizes: [{ name: '__FULL__', bytes: main + 10 }, { name: '__APP__', bytes: main }] }, ...extra });

const records = [
  record('up-ok', { version: '1.2.0', desc: '修复购物车', operator: '小王', robot: 3 }),
  record('up-ip', { version: '1.2.1', outcome: { ok: false, code: 'ci.invalid-ip', params: { ip: '203.0.113.7' } } }),
  record('pre', { kind: 'preview', version: null, operator: 'Li Lei' }),
];
const ids = (list: ReleaseRecord[]) => list.map((r) => r.id);

describe('the history filter', () => {
  it('keeps everything with no filter, and filters by kind and by result', () => {
    expect(ids(filterHistory(records, NO_FILTER, 'zh-CN'))).toEqual(['up-ok', 'up-ip', 'pre']);
    expect(ids(filterHistory(records, { ...NO_FILTER, kind: 'preview' }, 'zh-CN'))).toEqual(['pre']);
    expect(ids(filterHistory(records, { ...NO_FILTER, kind: 'upload', result: 'failed' }, 'zh-CN'))).toEqual(['up-ip']);
    expect(ids(filterHistory(records, { ...NO_FILTER, result: 'ok' }, 'zh-CN'))).toEqual(['up-ok', 'pre']);
  });

  it('finds text in the version, notes, operator, robot, problem code and the problem\'s words in the operator\'s language', () => {
    const find = (text: string, lang: 'zh-CN' | 'en' = 'zh-CN') => ids(filterHistory(records, { ...NO_FILTER, text }, lang));
    expect(find('1.2.1')).toEqual(['up-ip']);
    expect(find('购物车')).toEqual(['up-ok']);
    expect(find('li lei')).toEqual(['pre']);
    expect(find('#3')).toEqual(['up-ok']);
    expect(find('invalid-ip')).toEqual(['up-ip']);
    expect(find('白名单')).toEqual(['up-ip']);
    expect(find('203.0.113.7')).toEqual(['up-ip']);
    expect(find('whitelist', 'en')).toEqual(['up-ip']);
    expect(find('  ')).toEqual(['up-ok', 'up-ip', 'pre']);
    expect(find('nothing like this')).toEqual([]);
  });

  it('filters on the review state of the row\'s version; previews have none', () => {
    const reviews = reviewLookup([{ appid: 'wx0123456789abcdef', version: '1.2.0', events: [{ state: 'submitted', at: '2026-12-01', recordedAt: 'a' }] }]);
    const byReview = (review: NonNullable<typeof NO_FILTER.review>) => ids(filterHistory(records, { ...NO_FILTER, review }, 'zh-CN', reviews));
    expect(byReview('all')).toEqual(['up-ok', 'up-ip', 'pre']);
    expect(byReview('submitted')).toEqual(['up-ok']);
    expect(byReview('none')).toEqual(['up-ip']);
    expect(byReview('approved')).toEqual([]);
  });
});

describe('the main package over time', () => {
  it('is __APP__, or the whole app when WeChat named nothing else, and nothing for a failure', () => {
    expect(mainPackageBytes(sized(500))).toBe(500);
    expect(mainPackageBytes(record('f', { outcome: { ok: true, sizes: [{ name: '__FULL__', bytes: 700 }] } }))).toBe(700);
    expect(mainPackageBytes(record('s', { outcome: { ok: true, sizes: [{ name: '__FULL__', bytes: 700 }, { name: 'packageA/', bytes: 300 }] } }))).toBeNull();
    expect(mainPackageBytes(records[1]!)).toBeNull();
  });

  it('takes successful uploads only, oldest first', () => {
    const trend = mainPackageTrend([sized(100), records[1]!, sized(200, { kind: 'preview' }), sized(300, { version: '2.0.0' })]);
    expect(trend.map((p) => [p.bytes, p.version])).toEqual([[100, '1.0.0'], [300, '2.0.0']]);
  });

  it('is near the 2 MB limit from 75% (1.5 MB, where WeChat\'s own quality check warns) and over it past 2 MB', () => {
    expect(mainPackageLevel(1.5 * MB - 1)).toBe('ok');
    expect(mainPackageLevel(1.5 * MB)).toBe('near');
    expect(mainPackageLevel(2 * MB)).toBe('near');
    expect(mainPackageLevel(2 * MB + 1)).toBe('over');
  });

  it('knows the latest upload whatever its outcome', () => {
    expect(lastUpload(records)?.id).toBe('up-ip');
    expect(lastUpload([records[2]!])).toBeNull();
  });
});
