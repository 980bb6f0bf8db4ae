import { session, type Session } from 'electron';
import { permissionAllowed, type SessionRole } from './permission-policy';
import { MP_PARTITION } from './window';

/**
 * Puts the permission policy on a session: requests and checks go through permissionAllowed,
 * devices (HID, USB, serial) are never granted, and screen capture is refused.
 */
export function applyPermissionPolicy(target: Session, role: SessionRole): void {
  target.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permissionAllowed(role, { permission, requestingUrl: details.requestingUrl, isMainFrame: details.isMainFrame }));
  });
  target.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    permissionAllowed(role, { permission, requestingUrl: details.requestingUrl ?? requestingOrigin, isMainFrame: details.isMainFrame }),
  );
  target.setDevicePermissionHandler(() => false);
  // No stream given: getDisplayMedia rejects in the page.
  target.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}

/** Every session the app uses: the default one (our page) and the admin window's partition. Call once, after 'ready'. */
export function lockDownSessions(): void {
  applyPermissionPolicy(session.defaultSession, 'app');
  applyPermissionPolicy(session.fromPartition(MP_PARTITION), 'mp-admin');
}
