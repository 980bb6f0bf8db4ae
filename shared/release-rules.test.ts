import { describe, expect, it } from 'vitest';
import { robotProblem, versionProblem } from './release-rules';

describe('versionProblem', () => {
  it('refuses an empty or blank version', () => {
    expect(versionProblem('', 'miniprogram')?.code).toBe('ci.version-empty');
    expect(versionProblem('   ', 'miniprogram')?.code).toBe('ci.version-empty');
  });
  it('takes dotted numbers for a mini program', () => {
    for (const v of ['1', '1.0', '1.0.0', '2.10.3.1']) expect(versionProblem(v, 'miniprogram')).toBeNull();
    for (const v of ['v1.0.0', '1..0', '1.0.0-beta', '1.0.0.0.0']) expect(versionProblem(v, 'miniprogram')?.code).toBe('ci.version-invalid');
  });
  it('needs exactly three parts of at most three digits for a plugin', () => {
    expect(versionProblem('1.2.3', 'plugin')).toBeNull();
    expect(versionProblem('1.2', 'plugin')?.code).toBe('ci.version-invalid');
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
