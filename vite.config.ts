import { defineConfig } from 'vite';

// The renderer is plain static files: loaded from app:// in Electron and from the harness
// server in a browser, so every URL in it is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
  },
  oxc: {
    jsx: { runtime: 'automatic' },
  },
});
