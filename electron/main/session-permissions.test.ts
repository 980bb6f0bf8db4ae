import { session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { lockDownSessions } from './session-permissions';
import { MP_PARTITION } from './window';

// The electron mock's sessions record the handlers; these tests call them as Electron would.
type Recorded = ReturnType<typeof vi.fn>;
interface FakeSession {
  setPermissionRequestHandler: Recorded;
  setPermissionCheckHandler: Recorded;
  setDevicePermissionHandler: Recorded;
  setDisplayMediaRequestHandler: Recorded;
}
const handler = (recorded: Recorded) => recorded.mock.calls.at(-1)?.[0] as (...args: unknown[]) => unknown;

function requestAnswer(target: FakeSession, permission: string, requestingUrl: string): boolean | undefined {
  let granted: boolean | undefined;
  handler(target.setPermissionRequestHandler)({}, permission, (answer: boolean) => (granted = answer), { requestingUrl, isMainFrame: true });
  return granted;
}

describe('lockDownSessions', () => {
  lockDownSessions();
  const app = session.defaultSession as unknown as FakeSession;
  const admin = session.fromPartition(MP_PARTITION) as unknown as FakeSession;

  it('puts a handler for requests, checks, devices and screen capture on both sessions', () => {
    for (const target of [app, admin]) {
      expect(target.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
      expect(target.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
      expect(target.setDevicePermissionHandler).toHaveBeenCalledTimes(1);
      expect(target.setDisplayMediaRequestHandler).toHaveBeenCalledTimes(1);
    }
  });

  it('denies camera, microphone and location requests in the admin window and in the app', () => {
    for (const permission of ['media', 'geolocation', 'notifications']) {
      expect(requestAnswer(admin, permission, 'https://mp.weixin.qq.com/')).toBe(false);
      expect(requestAnswer(app, permission, 'app://desk/index.html')).toBe(false);
    }
  });

  it('answers permission checks false, except our page writing the clipboard', () => {
    const check = (target: FakeSession, permission: string, origin: string) =>
      handler(target.setPermissionCheckHandler)(null, permission, origin, { isMainFrame: true });
    expect(check(admin, 'media', 'https://mp.weixin.qq.com')).toBe(false);
    expect(check(admin, 'clipboard-sanitized-write', 'https://mp.weixin.qq.com')).toBe(false);
    expect(check(app, 'geolocation', 'app://desk')).toBe(false);
    expect(check(app, 'clipboard-sanitized-write', 'app://desk')).toBe(true);
    expect(requestAnswer(app, 'clipboard-sanitized-write', 'app://desk/index.html')).toBe(true);
  });

  it('grants no device and no screen capture', () => {
    for (const target of [app, admin]) {
      expect(handler(target.setDevicePermissionHandler)({ deviceType: 'usb', origin: 'https://mp.weixin.qq.com' })).toBe(false);
      const callback = vi.fn();
      handler(target.setDisplayMediaRequestHandler)({}, callback);
      expect(callback).toHaveBeenCalledWith(null);
    }
  });
});
