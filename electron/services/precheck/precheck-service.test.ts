import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { liveGroupMembers, startUploadBench, type UploadBench } from '../../../bench/upload-bench';
import type { JobProgress } from '../../../shared/jobs';
import { precheckBlockers } from '../../../shared/precheck';
import { silentLogger } from '../logging/logger';
import { readProject } from '../project/read-project';
import { readProjectIdentity } from '../project/read-project-identity';
import { checkProject } from '../release/check-project';
import { createReleaseService } from '../release/release-service';
import { createPrecheckService } from './precheck-service';

// The whole check as the app runs it: the real project check and privacy scan, the real
// miniprogram-ci in job processes (offline compile, then the signed request to the fake WeChat).
const FIXTURE = path.resolve('e2e/fixtures/projects/privacy-shop');
const APPID = 'wx4444444444444444';
const LOCATION_APIS = ['getLocation', 'onLocationChange', 'startLocationUpdate', 'chooseAddress', 'choosePoi', 'chooseLocation'];

let bench: UploadBench;
let project: string;
beforeAll(async () => {
  bench = await startUploadBench();
  bench.fake.registerApp(APPID, bench.key.publicKey);
});
afterAll(async () => bench.close());
beforeEach(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'precheck-service-'));
  await cp(FIXTURE, project, { recursive: true });
  bench.fake.setMode('ok');
});
afterEach(async () => {
  await bench.runner.cancelAll();
  await rm(project, { recursive: true, force: true });
});

function service() {
  const release = createReleaseService({
    checkProject,
    readProject,
    readProjectIdentity,
    keys: { useKey: () => ({ ok: true, pem: bench.key.privateKey }) },
    runner: bench.runner,
    proxy: () => bench.fake.proxyUrl,
    logger: silentLogger,
  });
  return createPrecheckService({ checkProject, release, ticks: () => ({ request: [], socket: [], uploadFile: [], downloadFile: [], webview: [] }), logger: silentLogger });
}

async function declareLocationApis(): Promise<void> {
  const appJson = path.join(project, 'miniprogram', 'app.json');
  const app = JSON.parse(await readFile(appJson, 'utf8')) as Record<string, unknown>;
  await writeFile(appJson, JSON.stringify({ ...app, requiredPrivateInfos: LOCATION_APIS }, null, 2));
}

describe('the pre-upload check service', () => {
  it('finds the refused IP beside the undeclared location APIs in one run, with progress under the caller\'s id', async () => {
    bench.fake.setMode('invalid-ip');
    const progress: JobProgress[] = [];
    const jobId = '0b7f3c2e-8d9a-4e1f-9c2b-5a6d7e8f9a0b';
    const result = await service().run({ projectRoot: project, version: '1.2.0' }, { jobId, onProgress: (p) => progress.push(p) });

    expect(precheckBlockers(result).map((f) => f.code)).toEqual(['ci.invalid-ip', 'precheck.private-info-undeclared']);
    expect(result.findings.find((f) => f.code === 'ci.invalid-ip')?.params?.ip).toBe('203.0.113.7');
    const warnings = result.findings.filter((f) => f.severity === 'warning').map((f) => f.code);
    expect(warnings).toEqual(expect.arrayContaining(['precheck.privacy-guide', 'precheck.domains-unticked', 'quality.wxml-not-minified']));
    // Sizes were measured (the compile did not need the network) and are within the limits.
    expect(result.sizes?.main.bytes).toBeGreaterThan(0);
    expect(result.sizes?.total.limitBytes).toBe(30 * 1024 * 1024);
    expect(result.parts.map((p) => `${p.part} ${p.status}`)).toEqual([
      'project ok',
      'connection findings',
      'sizes ok',
      'privacy findings',
      'domains findings',
      'quality findings',
    ]);
    expect(progress.length).toBeGreaterThan(0);
    expect(new Set(progress.map((p) => p.jobId))).toEqual(new Set([jobId]));
    expect(new Set(progress.map((p) => p.kind))).toEqual(new Set(['offline-checks', 'connection-check']));
  });

  it('passes once the IP is whitelisted and the APIs are declared, warnings left as they are', async () => {
    await declareLocationApis();
    const result = await service().run({ projectRoot: project, version: '1.2.0' });
    expect(precheckBlockers(result)).toEqual([]);
    expect(result.findings.map((f) => f.code)).toContain('precheck.privacy-guide');
    expect(result.parts.find((p) => p.part === 'connection')?.status).toBe('ok');
  });

  it('a cancel stops the job it is in and starts no other; nothing is left running', async () => {
    const checks = service();
    const jobId = '1c8e4d3f-9eab-4f20-8d3c-6b7e8f9a0b1c';
    let cancelled = false;
    const running = checks.run({ projectRoot: project, version: '1.2.0' }, {
      jobId,
      onProgress: () => {
        if (!cancelled) cancelled = checks.cancel(jobId);
      },
    });
    const result = await running;
    expect(cancelled).toBe(true);
    expect(result.findings.map((f) => f.code)).toContain('ci.cancelled');
    expect(checks.cancel(jobId)).toBe(false);
    for (const child of bench.launcher.started) expect(liveGroupMembers(child.pid)).toEqual([]);
  });
});
