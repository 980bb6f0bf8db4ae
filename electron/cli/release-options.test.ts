import { describe, expect, it } from 'vitest';
import { checkRobot, checkVersion } from './release-options';

describe('version and robot', () => {
  it.each(['1', '1.0', '1.2.3', '10.20.30.40', ' 2.0.0 '])('accepts %j for a mini program', (version) => {
    expect(checkVersion(version, 'miniprogram').ok).toBe(true);
  });
  it.each(['v1', '1.2.3.4.5', '1..2', '1.2-beta', '１.０'])('refuses %j', (version) => {
    expect(checkVersion(version, 'miniprogram')).toMatchObject({ ok: false, problem: { code: 'ci.version-invalid', params: { version } } });
  });
  it('needs x.y.z with at most 3 digits each for plugins', () => {
    expect(checkVersion('1.2.3', 'plugin').ok).toBe(true);
    expect(checkVersion('1.2', 'plugin').ok).toBe(false);
    expect(checkVersion('1.2.1000', 'plugin').ok).toBe(false);
  });
  it('an empty version is its own problem', () => {
    expect(checkVersion(undefined, 'miniprogram')).toMatchObject({ ok: false, problem: { code: 'ci.version-empty' } });
    expect(checkVersion('  ', 'miniprogram')).toMatchObject({ ok: false, problem: { code: 'ci.version-empty' } });
  });
  it('robots are 1–30, default 1', () => {
    expect(checkRobot(undefined)).toEqual({ ok: true, robot: 1 });
    expect(checkRobot('30')).toEqual({ ok: true, robot: 30 });
    for (const robot of ['0', '31', '1.5', 'two', '']) expect(checkRobot(robot).ok).toBe(false);
  });
});
