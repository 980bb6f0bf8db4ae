import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

// The built preload (dist/preload/index.cjs, bundled by the global setup) is what Electron loads
// into a sandboxed renderer. Only the real-Electron suite can run it; these are the parts of it
// that can be checked where Electron cannot start, and that suite depends on.
const bundle = () => fs.readFileSync('dist/preload/index.cjs', 'utf8');

describe('the built preload', () => {
  it('requires nothing but electron, which is all a sandboxed preload may load', () => {
    const required = new Set([...bundle().matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]));
    expect([...required]).toEqual(['electron']);
    // A computed require would escape the check above.
    expect(bundle()).not.toMatch(/\brequire\(\s*[^"'`\s)]/);
  });

  it('answers a dropped file with its path through webUtils, the drop path the Electron suite drives', () => {
    expect(bundle()).toMatch(/webUtils\.getPathForFile\(/);
    expect(bundle()).toMatch(/pathForFile:/);
  });

  it('exposes the client as window.api and nothing else', () => {
    expect([...bundle().matchAll(/exposeInMainWorld\(\s*"([^"]+)"/g)].map((match) => match[1])).toEqual(['api']);
  });
});
