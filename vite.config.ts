import { defineConfig } from 'vite';
import { withContentSecurityPolicy } from './shared/content-security-policy';

// The renderer is plain static files: loaded from app:// in Electron and from the harness
// server in a browser, so every URL in it is relative. The CSP meta tag gets the same policy
// string the app:// handler sends as a header (shared/content-security-policy.ts).
export default defineConfig({
  root: 'renderer',
  plugins: [{ name: 'content-security-policy', transformIndexHtml: withContentSecurityPolicy }],
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
