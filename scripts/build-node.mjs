// Bundles the Node-side entry points with esbuild; the renderer is built by Vite.
// Packages stay external (they are installed beside the bundle), except in the preload,
// which runs sandboxed and may only require `electron`, and the harness bridge, which runs in a page.
import { build } from 'esbuild';

const common = { bundle: true, sourcemap: true, target: 'node20', logLevel: 'warning' };

const worker = () =>
  build({
    ...common,
    entryPoints: ['electron/services/jobs/job-worker.ts'],
    outfile: 'dist/jobs/job-worker.cjs',
    platform: 'node',
    format: 'cjs',
    packages: 'external',
  });

const everythingElse = () => [
  build({
    ...common,
    entryPoints: {
      'main/index': 'electron/main/index.ts',
      'harness/main': 'electron/harness/main.ts',
      'cli/mp-release': 'electron/cli/mp-release.ts',
    },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/preload/index.cjs',
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: ['electron/harness/bridge.ts'],
    outfile: 'dist/harness/bridge.js',
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
  }),
];

await Promise.all([worker(), ...everythingElse()]);
