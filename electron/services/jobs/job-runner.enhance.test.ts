import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ROOT, fixtureProject, startUploadBench, type UploadBench } from '../../../bench/upload-bench';

// The package.json overrides replace the Babel 7 packages miniprogram-ci pins (@babel/traverse,
// @babel/helpers, @babel/runtime). Every upload compiles JS through them (an strace of an upload opens
// @babel/core and @babel/traverse, never Babel 6); the fixture uploads cover plain `es6`, this one
// 增强编译 (`enhance`) with an async page, which needs @babel/plugin-transform-runtime, the plugin the
// CVE-2023-45133 advisory names. Real miniprogram-ci against the fake servicewechat.com.

const ASYNC_PAGE = `Page({
  data: { loaded: false },
  async onLoad() {
    const value = await Promise.resolve(1);
    this.setData({ loaded: value === 1 });
  },
});
`;

let bench: UploadBench;
let projectPath: string;
beforeAll(async () => {
  bench = await startUploadBench();
  projectPath = await fs.mkdtemp(path.join(os.tmpdir(), 'mp-enhance-'));
  await fs.cp(FIXTURE_ROOT, projectPath, { recursive: true });
  const configFile = path.join(projectPath, 'project.config.json');
  const config = JSON.parse(await fs.readFile(configFile, 'utf8')) as { setting: Record<string, unknown> };
  config.setting = { ...config.setting, es6: true, enhance: true, minified: true };
  await fs.writeFile(configFile, JSON.stringify(config, null, 2));
  await fs.writeFile(path.join(projectPath, 'miniprogram/pages/me/me.js'), ASYNC_PAGE);
});
afterAll(async () => {
  await bench.close();
  await fs.rm(projectPath, { recursive: true, force: true });
});
afterEach(() => bench.runner.cancelAll());

describe('增强编译 with the overridden Babel packages', () => {
  it('uploads, and the async page arrives compiled to ES5 with the regenerator runtime', async () => {
    const before = bench.fake.uploads.length;
    const outcome = await bench.runner.start({
      kind: 'upload',
      project: fixtureProject({ projectPath }),
      options: { version: '2.0.0', desc: 'enhance', robot: 4 },
      privateKey: bench.key.privateKey,
      proxy: bench.fake.proxyUrl,
    }).outcome;
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));

    const received = bench.fake.uploads[before]!;
    expect(received.signatureVerified).toBe(true);
    const page = received.files.get('/pages/me/me.js')?.toString('utf8') ?? '';
    expect(page).not.toMatch(/async\s+onLoad|await\s/);
    expect(page).toMatch(/regenerator|asyncToGenerator/i);
  });
});
