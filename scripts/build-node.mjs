// Bundles the Node-side entry points with esbuild; the renderer is built by Vite.
// Packages stay external (they are installed beside the bundle), except in the preload,
// which runs sandboxed and may only require `electron`, and the harness bridge, which runs in a page.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

const common = { bundle: true, sourcemap: true, target: 'node20', logLevel: 'warning' };

// The preload and the harness bridge build window.api from the contract's channel names alone;
// inputs are parsed in the main process (or the harness server), so the schemas, and zod with
// them, stay out of these two bundles: the contract's schema module is replaced by an empty one.
const withoutSchemas = {
  name: 'without-schemas',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/schemas$/ }, (args) => (args.importer.includes('shared') ? { path: 'schemas', namespace: 'no-schemas' } : undefined));
    builder.onLoad({ filter: /.*/, namespace: 'no-schemas' }, async () => {
      const names = [...(await readFile('shared/schemas.ts', 'utf8')).matchAll(/^export const (\w+)/gm)].map((match) => match[1]);
      return { contents: names.map((name) => `export const ${name} = undefined;`).join('\n'), loader: 'js' };
    });
  },
};

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
    plugins: [withoutSchemas],
  }),
  build({
    ...common,
    entryPoints: ['electron/harness/bridge.ts'],
    outfile: 'dist/harness/bridge.js',
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    plugins: [withoutSchemas],
  }),
];

await Promise.all([worker(), ...everythingElse()]);
