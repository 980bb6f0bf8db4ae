import { Notification } from 'electron';
import type { DesktopNotifier } from '../../services/notify/desktop-notifier';

/**
 * The desktop notification through the OS (shown with the app in the background too). Where the
 * system has none (Notification.isSupported() false: some Linux desktops), nothing is shown.
 */
export function electronNotifier(): DesktopNotifier {
  return {
    show({ title, body }) {
      if (Notification.isSupported()) new Notification({ title, body }).show();
    },
  };
}
