import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReleaseRecord } from './history';
import { historyCsv, localTime } from './history-csv';

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
      'Time,Kind,Result,Version,Notes,Robot,Operator,Duration (seconds),Main package (bytes),Total (bytes),Subpackages (bytes),Trial version,Problem code,Problem\r\n' +
        '2026-11-30 18:00:04,Upload,Succeeded,1.3.0,"line one\nline, ""two""",2,Wang,4.3,3000,5000,packageA/=1200; packageB/=800,,,\r\n',
    );
  });

  it('is only the header when nothing is kept', () => {
    expect(historyCsv([], 'zh-CN').slice(1).split('\r\n')).toEqual(['时间,类型,结果,版本号,备注,机器人,操作人,用时（秒）,主包（字节）,总大小（字节）,分包（字节）,体验版,问题代码,问题', '']);
  });
});
