import { vi } from 'vitest';

// Services never import `electron`; only the thin adapters in electron/main do. Tests of
// those adapters get this stand-in, since the Electron binary is not available under Node.
// Each adapter test overrides the parts it exercises with vi.mocked(...).
vi.mock('electron', () => ({
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
}));
