import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import asar from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_APPID, fixtureProject, makeTestKey } from '../bench/upload-bench';
import { startFakeWechat, type FakeWechat } from '../e2e/fake-wechat/fake-wechat-server';
import { JobRunner } from '../electron/services/jobs/job-runner';
import { nodeJobLauncher } from '../electron/services/jobs/node-job-launcher';
import { packLayout, readFuseWire, type PackedLayout } from './pack-layout';

// The packaged app's file tree, made by electron-builder from build/electron-builder.yml (asar on,
// the pruning, the fuses), and one upload to the fake WeChat from the files the archive holds.
// Node cannot read inside app.asar (Electron patches fs for that), so the upload runs from the
// archive's extracted copy: that proves the archive holds every file the job worker and
// miniprogram-ci load, and that the pruning removed none of them.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Packages build/electron-builder.yml prunes: the roots whose absence is checked below. */
const PRUNED_ROOTS = ['node-gyp', 'terminal-kit', 'moment-timezone', 'cos-js-sdk-v5'];

let work: string;
let layout: PackedLayout;
let extracted: string;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

// electron-builder's Linux `dir` target; macOS and Windows layouts are built on their own runners.
describe.skipIf(process.platform !== 'linux')('the packaged layout', () => {
  // Packing copies ~110 MB through electron-builder: 40 s idle on 2 cores, measured; 100 s with both
  // cores busy.
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-desk-pack-'));
    layout = await packLayout(ROOT, work);
    extracted = path.join(work, 'extracted');
    asar.extractAll(layout.asar, extracted);
  }, 300_000);

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('flips the fuses in the binary: Run-as-Node, NODE_OPTIONS, --inspect and file:// privileges off; cookie encryption, asar integrity, asar only on', () => {
    // FuseV1Options order: RunAsNode, cookies, NODE_OPTIONS, inspect, integrity, asar only, V8 snapshot, file://.
    expect(readFuseWire(layout.binary)).toBe('01001100');
  });

  it('keeps the app in app.asar and unpacks only native addons', () => {
    const unpacked = filesUnder(layout.unpacked);
    console.log(`[packaged layout] app.asar ${fs.statSync(layout.asar).size} bytes; unpacked: ${unpacked.join(', ')}`);
    expect(unpacked.length).toBeGreaterThan(0);
    expect(unpacked.filter((file) => !file.endsWith('.node'))).toEqual([]);
    const listed = asar.listPackage(layout.asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
    for (const file of ['/package.json', '/dist/main/index.mjs', '/dist/preload/index.cjs', '/dist/jobs/job-worker.cjs', '/dist/renderer/index.html', '/node_modules/miniprogram-ci/package.json']) {
      expect(listed, file).toContain(file);
    }
    expect(listed.filter((file) => /^\/dist\/(harness|cli)\/|\.map$/.test(file))).toEqual([]);
  });

  it('prunes the unused packages, and no packaged file requires one of them except the one dead call', () => {
    const fromJobs = path.join(extracted, 'dist/jobs');
    for (const name of PRUNED_ROOTS) {
      // Resolving from the extracted tree must not fall back to the repository's node_modules.
      expect(() => execFileSync(process.execPath, ['-e', `require.resolve(${JSON.stringify(name)})`], { cwd: fromJobs, stdio: 'pipe' }), name).toThrow();
    }
    const requiring = new RegExp(`require\\(["'](${PRUNED_ROOTS.join('|')})["']\\)`);
    const sites = filesUnder(path.join(extracted, 'node_modules'))
      .filter((file) => /\.[cm]?js$/.test(file))
      .filter((file) => requiring.test(fs.readFileSync(path.join(extracted, 'node_modules', file), 'utf8')));
    // getTerm() in miniprogram-ci's tools.js: exported, called nowhere, and it reads `window` first.
    expect(sites).toEqual(['miniprogram-ci/dist/utils/tools.js']);
    const callers = filesUnder(path.join(extracted, 'node_modules/miniprogram-ci'))
      .filter((file) => /\.js$/.test(file))
      .filter((file) => /getTerm\(\)/.test(fs.readFileSync(path.join(extracted, 'node_modules/miniprogram-ci', file), 'utf8')));
    expect(callers).toEqual(['dist/utils/tools.js']);
  });

  describe('an upload from the archive', () => {
    let fake: FakeWechat;
    let runner: JobRunner;
    const key = makeTestKey();

    beforeAll(async () => {
      fake = await startFakeWechat({ apps: { [FIXTURE_APPID]: key.publicKey } });
      const worker = path.join(extracted, 'dist/jobs/job-worker.cjs');
      runner = new JobRunner({ launcher: nodeJobLauncher(worker), baseEnv: { ...process.env, NODE_EXTRA_CA_CERTS: fake.caCertPath } });
    });
    afterAll(async () => {
      await runner?.cancelAll();
      await fake?.close();
    });

    it('compiles, signs and uploads the fixture with the packaged job worker and miniprogram-ci', async () => {
      const outcome = await runner.start({
        kind: 'upload',
        project: fixtureProject(),
        options: { version: '3.2.1', desc: 'packaged layout', robot: 2 },
        privateKey: key.privateKey,
        proxy: fake.proxyUrl,
      }).outcome;
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
      const received = fake.uploads.at(-1)!;
      expect(received.signatureVerified).toBe(true);
      expect(received.query).toMatchObject({ version: '3.2.1', desc: 'packaged layout', robot: '2' });
      expect(received.files.has('/pages/cart/cart.js')).toBe(true);
    }, 120_000);
  });
});
