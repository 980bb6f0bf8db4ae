// The desktop notification, behind an adapter so the services stay Electron-free: Electron's
// `Notification` in the app (electron/main/adapters/electron-notifier.ts), a recording list in the
// browser harness and the tests.

export interface DesktopNote {
  title: string;
  body: string;
  ok: boolean;
}

export interface DesktopNotifier {
  show(note: DesktopNote): void;
}

/** Keeps every note it is given, for the harness's test endpoint and for unit tests. */
export function recordingNotifier(): DesktopNotifier & { shown: DesktopNote[] } {
  const shown: DesktopNote[] = [];
  return { shown, show: (note) => void shown.push(note) };
}
