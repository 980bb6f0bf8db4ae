import { describe, expect, it } from 'vitest';
import { describeProblem, type ProblemCode } from './index';

describe('describeProblem', () => {
  it('fills parameters and the location in Chinese', () => {
    const described = describeProblem(
      { code: 'project.json-broken', severity: 'error', file: 'app.json', line: 7, column: 3, detail: 'Unexpected token }' },
      'zh-CN',
    );
    expect(described.message).toBe('app.json 的格式有错，第 7 行附近。');
    expect(described.location).toBe('app.json:7:3');
    expect(described.detail).toBe('Unexpected token }');
  });

  it('speaks English when asked', () => {
    expect(describeProblem({ code: 'project.empty-folder', severity: 'error' }, 'en').message).toBe('This folder is empty.');
  });

  it('links admin pages through the login page when no session token is known', () => {
    const described = describeProblem({ code: 'project.appid-missing', severity: 'error' }, 'zh-CN');
    expect(described.linkUrl).toContain('https://mp.weixin.qq.com/cgi-bin/loginpage?url=');
    expect(described.linkUrl).toContain(encodeURIComponent('/wxamp/devprofile/get_profile'));
  });

  it('keeps the raw code and text of an unknown problem in the folded detail', () => {
    const described = describeProblem({ code: 'weird.thing' as ProblemCode, severity: 'error', detail: 'raw text' }, 'zh-CN');
    expect(described.message).toBe('出现了一个未知问题。');
    expect(described.detail).toContain('raw text');
    expect(described.detail).toContain('weird.thing');
  });
});
