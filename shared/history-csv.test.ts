import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReleaseRecord } from './history';
import { historyCsv, localTime } from './history-csv';
import { reviewLookup } from './review';

// Node reads TZ again whenever it is set, so the machine's time zone is pinned for these tests.
beforeEach(() => vi.stubEnv('TZ', 'Asia/Shanghai'));
afterEach(() => vi.unstubAllEnvs());

const upload: ReleaseRecord = {
  id: 'a', appid: 'wx0123456789abcdef', projectRoot: '/p', kind: 'upload', version: '1.3.0', desc: 'line one\nline, "two"', robot: 2, operator: 'Wang',
  startedAt: '2026-11-30T10:00:04.000Z', durationMs: 4260, trialVersion: false,
  outcome: { ok: true, sizes: [{ name: '__FULL__', bytes: 5000 }, { name: '__APP__', bytes: 3000 }, { name: 'packageA/', bytes: 1200 }, { name: 'packageB/', bytes: 800 }] },
};

describe('the history as CSV', () => {
  it('writes the time in the machine\'s time zone, as Excel shows a date and time', () => {
    expect(localTime('2026-11-30T10:00:04.000Z')).toBe('2026-11-30 18:00:04');
    expect(localTime('not a time')).toBe('not a time');
  });

  it('has one row per record: sizes in bytes, each subpackage named, multi-line notes quoted', () => {
    const text = historyCsv([upload], 'en');
    expect(text.slice(1)).toBe(
      'Time,Kind,Result,Version,Notes,Robot,Operator,Duration (seconds),Main package (bytes),Total (bytes),Subpackages (bytes),Trial version,Problem code,Problem,Review,Submitted,Review outcome,Released\r\n' +
        '2026-11-30 18:00:04,Upload,Succeeded,1.3.0,"line one\nline, ""two""",2,Wang,4.3,3000,5000,packageA/=1200; packageB/=800,,,,,,,\r\n',
    );
  });

  it('is only the header when nothing is kept', () => {
    expect(historyCsv([], 'zh-CN').slice(1).split('\r\n')).toEqual(['时间,类型,结果,版本号,备注,机器人,操作人,用时（秒）,主包（字节）,总大小（字节）,分包（字节）,体验版,问题代码,问题,审核状态,提交审核日期,审核结果日期,发布日期', '']);
  });

  it('gives each upload its version\'s review state and dates, joined by appid and version; previews none', () => {
    const lookup = reviewLookup([
      {
        appid: upload.appid,
        version: '1.3.0',
        events: [
          { state: 'submitted', at: '2026-12-01', urgent: true, recordedAt: 'a' },
          { state: 'approved', at: '2026-12-03', recordedAt: 'b' },
          { state: 'released', at: '2026-12-04', mode: 'phased', recordedAt: 'c' },
        ],
      },
    ]);
    const preview: ReleaseRecord = { ...upload, id: 'b', kind: 'preview', version: null, outcome: { ok: true, sizes: [] } };
    const other: ReleaseRecord = { ...upload, id: 'c', version: '1.4.0' };
    const lines = historyCsv([upload, preview, other], 'zh-CN', lookup).slice(1).split('\r\n');
    expect(lines[1]!.split(',').slice(-4)).toEqual(['已发布', '2026-12-01', '2026-12-03', '2026-12-04']);
    expect(lines[2]!.split(',').slice(-4)).toEqual(['', '', '', '']);
    expect(lines[3]!.split(',').slice(-4)).toEqual(['未提交审核', '', '', '']);
  });
});
