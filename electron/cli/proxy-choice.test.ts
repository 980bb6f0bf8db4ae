import { describe, expect, it } from 'vitest';
import { chooseProxy } from './proxy-choice';

describe('proxy choice', () => {
  it('--proxy wins, then HTTPS_PROXY, then https_proxy', () => {
    expect(chooseProxy('http://a:1', { HTTPS_PROXY: 'http://b:2' }, 'upload')).toEqual({ ok: true, proxy: 'http://a:1', source: '--proxy' });
    expect(chooseProxy(undefined, { HTTPS_PROXY: 'http://b:2', https_proxy: 'http://c:3' }, 'upload')).toMatchObject({ proxy: 'http://b:2' });
    expect(chooseProxy(undefined, { https_proxy: 'http://c:3' }, 'upload')).toMatchObject({ proxy: 'http://c:3', source: 'https_proxy' });
    expect(chooseProxy(undefined, {}, 'upload')).toMatchObject({ proxy: null });
  });
  it("--proxy '' turns an inherited proxy off, and NO_PROXY covering servicewechat.com is honoured", () => {
    expect(chooseProxy('', { HTTPS_PROXY: 'http://b:2' }, 'upload')).toMatchObject({ proxy: null });
    for (const NO_PROXY of ['servicewechat.com', '.servicewechat.com', '*', 'localhost, servicewechat.com']) {
      expect(chooseProxy(undefined, { HTTPS_PROXY: 'http://b:2', NO_PROXY }, 'upload')).toMatchObject({ proxy: null });
    }
    expect(chooseProxy(undefined, { HTTPS_PROXY: 'http://b:2', NO_PROXY: 'example.com' }, 'upload')).toMatchObject({ proxy: 'http://b:2' });
  });
  it('a proxy that is not an http URL is a usage error', () => {
    expect(chooseProxy('127.0.0.1:7890', {}, 'upload')).toMatchObject({ ok: false, problem: { code: 'cli.bad-proxy' } });
    expect(chooseProxy(undefined, { HTTPS_PROXY: 'socks5://h:1' }, 'upload')).toMatchObject({ ok: false, problem: { code: 'cli.bad-proxy', params: { source: 'HTTPS_PROXY' } } });
  });
});
