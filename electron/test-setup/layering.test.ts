import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layering of the README's "Layout", checked against eslint.config.js: for every arrow the
// layout forbids, a probe file placed in the importing layer must fail lint on the layering rule;
// for a few allowed arrows, the probe must lint clean. Probes are linted with lintText and a
// filePath in the real tree, so nothing is written; each probe imports a file that exists, because
// an import the resolver cannot follow is not checked at all.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PATH_RULE = 'import-x/no-restricted-paths';
const MODULE_RULE = 'no-restricted-imports';

// One real file per destination, and the name it has in a case.
const DEST = {
  shared: { file: 'shared/api.ts', label: 'shared' },
  renderer: { file: 'renderer/api.ts', label: 'renderer' },
  preload: { file: 'electron/preload/index.ts', label: 'electron/preload' },
  main: { file: 'electron/main/window.ts', label: 'electron/main' },
  api: { file: 'electron/api/handlers.ts', label: 'electron/api' },
  services: { file: 'electron/services/jobs/job-runner.ts', label: 'electron/services' },
  otherService: { file: 'electron/services/keys/key-vault.ts', label: 'other services' },
  cli: { file: 'electron/cli/run-cli.ts', label: 'electron/cli' },
  harness: { file: 'electron/harness/server.ts', label: 'electron/harness' },
  harnessBridge: { file: 'electron/harness/bridge.ts', label: 'electron/harness/bridge.ts' },
  harnessWire: { file: 'electron/harness/wire.ts', label: 'electron/harness/wire.ts' },
  e2e: { file: 'e2e/fake-wechat/fake-wechat-server.ts', label: 'e2e' },
  bench: { file: 'bench/upload-bench.ts', label: 'bench' },
  scripts: { file: 'scripts/build-node.mjs', label: 'scripts' },
  testSupport: { file: 'electron/services/project/test-support/project-builder.ts', label: 'its own test-support/' },
  testFile: { file: 'electron/services/keys/key-vault.test.ts', label: 'a test file' },
  testSetup: { file: 'electron/test-setup/electron-mock.ts', label: 'electron/test-setup' },
} as const;
type Destination = keyof typeof DEST;

interface Probe {
  /** The case name: the arrow. */
  arrow: string;
  /** Where the probe file would be, relative to the repo root; it is never written. */
  at: string;
  /** A repo file to import (by its extensionless relative path), or a module. */
  imports: { file: Destination } | { module: string; names?: string[] };
  /** The rule that must report a forbidden arrow. */
  rule?: typeof PATH_RULE | typeof MODULE_RULE;
}

const probeIn = (layer: string, name = 'probe.ts') => `${layer}/__probe__/${name}`;

/** One probe per forbidden destination of a layer, all on the path rule. */
const forbiddenPaths = (layer: string, destinations: Destination[]): Probe[] =>
  destinations.map((file) => ({ arrow: `${layer} → ${DEST[file].label}`, at: probeIn(layer), imports: { file }, rule: PATH_RULE }));

const forbidden: Probe[] = [
  ...forbiddenPaths('shared', ['renderer', 'preload', 'main', 'api', 'services', 'cli', 'harness', 'e2e', 'bench', 'scripts']),
  ...forbiddenPaths('renderer', ['preload', 'main', 'api', 'services', 'cli', 'harness', 'harnessBridge', 'harnessWire', 'e2e', 'bench']),
  ...forbiddenPaths('electron/preload', ['renderer', 'main', 'api', 'services', 'cli', 'harness', 'e2e', 'bench']),
  ...forbiddenPaths('electron/main', ['renderer', 'preload', 'cli', 'harness', 'e2e', 'bench']),
  ...forbiddenPaths('electron/api', ['renderer', 'preload', 'main', 'cli', 'harness', 'e2e', 'bench']),
  ...forbiddenPaths('electron/services', ['renderer', 'preload', 'main', 'api', 'cli', 'harness', 'e2e', 'bench']),
  ...forbiddenPaths('electron/cli', ['renderer', 'preload', 'main', 'api', 'harness', 'e2e', 'bench']),
  ...forbiddenPaths('electron/harness', ['renderer', 'preload', 'main', 'cli', 'e2e', 'bench']),
  // Production code and test code, even of its own layer.
  ...forbiddenPaths('electron/services', ['testSupport', 'testFile']),
  ...forbiddenPaths('electron/main', ['testSetup']),
  { arrow: 'electron/preload → an npm package other than electron', at: probeIn('electron/preload'), imports: { module: 'zod' }, rule: PATH_RULE },
  // The electron module.
  ...['electron/services', 'electron/harness', 'electron/cli', 'electron/api', 'shared', 'renderer'].map(
    (layer): Probe => ({ arrow: `${layer} → electron (the module)`, at: probeIn(layer), imports: { module: 'electron' }, rule: MODULE_RULE }),
  ),
  { arrow: 'electron/main (not ipc.ts) → ipcMain', at: probeIn('electron/main'), imports: { module: 'electron', names: ['ipcMain'] }, rule: MODULE_RULE },
  { arrow: 'electron/preload (not index.ts) → ipcRenderer', at: probeIn('electron/preload'), imports: { module: 'electron', names: ['ipcRenderer'] }, rule: MODULE_RULE },
  // Node built-ins: with and without node:, including ones only reachable through node:.
  ...['node:fs', 'fs', 'fs/promises', 'zlib', 'node:test'].map(
    (module): Probe => ({ arrow: `shared → ${module}`, at: probeIn('shared'), imports: { module }, rule: MODULE_RULE }),
  ),
  ...['node:path', 'path', 'events', 'node:worker_threads'].map(
    (module): Probe => ({ arrow: `renderer → ${module}`, at: probeIn('renderer', 'probe.tsx'), imports: { module }, rule: MODULE_RULE }),
  ),
];

const allowed: Probe[] = [
  { arrow: 'shared → shared', at: probeIn('shared'), imports: { file: 'shared' } },
  { arrow: 'shared → zod', at: probeIn('shared'), imports: { module: 'zod' } },
  { arrow: 'renderer → shared', at: probeIn('renderer', 'probe.tsx'), imports: { file: 'shared' } },
  { arrow: 'renderer → renderer', at: probeIn('renderer', 'probe.tsx'), imports: { file: 'renderer' } },
  { arrow: 'renderer → zustand', at: probeIn('renderer'), imports: { module: 'zustand' } },
  { arrow: 'electron/preload → shared', at: probeIn('electron/preload'), imports: { file: 'shared' } },
  { arrow: 'electron/preload/index.ts → ipcRenderer', at: 'electron/preload/index.ts', imports: { module: 'electron', names: ['ipcRenderer'] } },
  { arrow: 'electron/main → electron/api', at: probeIn('electron/main'), imports: { file: 'api' } },
  { arrow: 'electron/main → electron/services', at: probeIn('electron/main'), imports: { file: 'services' } },
  { arrow: 'electron/main → shared', at: probeIn('electron/main'), imports: { file: 'shared' } },
  { arrow: 'electron/main → electron (the module)', at: probeIn('electron/main'), imports: { module: 'electron', names: ['app'] } },
  { arrow: 'electron/main/ipc.ts → ipcMain', at: 'electron/main/ipc.ts', imports: { module: 'electron', names: ['ipcMain'] } },
  { arrow: 'electron/api → electron/services', at: probeIn('electron/api'), imports: { file: 'services' } },
  { arrow: 'electron/services → other services', at: probeIn('electron/services'), imports: { file: 'otherService' } },
  { arrow: 'electron/services → shared', at: probeIn('electron/services'), imports: { file: 'shared' } },
  { arrow: 'electron/services → node:fs', at: probeIn('electron/services'), imports: { module: 'node:fs' } },
  { arrow: 'electron/cli → electron/services', at: probeIn('electron/cli'), imports: { file: 'services' } },
  { arrow: 'electron/harness → electron/api', at: probeIn('electron/harness'), imports: { file: 'api' } },
  { arrow: 'electron/harness → electron/services', at: probeIn('electron/harness'), imports: { file: 'services' } },
  // Tests and test helpers may use the fake WeChat, the benches and test-support folders.
  { arrow: 'a services test → e2e/fake-wechat', at: probeIn('electron/services', 'probe.test.ts'), imports: { file: 'e2e' } },
  { arrow: 'a services test → bench', at: probeIn('electron/services', 'probe.test.ts'), imports: { file: 'bench' } },
  { arrow: 'a services test → test-support', at: probeIn('electron/services', 'probe.test.ts'), imports: { file: 'testSupport' } },
  { arrow: 'a renderer test → renderer', at: probeIn('renderer', 'probe.test.tsx'), imports: { file: 'renderer' } },
  { arrow: 'test-support → e2e/fake-wechat', at: 'electron/services/project/test-support/probe.ts', imports: { file: 'e2e' } },
];

function source(probe: Probe): string {
  const { imports } = probe;
  if ('module' in imports) {
    return imports.names ? `import { ${imports.names.join(', ')} } from '${imports.module}';\nexport { ${imports.names.join(', ')} };\n` : `import '${imports.module}';\n`;
  }
  const from = path.dirname(path.join(ROOT, probe.at));
  const specifier = path.relative(from, path.join(ROOT, DEST[imports.file].file)).replace(/\.(ts|tsx)$/, '');
  return `import '${specifier.startsWith('.') ? specifier : `./${specifier}`}';\n`;
}

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function lintProbe(probe: Probe) {
  if ('file' in probe.imports) expect(fs.existsSync(path.join(ROOT, DEST[probe.imports.file].file)), `${DEST[probe.imports.file].file} exists`).toBe(true);
  const [result] = await eslint.lintText(source(probe), { filePath: path.join(ROOT, probe.at) });
  return result!.messages;
}

describe('forbidden arrows fail lint', () => {
  it.each(forbidden)('$arrow', async (probe) => {
    const messages = await lintProbe(probe);
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    const hits = messages.filter((m) => m.ruleId === probe.rule && m.severity === 2 && !m.message.startsWith('Resolve error'));
    expect(hits, `${probe.at}: ${source(probe)}`).not.toEqual([]);
  });
});

describe('allowed arrows lint clean', () => {
  it.each(allowed)('$arrow', async (probe) => {
    expect(await lintProbe(probe), `${probe.at}: ${source(probe)}`).toEqual([]);
  });
});

it('every forbidden arrow is probed once', () => {
  const arrows = forbidden.map((probe) => probe.arrow);
  expect(arrows.filter((arrow, i) => arrows.indexOf(arrow) !== i)).toEqual([]);
});
