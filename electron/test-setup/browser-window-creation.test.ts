import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WINDOW_FILE, findWindowCreations } from './window-creation-scan';

// Electron's checklist: every window gets the locked-down webPreferences of the window-options
// functions (electron/main/window.ts). So no BrowserWindow (nor any other class with web contents)
// is made anywhere else, in any spelling. The probes below prove the scan sees each spelling.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE_DIRS = ['electron', 'shared', 'renderer', 'scripts', 'bin', 'e2e', 'bench', 'build'];
const SKIP = /(^|\/)(node_modules|dist|fixtures)(\/|$)/;

function sourceFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .map((entry) => `${dir}/${entry.split(path.sep).join('/')}`)
    .filter((file) => !SKIP.test(file) && /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(file) && !file.endsWith('.d.ts') && !file.endsWith('.d.mts'));
}

describe('windows are made only from the window-options functions', () => {
  const files = SOURCE_DIRS.flatMap(sourceFiles);
  const creations = files.flatMap((file) => findWindowCreations(file, fs.readFileSync(path.join(ROOT, file), 'utf8')));

  it('scans the whole source tree', () => {
    expect(files).toContain('electron/main/index.ts');
    expect(files).toContain('electron/main/mp-admin-window.ts');
    expect(files.length).toBeGreaterThan(200);
  });

  it('finds no window made anywhere else', () => {
    const outside = creations.filter((creation) => !creation.allowed).map((c) => `${c.file}:${c.line} (${c.kind}) ${c.text}`);
    expect(outside).toEqual([]);
  });

  it("sees the two that are made, in window.ts, each from its options function", () => {
    expect(creations.filter((c) => c.allowed).map((c) => `${c.file} ${c.text}`)).toEqual([
      `${WINDOW_FILE} new BrowserWindow(mainWindowOptions(preloadPath, title))`,
      `${WINDOW_FILE} new BrowserWindow(mpAdminWindowOptions(title))`,
    ]);
  });
});

describe('the scan, on probes', () => {
  const caught = (text: string, file = 'electron/main/probe.ts') => findWindowCreations(file, text).filter((c) => !c.allowed);

  it.each([
    ['a plain new', "import { BrowserWindow } from 'electron';\nnew BrowserWindow({});"],
    ['an alias', "import { BrowserWindow as Win } from 'electron';\nconst w = new Win({ webPreferences: { nodeIntegration: true } });"],
    ['a namespace import', "import * as electron from 'electron';\nnew electron.BrowserWindow();"],
    ['a default import handed on', "import electron from 'electron';\nconst W = electron.BrowserWindow;\nnew W();"],
    ['require', "const { BrowserWindow } = require('electron');\nnew BrowserWindow();"],
    ['an aliased require', "const { BrowserWindow: Win } = require('electron');\nnew (Win)();"],
    ['a subclass', "import { BrowserWindow } from 'electron';\nclass Mine extends BrowserWindow {}"],
    ['Reflect.construct', "import { BrowserWindow } from 'electron';\nReflect.construct(BrowserWindow, [{}]);"],
    ['an element access', "import * as e from 'electron';\nnew e['BrowserWindow']();"],
    ['a WebContentsView', "import { WebContentsView } from 'electron';\nnew WebContentsView();"],
    ['a BaseWindow', "import { BaseWindow } from 'electron';\nnew BaseWindow();"],
  ])('catches %s', (_name, text) => {
    expect(caught(text).length).toBeGreaterThan(0);
  });

  it('catches a window in window.ts that does not take the options function', () => {
    const text = "import { BrowserWindow } from 'electron';\nexport const w = () => new BrowserWindow({ webPreferences: {} });";
    expect(caught(text, WINDOW_FILE)).toHaveLength(1);
  });

  it('catches the options function used outside window.ts', () => {
    const text = "import { BrowserWindow } from 'electron';\nimport { mainWindowOptions } from './window';\nnew BrowserWindow(mainWindowOptions('p', 't'));";
    expect(caught(text)).toHaveLength(1);
  });

  it('lets static members, types, comments and strings through', () => {
    const text = [
      "import { BrowserWindow } from 'electron';",
      'let w: BrowserWindow | null = null;',
      'type Ctor = typeof BrowserWindow;',
      'if (BrowserWindow.getAllWindows().length === 0) w = BrowserWindow.fromWebContents(null as never);',
      '// new BrowserWindow({}) in a comment',
      "const s = 'new BrowserWindow({})';",
    ].join('\n');
    expect(caught(text)).toEqual([]);
  });
});
