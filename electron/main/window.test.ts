import { describe, expect, it } from 'vitest';
import { MP_PARTITION, mainWindowOptions, mpAdminWindowOptions, newMainWindow, newMpAdminWindow } from './window';

describe('mainWindowOptions', () => {
  const prefs = mainWindowOptions('/app/preload.cjs', 'Desk').webPreferences ?? {};

  it('isolates the page from Node and Electron', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and webviews off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('loads the given preload', () => {
    expect(prefs.preload).toBe('/app/preload.cjs');
  });
});

describe('mpAdminWindowOptions', () => {
  const prefs = mpAdminWindowOptions('Admin').webPreferences ?? {};

  it('has no preload and no Node, in its own persistent partition', () => {
    expect(prefs.preload).toBeUndefined();
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.partition).toBe(MP_PARTITION);
    expect(MP_PARTITION.startsWith('persist:')).toBe(true);
  });
});

describe('the window factories', () => {
  it('make each window from its options function', () => {
    const main = newMainWindow('/app/preload.cjs', 'Desk') as unknown as { options: unknown };
    const admin = newMpAdminWindow('Admin') as unknown as { options: unknown };
    expect(main.options).toEqual(mainWindowOptions('/app/preload.cjs', 'Desk'));
    expect(admin.options).toEqual(mpAdminWindowOptions('Admin'));
  });
});
