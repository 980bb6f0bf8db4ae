import { describe, expect, it } from 'vitest';
import { permissionAllowed, type PermissionAsk } from './permission-policy';

// A sample of Electron's permission names: devices, sensors, capture, clipboard, the rest.
const EVERY_KIND = [
  'media', 'geolocation', 'notifications', 'display-capture', 'clipboard-read', 'clipboard-sanitized-write',
  'midi', 'midiSysex', 'hid', 'usb', 'serial', 'fullscreen', 'openExternal', 'pointerLock', 'keyboardLock',
  'idle-detection', 'window-management', 'storage-access', 'fileSystem', 'local-fonts', 'unknown',
];
const ask = (permission: string, requestingUrl: string | undefined, isMainFrame = true): PermissionAsk => ({ permission, requestingUrl, isMainFrame });

describe('permissionAllowed', () => {
  it('refuses camera, microphone, location and everything else to the admin site', () => {
    for (const permission of EVERY_KIND) {
      expect(permissionAllowed('mp-admin', ask(permission, 'https://mp.weixin.qq.com/cgi-bin/loginpage'))).toBe(false);
    }
  });

  it('lets our own page write the clipboard (the copy buttons), and nothing else', () => {
    expect(permissionAllowed('app', ask('clipboard-sanitized-write', 'app://desk/index.html'))).toBe(true);
    expect(permissionAllowed('app', ask('clipboard-sanitized-write', 'app://desk'))).toBe(true);
    for (const permission of EVERY_KIND.filter((name) => name !== 'clipboard-sanitized-write')) {
      expect(permissionAllowed('app', ask(permission, 'app://desk/index.html'))).toBe(false);
    }
  });

  it('refuses the clipboard to other origins, subframes and unknown askers', () => {
    expect(permissionAllowed('app', ask('clipboard-sanitized-write', 'https://mp.weixin.qq.com/'))).toBe(false);
    expect(permissionAllowed('app', ask('clipboard-sanitized-write', 'app://evil/index.html'))).toBe(false);
    expect(permissionAllowed('app', ask('clipboard-sanitized-write', 'app://desk/index.html', false))).toBe(false);
    expect(permissionAllowed('app', ask('clipboard-sanitized-write', undefined))).toBe(false);
    expect(permissionAllowed('app', ask('clipboard-sanitized-write', 'not a url'))).toBe(false);
    expect(permissionAllowed('mp-admin', ask('clipboard-sanitized-write', 'app://desk/index.html'))).toBe(false);
  });
});
