import { describe, expect, it } from 'vitest';
import type { ReleaseRecord } from './history';
import { bumpVersion, leadingNumbers, suggestVersion, uploadOf } from './version-suggest';

let n = 0;
function upload(version: string | null, ok = true, kind: ReleaseRecord['kind'] = 'upload'): ReleaseRecord {
  n += 1;
  return {
    id: `job-${n}`,
    appid: 'wx0123456789abcdef',
    projectRoot: '/p/shop',
    kind,
    version,
    desc: null,
    robot: 1,
    operator: '',
    startedAt: `2026-11-${String(n).padStart(2, '0')}T10:00:00.000Z`,
    durationMs: 1000,
    outcome: ok ? { ok: true, sizes: [] } : { ok: false, code: 'ci.invalid-ip' },
    trialVersion: false,
  };
}

describe('bumpVersion', () => {
  it('reads one to four numbers, padding to three and keeping a fourth', () => {
    expect(['patch', 'minor', 'major'].map((b) => bumpVersion('7', b as 'patch', 'miniprogram'))).toEqual(['7.0.1', '7.1.0', '8.0.0']);
    expect(['patch', 'minor', 'major'].map((b) => bumpVersion('1.2', b as 'patch', 'miniprogram'))).toEqual(['1.2.1', '1.3.0', '2.0.0']);
    expect(['patch', 'minor', 'major'].map((b) => bumpVersion('1.2.3', b as 'patch', 'miniprogram'))).toEqual(['1.2.4', '1.3.0', '2.0.0']);
    expect(['patch', 'minor', 'major'].map((b) => bumpVersion('1.2.3.4', b as 'patch', 'miniprogram'))).toEqual(['1.2.3.5', '1.3.0.0', '2.0.0.0']);
  });

  it('counts the numbers a version starts with: a v before them is read, a suffix after them dropped', () => {
    expect(bumpVersion('v1.2.3', 'patch', 'miniprogram')).toBe('1.2.4');
    expect(bumpVersion('1.2.3-beta.1', 'patch', 'miniprogram')).toBe('1.2.4');
    expect(bumpVersion('2.0.0_rc', 'minor', 'miniprogram')).toBe('2.1.0');
    expect(leadingNumbers('1.2.x')).toEqual(['1', '2']);
  });

  it('cannot bump a version that starts with no number, or with one too big to count', () => {
    expect(bumpVersion('beta', 'patch', 'miniprogram')).toBeNull();
    expect(bumpVersion('', 'patch', 'miniprogram')).toBeNull();
    expect(bumpVersion('release-3', 'patch', 'miniprogram')).toBeNull();
    expect(bumpVersion('99999999999999999999.1', 'patch', 'miniprogram')).toBeNull();
  });

  it('keeps the width of numbers written with leading zeros (date versions)', () => {
    expect(bumpVersion('2026.01.05', 'patch', 'miniprogram')).toBe('2026.01.06');
    expect(bumpVersion('2026.01.09', 'minor', 'miniprogram')).toBe('2026.02.00');
    expect(bumpVersion('1.0.09', 'patch', 'miniprogram')).toBe('1.0.10');
  });

  it('gives plugins three numbers of at most three digits, carrying past 999', () => {
    expect(bumpVersion('1.2.3.4', 'patch', 'plugin')).toBe('1.2.4');
    expect(bumpVersion('1', 'patch', 'plugin')).toBe('1.0.1');
    expect(bumpVersion('1.2.999', 'patch', 'plugin')).toBe('1.3.0');
    expect(bumpVersion('1.999.999', 'patch', 'gamePlugin')).toBe('2.0.0');
    expect(bumpVersion('999.999.999', 'patch', 'plugin')).toBeNull();
    expect(bumpVersion('999.1.1', 'major', 'plugin')).toBeNull();
    expect(bumpVersion('1.2.999', 'patch', 'miniprogram')).toBe('1.2.1000');
  });
});

describe('suggestVersion', () => {
  it('suggests 1.0.0 without history, for plugins too, with nothing to bump', () => {
    expect(suggestVersion([], 'miniprogram')).toEqual({ from: null, suggested: '1.0.0', bumps: {} });
    expect(suggestVersion([], 'plugin')).toEqual({ from: null, suggested: '1.0.0', bumps: {} });
  });

  it('bumps the last successful upload, not a failed one nor a preview', () => {
    const history = [upload('1.2.3'), upload('1.4.0', false), upload(null, true, 'preview')];
    const suggestion = suggestVersion(history, 'miniprogram');
    expect(suggestion.from?.version).toBe('1.2.3');
    expect(suggestion).toMatchObject({ suggested: '1.2.4', bumps: { patch: '1.2.4', minor: '1.3.0', major: '2.0.0' } });
  });

  it('takes the last upload, not the highest, and steps past versions already uploaded', () => {
    const history = [upload('1.2.4'), upload('2.0.0'), upload('1.2.3')];
    expect(suggestVersion(history, 'miniprogram')).toMatchObject({ suggested: '1.2.5', bumps: { patch: '1.2.5', minor: '1.3.0', major: '3.0.0' } });
  });

  it('reads past an upload whose version it cannot bump, and falls back to 1.0.0 when none is readable', () => {
    expect(suggestVersion([upload('3.1'), upload('beta')], 'miniprogram')).toMatchObject({ suggested: '3.1.1' });
    expect(suggestVersion([upload('beta')], 'miniprogram')).toEqual({ from: null, suggested: '1.0.0', bumps: {} });
  });

  it('leaves out a bump the rules refuse, and suggests nothing when none is left', () => {
    expect(suggestVersion([upload('1.999.999')], 'plugin')).toMatchObject({ suggested: '2.0.0', bumps: { patch: '2.0.0', minor: '2.0.0', major: '2.0.0' } });
    expect(suggestVersion([upload('999.999.999')], 'plugin')).toMatchObject({ suggested: null, bumps: {} });
    // Uploaded before the length cap: its patch bump would be over 32 characters.
    const long = `1.${'1'.repeat(16)}.${'1'.repeat(16)}.9`;
    expect(suggestVersion([upload(long)], 'miniprogram')).toMatchObject({
      suggested: `1.${'1'.repeat(15)}2.0.0`,
      bumps: { minor: `1.${'1'.repeat(15)}2.0.0`, major: '2.0.0.0' },
    });
  });
});

describe('uploadOf', () => {
  it('finds the last successful upload of a version, ignoring failures and surrounding spaces', () => {
    const history = [upload('1.0.0'), upload('1.0.1', false)];
    expect(uploadOf(history, ' 1.0.0 ')?.id).toBe(history[0]!.id);
    expect(uploadOf(history, '1.0.1')).toBeNull();
  });
});
