import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTrustedSender, resolveAppFile } from './app-origin';

describe('resolveAppFile', () => {
  const root = path.resolve('/opt/desk/renderer');

  it('maps app://desk/ URLs into the renderer folder', () => {
    expect(resolveAppFile(root, 'app://desk/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://desk/assets/main-1a2b.js')).toBe(path.join(root, 'assets/main-1a2b.js'));
    expect(resolveAppFile(root, 'app://desk/')).toBe(path.join(root, 'index.html'));
  });

  it('never leaves the folder, however the path climbs', () => {
    for (const url of ['app://desk/../../etc/passwd', 'app://desk/%2e%2e/%2e%2e/etc/passwd']) {
      expect(resolveAppFile(root, url)).toBe(path.join(root, 'etc/passwd'));
    }
    expect(resolveAppFile(root, 'app://desk/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppFile(root, 'app://desk/..%5c..%5cetc')).not.toMatch(/^\/etc/);
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppFile(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppFile(root, 'file:///opt/desk/renderer/index.html')).toBeNull();
    expect(resolveAppFile(root, 'garbage')).toBeNull();
  });
});

describe('isTrustedSender', () => {
  it('trusts only our own main frame', () => {
    expect(isTrustedSender({ url: 'app://desk/index.html', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://desk/index.html', isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://mp.weixin.qq.com/', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/x.html', isMainFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});
