import { vi } from 'vitest';

// Services never import `electron`; only the thin adapters in electron/main do. Tests of
// those adapters get this stand-in, since the Electron binary is not available under Node.
// Each adapter test overrides the parts it exercises with vi.mocked(...).

/** A session that records the handlers an adapter puts on it, so a test can call them as Electron would. */
function fakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setDisplayMediaRequestHandler: vi.fn(),
  };
}

vi.mock('electron', () => {
  const partitions = new Map<string, ReturnType<typeof fakeSession>>();
  const fromPartition = (name: string) => {
    if (!partitions.has(name)) partitions.set(name, fakeSession());
    return partitions.get(name)!;
  };
  return {
    app: { getPath: vi.fn(() => '/tmp'), getVersion: vi.fn(() => '0.0.0-test'), isPackaged: false },
    safeStorage: {
      isEncryptionAvailable: vi.fn(() => false),
      encryptString: vi.fn(),
      decryptString: vi.fn(),
      getSelectedStorageBackend: vi.fn(() => 'unknown'),
    },
    shell: { openExternal: vi.fn(async () => undefined) },
    dialog: { showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    utilityProcess: { fork: vi.fn() },
    // Records the options it was made with, so the window factories can be checked.
    BrowserWindow: vi.fn(function (this: { options: unknown }, options: unknown) {
      this.options = options;
    }),
    session: { defaultSession: fakeSession(), fromPartition },
  };
});
