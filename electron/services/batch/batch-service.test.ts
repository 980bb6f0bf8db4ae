import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BatchRowStatus } from '../../../shared/batch';
import type { JobOutcome } from '../../../shared/jobs';
import { openConfStore } from '../settings/conf-store';
import { BatchLedger, type BatchFile } from './batch-ledger';
import type { UploadRequest } from '../release/release-service';
import { createBatchService } from './batch-service';

// The service over a fake upload: what each row is sent, the appid check, retry with the same job ids,
// and the last batch read back from a real store file as after a restart.
const ID = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

function fakeRelease(fail: (request: UploadRequest) => boolean) {
  const sent: Array<UploadRequest & { jobId?: string }> = [];
  const upload = async (request: UploadRequest, sink: { jobId?: string }): Promise<JobOutcome<'upload'>> => {
    sent.push({ ...request, jobId: sink.jobId });
    if (fail(request)) return { ok: false, kind: 'upload', problem: { code: 'ci.invalid-ip', severity: 'error', params: { ip: '203.0.113.7' } } };
    return { ok: true, kind: 'upload', value: { sizes: [{ name: '__FULL__', bytes: 10 }], pluginInfo: [], durationMs: 5 } };
  };
  return { sent, upload };
}

const identity = async (projectRoot: string) => ({ appid: projectRoot === '/p/b' ? 'wx2000000000000002' : 'wx1000000000000001', projectPath: projectRoot, compileType: 'miniprogram' as const, expectedFiles: 1 });

describe('batch service', () => {
  it('sends each row its own values over the defaults, and retries the failed row with the same job id', async () => {
    let refuse = true;
    const release = fakeRelease((request) => refuse && request.projectRoot === '/p/b');
    const rows: string[] = [];
    const ended: string[] = [];
    const service = createBatchService({
      upload: release.upload,
      cancelJob: () => false,
      readProjectIdentity: identity,
      sinkFor: () => ({}),
      onRow: (_id, row) => rows.push(`${row.index}:${row.state}`),
      onEnd: (summary) => ended.push(`${summary.ok}/${summary.total}`),
    });
    const summary = await service.start(ID(9), {
      defaults: { version: ' 1.0.0 ', desc: 'shared', robot: 2 },
      rows: [
        { project: '/p/a', jobId: ID(1) },
        { project: '/p/b', jobId: ID(2), desc: 'own notes' },
        { project: '/p/c', jobId: ID(3), version: '1.0.1', robot: 4 },
      ],
    });
    expect(summary).toMatchObject({ batchId: ID(9), total: 3, ok: 2, failed: 1 });
    expect(release.sent.map(({ projectRoot, version, desc, robot, jobId }) => [projectRoot, version, desc, robot, jobId])).toEqual([
      ['/p/a', '1.0.0', 'shared', 2, ID(1)],
      ['/p/b', '1.0.0', 'own notes', 2, ID(2)],
      ['/p/c', '1.0.1', 'shared', 4, ID(3)],
    ]);
    expect(summary.rows[1]).toMatchObject({ state: 'failed', problem: { code: 'ci.invalid-ip' } });
    expect(rows.filter((r) => r.startsWith('1:'))).toEqual(['1:running', '1:failed']);
    expect(ended).toEqual(['2/3']);

    refuse = false;
    const retried = await service.retry(ID(9));
    expect(retried).toMatchObject({ total: 3, ok: 3, failed: 0 });
    expect(release.sent.at(-1)).toMatchObject({ projectRoot: '/p/b', jobId: ID(2) });
    expect(release.sent).toHaveLength(4);
    expect(ended).toEqual(['2/3', '3/3']);
    expect(await service.retry(ID(8))).toBeNull();
  });

  it('refuses a row whose appid is not the project\'s, without uploading it', async () => {
    const release = fakeRelease(() => false);
    const service = createBatchService({ upload: release.upload, cancelJob: () => false, readProjectIdentity: identity, sinkFor: () => ({}) });
    const summary = await service.start(ID(7), { defaults: { version: '1.0.0' }, rows: [{ project: '/p/a', jobId: ID(1), appid: 'wx2000000000000002' }] });
    expect(summary.rows[0]).toMatchObject({ state: 'failed', problem: { code: 'batch.appid-mismatch', params: { appid: 'wx2000000000000002', projectAppid: 'wx1000000000000001' } } });
    expect(release.sent).toEqual([]);
  });

  it('sends a template row\'s extAppid and ext; a project with no ext.json is refused (batch.ext-missing) without uploading', async () => {
    const release = fakeRelease(() => false);
    const readExtJson = async (projectRoot: string) =>
      projectRoot === '/p/t' ? { ok: true as const, ext: { extEnable: true } } : { ok: false as const, problem: { code: 'batch.ext-missing' as const, severity: 'error' as const, params: { project: projectRoot } } };
    const service = createBatchService({ upload: release.upload, cancelJob: () => false, readProjectIdentity: identity, readExtJson, sinkFor: () => ({}) });
    const summary = await service.start(ID(6), {
      defaults: { version: '2.0.0' },
      rows: [
        { project: '/p/t', jobId: ID(1), extAppid: 'wxa000000000000001' },
        { project: '/p/t', jobId: ID(2), extAppid: 'wxa000000000000002', ext: { shopName: 'B' } },
        { project: '/p/a', jobId: ID(3), extAppid: 'wxa000000000000003' },
      ],
    });
    expect(summary).toMatchObject({ total: 3, ok: 2, failed: 1 });
    expect(release.sent.map((r) => [r.projectRoot, r.ext])).toEqual([
      ['/p/t', { extAppid: 'wxa000000000000001' }],
      ['/p/t', { extAppid: 'wxa000000000000002', ext: { shopName: 'B' } }],
    ]);
    expect(summary.rows.map((r) => r.extAppid)).toEqual(['wxa000000000000001', 'wxa000000000000002', 'wxa000000000000003']);
    expect(summary.rows[2]).toMatchObject({ state: 'failed', problem: { code: 'batch.ext-missing', params: { project: '/p/a' } } });
  });
});

describe('rows of one appid', () => {
  it('take turns (the runner takes one job per appid) while another appid uses the free slot', async () => {
    const inFlight = new Map<string, number>();
    let most = 0;
    const order: string[] = [];
    const upload = async (request: UploadRequest): Promise<JobOutcome<'upload'>> => {
      const appid = (await identity(request.projectRoot)).appid;
      inFlight.set(appid, (inFlight.get(appid) ?? 0) + 1);
      most = Math.max(most, inFlight.get(appid)!);
      order.push(`start ${request.projectRoot}`);
      await new Promise((next) => setImmediate(next));
      inFlight.set(appid, inFlight.get(appid)! - 1);
      return { ok: true, kind: 'upload', value: { sizes: [], pluginInfo: [], durationMs: 1 } };
    };
    const service = createBatchService({ upload, cancelJob: () => false, readProjectIdentity: identity, sinkFor: () => ({}) });
    // /p/a and /p/c are both wx1000000000000001 in `identity`; /p/b is another appid.
    const summary = await service.start(ID(6), { defaults: { version: '1.0.0' }, concurrency: 3, rows: [{ project: '/p/a', jobId: ID(1) }, { project: '/p/c', jobId: ID(3) }, { project: '/p/b', jobId: ID(2) }] });
    expect(summary.ok).toBe(3);
    expect(most).toBe(1);
    expect(order.slice(0, 2)).toEqual(['start /p/a', 'start /p/b']);
  });
});

describe('the last batch, kept on disk', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-batch-ledger-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  // Each call opens the store file afresh, as the app does after a restart.
  const ledger = () => new BatchLedger(openConfStore<BatchFile>(dir, 'batch').store);

  it('is shown and retried after a restart: only the failed row runs again, with its job id', async () => {
    let refuse = true;
    const release = fakeRelease((request) => refuse && request.projectRoot === '/p/b');
    const before = createBatchService({ upload: release.upload, cancelJob: () => false, readProjectIdentity: identity, sinkFor: () => ({}), ledger: ledger() });
    await before.start(ID(9), { defaults: { version: '1.0.0' }, rows: [{ project: '/p/a', jobId: ID(1) }, { project: '/p/b', jobId: ID(2) }] });

    const after = createBatchService({ upload: release.upload, cancelJob: () => false, readProjectIdentity: identity, sinkFor: () => ({}), ledger: ledger() });
    expect(after.last()).toMatchObject({ running: false, summary: { batchId: ID(9), ok: 1, failed: 1, rows: [{ state: 'ok' }, { state: 'failed', problem: { code: 'ci.invalid-ip' } }] } });
    refuse = false;
    expect(await after.retry(ID(9))).toMatchObject({ ok: 2, failed: 0 });
    expect(release.sent.map((sent) => sent.jobId)).toEqual([ID(1), ID(2), ID(2)]);
    expect(after.last()?.summary.rows.map((row) => row.attempts)).toEqual([1, 2]);
    expect(await after.retry(ID(8))).toBeNull();
  });

  it('counts a row the app was running or had queued when it stopped as interrupted, and uploads it on retry', async () => {
    const plan = { defaults: { version: '1.0.0' }, rows: [{ project: '/p/a', jobId: ID(1) }, { project: '/p/c', jobId: ID(3) }] };
    const row = (index: number, state: BatchRowStatus['state']): BatchRowStatus => ({ index, project: plan.rows[index]!.project, version: '1.0.0', jobId: plan.rows[index]!.jobId, state, attempts: state === 'queued' ? 0 : 1 });
    ledger().save(ID(5), plan, [row(0, 'running'), row(1, 'queued')]);
    const release = fakeRelease(() => false);
    const service = createBatchService({ upload: release.upload, cancelJob: () => false, readProjectIdentity: identity, sinkFor: () => ({}), ledger: ledger() });
    expect(service.last()?.summary).toMatchObject({ ok: 0, failed: 2, rows: [{ problem: { code: 'batch.interrupted' } }, { problem: { code: 'batch.interrupted' } }] });
    expect(await service.retry(ID(5))).toMatchObject({ ok: 2 });
    expect(release.sent.map((sent) => sent.projectRoot)).toEqual(['/p/a', '/p/c']);
  });

  it('reads a damaged entry as no batch', () => {
    const opened = openConfStore<BatchFile>(dir, 'batch').store;
    opened.set('last', { batchId: ID(4), plan: { rows: 'not rows' }, rows: [], savedAt: 'x' });
    const service = createBatchService({ upload: fakeRelease(() => false).upload, cancelJob: () => false, readProjectIdentity: identity, sinkFor: () => ({}), ledger: ledger() });
    expect(service.last()).toBeNull();
  });
});
