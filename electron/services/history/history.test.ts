import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobOutcome } from '../../../shared/jobs';
import type { ProjectCheck } from '../../../shared/model';
import type { ReleaseService } from '../release/release-service';
import { openConfStore } from '../settings/conf-store';
import { HistoryRepository, type HistoryFile } from './history-repository';
import { recordReleases } from './record-releases';
import { TrialLedger, type TrialFile } from './trial-ledger';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'history-test-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const openHistory = () => new HistoryRepository(openConfStore<HistoryFile>(dir, 'history').store);
const check = { summary: { appid: 'wx0123456789abcdef', projectRoot: '/p/shop' } } as unknown as ProjectCheck;
const sizes = [{ name: '__FULL__', bytes: 4096 }];

/** A release service that plays one outcome: `started` says whether the job got past the rules. */
function playing(outcome: JobOutcome<'upload'>, started: boolean): ReleaseService {
  const upload: ReleaseService['upload'] = async (_request, sink = {}) => {
    sink.onCheck?.(check);
    if (started) sink.onStarted?.();
    return outcome;
  };
  return { upload } as unknown as ReleaseService;
}

describe('the history', () => {
  it('keeps every started upload with its inputs, operator, sizes and 体验版 mark, across reopening', async () => {
    const trial = new TrialLedger(openConfStore<TrialFile>(dir, 'trial').store);
    trial.set('wx0123456789abcdef', 3);
    const times = [new Date('2026-11-30T10:00:00Z'), new Date('2026-11-30T10:00:04Z')];
    const release = recordReleases(playing({ ok: true, kind: 'upload', value: { sizes, pluginInfo: [], durationMs: 4000 } }, true), {
      record: (entry) => openHistory().record(entry),
      trialRobot: (appid) => trial.robotOf(appid),
      operator: () => '小王',
      now: () => times.shift() ?? new Date('2026-11-30T10:00:04Z'),
    });
    await release.upload({ projectRoot: '/p', version: ' 1.2.3 ', desc: '修复购物车', robot: 3 }, { jobId: 'job-1' });
    expect(openHistory().forProject('/p/shop')).toEqual([
      {
        id: 'job-1',
        appid: 'wx0123456789abcdef',
        projectRoot: '/p/shop',
        kind: 'upload',
        version: '1.2.3',
        desc: '修复购物车',
        robot: 3,
        operator: '小王',
        startedAt: '2026-11-30T10:00:00.000Z',
        durationMs: 4000,
        outcome: { ok: true, sizes },
        trialVersion: true,
      },
    ]);
  });

  it('keeps the merchant of a 第三方平台 upload, which is never the development appid\'s 体验版', async () => {
    const deps = { record: (entry: Parameters<HistoryRepository['record']>[0]) => openHistory().record(entry), trialRobot: () => 1, operator: () => '' };
    const ok: JobOutcome<'upload'> = { ok: true, kind: 'upload', value: { sizes, pluginInfo: [], durationMs: 1 } };
    await recordReleases(playing(ok, true), deps).upload({ projectRoot: '/p', version: '1.0.0', robot: 1, ext: { extAppid: 'wxa000000000000002' } });
    expect(openHistory().all().map((r) => [r.appid, r.extAppid, r.trialVersion])).toEqual([['wx0123456789abcdef', 'wxa000000000000002', false]]);
  });

  it('keeps a failed job with its problem code and the values its words name, and nothing of a refusal that never reached WeChat', async () => {
    const deps = { record: (entry: Parameters<HistoryRepository['record']>[0]) => openHistory().record(entry), trialRobot: () => null, operator: () => '' };
    const failed: JobOutcome<'upload'> = { ok: false, kind: 'upload', problem: { code: 'ci.invalid-ip', severity: 'error', params: { ip: '203.0.113.7' } } };
    await recordReleases(playing(failed, true), deps).upload({ projectRoot: '/p', version: '1.0.0', robot: 2 });
    const refused: JobOutcome<'upload'> = { ok: false, kind: 'upload', problem: { code: 'ci.version-empty', severity: 'error' } };
    await recordReleases(playing(refused, false), deps).upload({ projectRoot: '/p', version: '' });
    expect(openHistory().all().map((r) => [r.outcome, r.trialVersion])).toEqual([[{ ok: false, code: 'ci.invalid-ip', params: { ip: '203.0.113.7' } }, false]]);
  });

  it('reads past a damaged record instead of losing the others', () => {
    const store = openConfStore<HistoryFile>(dir, 'history').store;
    const history = new HistoryRepository(store);
    store.set('records', [{ id: 'broken' }]);
    history.record({ id: 'ok', appid: 'wx0123456789abcdef', projectRoot: '/p', kind: 'preview', version: null, desc: null, robot: 1, operator: '', startedAt: 'x', durationMs: 1, outcome: { ok: true, sizes: [] }, trialVersion: false });
    expect(history.all().map((r) => r.id)).toEqual(['ok']);
  });
});
