import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UNKNOWN_FIRST_RELEASE } from '../../../shared/first-release';
import type { ReleaseRecord } from '../../../shared/history';
import type { JobOutcome } from '../../../shared/jobs';
import type { ProjectCheck, RecentProject } from '../../../shared/model';
import { NO_ANSWERS } from '../../../shared/readiness';
import { HistoryRepository, type HistoryFile } from '../history/history-repository';
import type { ReleaseService } from '../release/release-service';
import { openConfStore } from '../settings/conf-store';
import { FleetRecords, type FleetFile } from './fleet-records';
import { createFleetService } from './fleet-service';
import { recordChecks, recordDomainLists } from './record-fleet-facts';

// The fleet's own records on real store files (reopened as after a restart), the hooks that fill
// them, and the service's 「移除」 with and without the history.

const A = { projectRoot: '/projects/a', appid: 'wx0000000000000001', projectName: 'a', openedAt: '2026-11-30T08:00:00.000Z' };
const B = { projectRoot: '/projects/b', appid: 'wx0000000000000002', projectName: 'b', openedAt: '2026-11-29T08:00:00.000Z' };
const NOW = new Date('2026-12-01T08:00:00.000Z');
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleet-test-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const records = () => new FleetRecords(openConfStore<FleetFile>(dir, 'fleet').store, () => NOW);
const history = () => new HistoryRepository(openConfStore<HistoryFile>(dir, 'history').store);

function uploadOf(project: RecentProject): ReleaseRecord {
  return { id: project.appid, appid: project.appid, projectRoot: project.projectRoot, kind: 'upload', version: '1.0.0', desc: null, robot: 1, operator: '', startedAt: '2026-11-30T09:00:00.000Z', durationMs: 1, outcome: { ok: true, sizes: [] }, trialVersion: false };
}

function service(recent: RecentProject[]) {
  const kept = [...recent];
  const repo = history();
  return createFleetService({
    recent: () => kept,
    forget: (root) => {
      kept.splice(kept.findIndex((p) => p.projectRoot === root), 1);
      return kept;
    },
    history: () => repo.all(),
    removeHistory: (root) => repo.removeProject(root),
    reviews: (appid) => ({ appid, versions: [], urgentQuota: 3, releasedBefore: false }),
    trialRobot: () => null,
    keys: () => [],
    ticks: () => ({ request: [], socket: [], uploadFile: [], downloadFile: [], webview: [] }),
    answers: NO_ANSWERS,
    firstRelease: () => ({ ...UNKNOWN_FIRST_RELEASE }),
    records: records(),
    now: () => NOW,
  });
}

describe('the fleet records', () => {
  it('keep how the last connection check of each project ended, with the IP WeChat refused', async () => {
    const refused: JobOutcome<'connection-check'> = { ok: false, kind: 'connection-check', problem: { code: 'ci.invalid-ip', severity: 'error', params: { ip: '203.0.113.7' } } };
    const passed: JobOutcome<'connection-check'> = { ok: true, kind: 'connection-check', value: { accepted: true, appid: A.appid, released: null, durationMs: 5 } };
    const answers = [refused, passed];
    const stub: Pick<ReleaseService, 'checkConnection'> = { checkConnection: async () => answers.shift()! };
    const release = recordChecks(stub, records());
    await release.checkConnection({ projectRoot: A.projectRoot });
    expect(records().check(A.projectRoot)).toEqual({ at: NOW.toISOString(), ok: false, code: 'ci.invalid-ip', ip: '203.0.113.7' });
    await release.checkConnection({ projectRoot: A.projectRoot });
    expect(records().check(A.projectRoot)).toEqual({ at: NOW.toISOString(), ok: true, code: null, ip: null });
    expect(records().check(B.projectRoot)).toBeNull();
  });

  it('keep the domain copy lists of every project opened, and nothing of a folder that is no project', async () => {
    const host = (origin: string) => ({ origin, inCopyList: true });
    const byType = { request: [host('https://api.example.com'), { ...host('https://img.example.com'), inCopyList: false }], socket: [], uploadFile: [], downloadFile: [], webview: [] };
    const opened = { summary: { projectRoot: A.projectRoot }, domains: { byType } } as unknown as ProjectCheck;
    const projects = recordDomainLists({ open: async (p: string) => (p === A.projectRoot ? opened : ({ summary: null, domains: null } as unknown as ProjectCheck)) }, records());
    await projects.open(A.projectRoot);
    await projects.open('/not/a/project');
    expect(records().domainLists(A.projectRoot)).toEqual({ at: NOW.toISOString(), lists: { request: ['https://api.example.com'], socket: [], uploadFile: [], downloadFile: [], webview: [] } });
    expect(records().domainLists('/not/a/project')).toBeNull();
  });

  it('read a damaged entry as not recorded', () => {
    const store = openConfStore<FleetFile>(dir, 'fleet').store;
    store.set('checks', { [A.projectRoot]: { at: 3 } });
    expect(records().check(A.projectRoot)).toBeNull();
  });
});

describe('the fleet service', () => {
  it('lists one row per known project, in the recent order', () => {
    expect(service([A, B]).list().map((row) => row.projectRoot)).toEqual([A.projectRoot, B.projectRoot]);
  });

  it('removes a project keeping its history, or deleting it (and only its own)', () => {
    const repo = history();
    repo.record(uploadOf(A));
    repo.record(uploadOf(B));
    records().recordCheck(A.projectRoot, { ok: true, kind: 'connection-check', value: { accepted: true, appid: A.appid, released: null, durationMs: 5 } });

    const fleet = service([A, B]);
    expect(fleet.list()[0]!.version).toMatchObject({ version: '1.0.0', state: 'uploaded' });
    expect(fleet.remove({ projectRoot: A.projectRoot, deleteHistory: false }).map((row) => row.appid)).toEqual([B.appid]);
    expect(history().forProject(A.projectRoot)).toHaveLength(1);
    expect(records().check(A.projectRoot)).toBeNull();

    expect(fleet.remove({ projectRoot: B.projectRoot, deleteHistory: true })).toEqual([]);
    expect(history().forProject(B.projectRoot)).toEqual([]);
    expect(history().forProject(A.projectRoot)).toHaveLength(1);
  });
});
