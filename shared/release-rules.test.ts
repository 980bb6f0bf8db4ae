import { describe, expect, it } from 'vitest';
import { robotProblem, versionProblem } from './release-rules';

describe('versionProblem', () => {
  it('refuses an empty or blank version', () => {
    expect(versionProblem('', 'miniprogram')?.code).toBe('ci.version-empty');
    expect(versionProblem('   ', 'miniprogram')?.code).toBe('ci.version-empty');
  });
  it('takes a digit first, then letters and digits with single . - _ between them, for a mini program', () => {
    for (const v of ['1', '1.0', '1.0.0', '2.10.3.1', '1.0.0.0.0', '2026.11.30', '1.0.0-beta', '1.2.3-rc.1', '3.0_hotfix', ' 1.2.3 ']) {
      expect(versionProblem(v, 'miniprogram'), v).toBeNull();
    }
    for (const v of ['v1.0.0', 'beta', '1..0', '1.0.', '.1', '1.0 beta', '1.0.0+build', '1,2', '１.0', '1.0.0版', '1.0.0-']) {
      expect(versionProblem(v, 'miniprogram')?.code, v).toBe('ci.version-invalid');
    }
  });
  it('refuses a version over 32 characters, saying how long it is', () => {
    expect(versionProblem('1.'.padEnd(32, '0'), 'miniprogram')).toBeNull();
    expect(versionProblem('1.'.padEnd(33, '0'), 'miniprogram')).toMatchObject({ code: 'version.too-long', params: { length: 33, max: 32 } });
  });
  it('needs exactly three parts of at most three digits for a plugin', () => {
    expect(versionProblem('1.2.3', 'plugin')).toBeNull();
    expect(versionProblem('1.2', 'plugin')?.code).toBe('ci.version-invalid');
    expect(versionProblem('1.2.3-beta', 'gamePlugin')?.code).toBe('ci.version-invalid');
    expect(versionProblem('1.2.1000', 'plugin')).toMatchObject({ code: 'ci.version-invalid', params: { version: '1.2.1000' } });
  });
});

describe('robotProblem', () => {
  it('allows robots 1 to 30 only', () => {
    expect(robotProblem(1)).toBeNull();
    expect(robotProblem(30)).toBeNull();
    expect(robotProblem(0)?.code).toBe('ci.robot-invalid');
    expect(robotProblem(31)?.code).toBe('ci.robot-invalid');
    expect(robotProblem(1.5)?.code).toBe('ci.robot-invalid');
  });
});
