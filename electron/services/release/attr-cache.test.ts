import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ROOT, makeTestKey, startUploadBench, type UploadBench } from '../../../bench/upload-bench';
import { silentLogger } from '../logging/logger';
import { readProject } from '../project/read-project';
import { readProjectIdentity } from '../project/read-project-identity';
import { ATTR_LIFETIME_MS, AttrCache } from './attr-cache';
import { checkProject } from './check-project';
import { createReleaseService } from './release-service';

describe('AttrCache', () => {
  it('gives the answer back for the same key within its lifetime, and never for another key', () => {
    let now = 0;
    const cache = new AttrCache(() => now);
    cache.set('wx1', 'key A', { appType: 0 });
    expect(cache.get('wx1', 'key B')).toBeUndefined();
    // A mismatch drops the entry: the key changed.
    expect(cache.get('wx1', 'key A')).toBeUndefined();
    cache.set('wx1', 'key A', { appType: 0 });
    now = ATTR_LIFETIME_MS;
    expect(cache.get('wx1', 'key A')).toEqual({ appType: 0 });
    now = ATTR_LIFETIME_MS + 1;
    expect(cache.get('wx1', 'key A')).toBeUndefined();
  });
});

// The real release service, runner, job worker and miniprogram-ci against the fake WeChat, which
// records every request it answers.
let bench: UploadBench;
beforeAll(async () => {
  bench = await startUploadBench();
});
afterAll(async () => bench.close());
afterEach(() => bench.runner.cancelAll());

function release(pem: () => string) {
  return createReleaseService({
    checkProject,
    readProject,
    readProjectIdentity,
    keys: { useKey: () => ({ ok: true, pem: pem() }) },
    runner: bench.runner,
    proxy: () => bench.fake.proxyUrl,
    logger: silentLogger,
    attrs: new AttrCache(),
  });
}

const getattrs = () => bench.fake.requests.filter((r) => r.target.endsWith('/wxa/ci/getattr')).length;

describe('an upload after a connection check', () => {
  it('signs no second getattr with the same key, and the window never sees the attributes', async () => {
    const service = release(() => bench.key.privateKey);
    const before = getattrs();
    const check = await service.checkConnection({ projectRoot: FIXTURE_ROOT });
    expect(check).toMatchObject({ ok: true });
    expect(check.ok && 'attr' in check.value).toBe(false);
    expect(getattrs()).toBe(before + 1);
    const upload = await service.upload({ projectRoot: FIXTURE_ROOT, version: '3.0.0', robot: 6 });
    expect(upload).toMatchObject({ ok: true });
    expect(bench.fake.uploads.at(-1)?.signatureVerified).toBe(true);
    expect(getattrs()).toBe(before + 1);
  });

  it('asks again after a failed check, and with another key', async () => {
    let pem = bench.key.privateKey;
    const service = release(() => pem);
    expect(await service.checkConnection({ projectRoot: FIXTURE_ROOT })).toMatchObject({ ok: true });
    // Another key for the same appid (WeChat refuses it: the fake knows only the first).
    pem = makeTestKey().privateKey;
    const before = getattrs();
    expect(await service.checkConnection({ projectRoot: FIXTURE_ROOT })).toMatchObject({ ok: false });
    pem = bench.key.privateKey;
    const upload = await service.upload({ projectRoot: FIXTURE_ROOT, version: '3.0.1', robot: 6 });
    expect(upload).toMatchObject({ ok: true });
    // The refused check's getattr, then the upload's own: nothing was taken from the cache.
    expect(getattrs()).toBe(before + 2);
  });
});
