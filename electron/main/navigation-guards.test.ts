import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { guardAdminNavigation, guardNavigation } from './navigation-guards';
import { adminWindowNavigation, appWindowNavigation } from './navigation-policy';

// Look-alikes of the admin host: suffixes, prefixes, credentials, other schemes and ports.
const LOOKALIKES = [
  'https://mp.weixin.qq.com.evil.com/',
  'https://evilqq.com/',
  'https://evil.com/mp.weixin.qq.com/',
  'https://user@evil.com/',
  'https://user@mp.weixin.qq.com/wxamp/index/index',
  'https://user:pw@mp.weixin.qq.com/',
  'http://mp.weixin.qq.com/wxamp/index/index',
  'https://mp.weixin.qq.com:8443/',
  'https://mp.weixin.qq.com./',
  'wss://mp.weixin.qq.com/',
  'javascript:location="https://mp.weixin.qq.com/"',
  'file:///etc/passwd',
  'not a url',
  // Tencent hosts the old suffix rule let in: hosting and other products.
  'https://res.wx.qq.com/a.js',
  'https://qzone.qq.com/',
  'https://evil.myqcloud.com/',
  'https://mmbiz.qpic.cn/x.png',
];

describe('adminWindowNavigation', () => {
  it('allows the admin site, its login page and the landing page with the token', () => {
    for (const url of [
      'https://mp.weixin.qq.com/',
      'https://mp.weixin.qq.com/cgi-bin/loginpage?url=%2Fwxamp%2Findex%2Findex',
      'https://mp.weixin.qq.com/wxamp/index/index?lang=zh_CN&token=123456',
      'https://MP.WEIXIN.QQ.COM:443/cgi-bin/home',
    ]) {
      expect(adminWindowNavigation(url), url).toBe('allow');
    }
  });

  it('sends WeChat docs and help to the system browser', () => {
    expect(adminWindowNavigation('https://developers.weixin.qq.com/miniprogram/dev/devtools/ci.html')).toBe('external');
    expect(adminWindowNavigation('https://kf.qq.com/faq/x.html')).toBe('external');
    expect(adminWindowNavigation('https://open.weixin.qq.com/')).toBe('external');
  });

  it('refuses look-alikes and every other host', () => {
    for (const url of LOOKALIKES) expect(adminWindowNavigation(url), url).toBe('refuse');
  });
});

describe('appWindowNavigation', () => {
  it('allows our own pages only', () => {
    expect(appWindowNavigation('app://desk/index.html')).toBe('allow');
    expect(appWindowNavigation('app://desk.evil/index.html')).toBe('refuse');
    expect(appWindowNavigation('app://deskx/')).toBe('refuse');
    expect(appWindowNavigation('https://mp.weixin.qq.com/')).toBe('external');
    for (const url of LOOKALIKES) expect(appWindowNavigation(url), url).toBe('refuse');
  });
});

/** A WebContents stand-in: events are emitted as Electron would, the window-open handler is kept. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: (details: { url: string }) => { action: string } = () => ({ action: 'allow' });
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    loadURL: vi.fn(async () => undefined),
  });
  return {
    contents: contents as unknown as WebContents,
    loadURL: contents.loadURL,
    /** Emits `event` with a URL; true when the guard let it happen. */
    go(event: 'will-navigate' | 'will-redirect', url: string): boolean {
      const preventDefault = vi.fn();
      emitter.emit(event, { preventDefault }, url);
      return preventDefault.mock.calls.length === 0;
    },
    open: (url: string) => openHandler({ url }),
    landOn: (url: string) => emitter.emit('did-navigate', {}, url),
    attachWebview(): boolean {
      const preventDefault = vi.fn();
      emitter.emit('will-attach-webview', { preventDefault });
      return preventDefault.mock.calls.length === 0;
    },
  };
}

describe('guardAdminNavigation', () => {
  function guarded() {
    const page = fakeContents();
    const openExternal = vi.fn(async () => undefined);
    const landed: string[] = [];
    guardAdminNavigation(page.contents, openExternal, (url) => landed.push(url));
    return { page, openExternal, landed };
  }

  it('lets the admin site navigate and redirect, and reports where it landed', () => {
    const { page, openExternal, landed } = guarded();
    expect(page.go('will-navigate', 'https://mp.weixin.qq.com/cgi-bin/loginpage')).toBe(true);
    expect(page.go('will-redirect', 'https://mp.weixin.qq.com/wxamp/index/index?token=42')).toBe(true);
    page.landOn('https://mp.weixin.qq.com/wxamp/index/index?token=42');
    expect(landed).toEqual(['https://mp.weixin.qq.com/wxamp/index/index?token=42']);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses a docs link but opens it in the system browser', () => {
    const { page, openExternal } = guarded();
    expect(page.go('will-navigate', 'https://developers.weixin.qq.com/miniprogram/dev/devtools/ci.html')).toBe(false);
    expect(openExternal).toHaveBeenCalledWith('https://developers.weixin.qq.com/miniprogram/dev/devtools/ci.html');
  });

  it('refuses look-alikes, in navigations, redirects and new windows, and opens none of them', () => {
    const { page, openExternal } = guarded();
    for (const url of LOOKALIKES) {
      expect(page.go('will-navigate', url), url).toBe(false);
      expect(page.go('will-redirect', url), url).toBe(false);
      expect(page.open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
    expect(page.loadURL).not.toHaveBeenCalled();
  });

  it('keeps the site\'s new tabs in the one window, and never attaches a webview', () => {
    const { page } = guarded();
    expect(page.open('https://mp.weixin.qq.com/wxamp/wacodepage/getcodepage?token=42')).toEqual({ action: 'deny' });
    expect(page.loadURL).toHaveBeenCalledWith('https://mp.weixin.qq.com/wxamp/wacodepage/getcodepage?token=42');
    expect(page.attachWebview()).toBe(false);
  });
});

describe('guardNavigation (the app window)', () => {
  it('stays on our pages, sends allow-listed links out, refuses the rest', () => {
    const page = fakeContents();
    const openExternal = vi.fn(async () => undefined);
    guardNavigation(page.contents, openExternal);
    expect(page.go('will-navigate', 'app://desk/index.html')).toBe(true);
    expect(page.go('will-navigate', 'https://mp.weixin.qq.com/wxamp/index/index')).toBe(false);
    expect(openExternal).toHaveBeenCalledWith('https://mp.weixin.qq.com/wxamp/index/index');
    expect(page.open('https://kf.qq.com/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://kf.qq.com/');
    openExternal.mockClear();
    for (const url of LOOKALIKES) {
      expect(page.go('will-navigate', url), url).toBe(false);
      expect(page.open(url)).toEqual({ action: 'deny' });
    }
    expect(page.open('app://desk/index.html')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(page.attachWebview()).toBe(false);
  });
});
