import { describe, expect, it } from 'vitest';
import { UNKNOWN_FIRST_RELEASE } from '../../../shared/first-release';
import type { ReleaseRecord } from '../../../shared/history';
import type { StoredKeyInfo } from '../../../shared/keys';
import type { WhitelistTicks } from '../../../shared/model';
import { NO_ANSWERS } from '../../../shared/readiness';
import type { ReviewBook, ReviewEvent } from '../../../shared/review';
import { assembleFleetRow, type FleetSources } from './fleet-rows';

// The row of the fleet board from the stores' contents: each version state, the clocks, the key's
// age, the domain lists against the ticks, 备案 and the privacy guide as recorded.

const APPID = 'wx0123456789abcdef';
const ROOT = '/projects/shop';
const NOW = new Date('2026-12-01T10:00:00');
const NO_TICKS: WhitelistTicks = { request: [], socket: [], uploadFile: [], downloadFile: [], webview: [] };

function upload(version: string, startedAt: string, robot = 1, ok = true): ReleaseRecord {
  return {
    id: `${version}-${startedAt}`,
    appid: APPID,
    projectRoot: ROOT,
    kind: 'upload',
    version,
    desc: null,
    robot,
    operator: '',
    startedAt,
    durationMs: 1000,
    outcome: ok ? { ok: true, sizes: [] } : { ok: false, code: 'ci.invalid-ip', params: { ip: '203.0.113.7' } },
    trialVersion: false,
  };
}

const event = (state: ReviewEvent['state'], at: string, extra: Partial<ReviewEvent> = {}): ReviewEvent => ({ state, at, recordedAt: `${at}T09:00:00.000Z`, ...extra });

function book(versions: Array<[string, ReviewEvent[]]> = []): ReviewBook {
  return { appid: APPID, versions: versions.map(([version, events]) => ({ appid: APPID, version, events })), urgentQuota: 3, releasedBefore: false };
}

function sources(patch: Partial<FleetSources> = {}): FleetSources {
  return {
    project: { projectRoot: ROOT, appid: APPID, projectName: 'shop', openedAt: '2026-11-30T08:00:00.000Z' },
    history: [],
    reviews: book(),
    trialRobot: null,
    key: null,
    check: null,
    domains: null,
    ticks: NO_TICKS,
    answers: NO_ANSWERS(APPID),
    firstRelease: { ...UNKNOWN_FIRST_RELEASE },
    ...patch,
  };
}

describe('a fleet row', () => {
  it('says nothing is known of a project only opened: no version, no key, never checked, lists not recorded', () => {
    const row = assembleFleetRow(sources(), NOW);
    expect(row).toMatchObject({ appid: APPID, projectName: 'shop', version: null, key: null, check: null, domains: null, filed: null, privacy: { guideDone: false, declared: 0 }, clocks: [] });
  });

  it('takes the newest successful upload, not a failed or a preview one, as uploaded', () => {
    const failed = upload('1.2.0', '2026-11-30T12:00:00.000Z', 1, false);
    const preview: ReleaseRecord = { ...upload('x', '2026-11-30T13:00:00.000Z'), kind: 'preview', version: null };
    const row = assembleFleetRow(sources({ history: [upload('1.0.0', '2026-11-28T12:00:00.000Z'), upload('1.1.0', '2026-11-29T12:00:00.000Z'), failed, preview] }), NOW);
    expect(row.version).toEqual({ version: '1.1.0', state: 'uploaded', at: '2026-11-29T12:00:00.000Z' });
  });

  it('calls the newest upload of the robot recorded as the 体验版 the 体验版', () => {
    const history = [upload('1.0.0', '2026-11-28T12:00:00.000Z', 2), upload('1.1.0', '2026-11-29T12:00:00.000Z', 2)];
    expect(assembleFleetRow(sources({ history, trialRobot: 2 }), NOW).version).toMatchObject({ version: '1.1.0', state: 'trial' });
    expect(assembleFleetRow(sources({ history, trialRobot: 3 }), NOW).version).toMatchObject({ version: '1.1.0', state: 'uploaded' });
  });

  it('gives the uploaded version its review state: in review with its days, rejected, released', () => {
    const history = [upload('1.1.0', '2026-11-20T12:00:00.000Z')];
    const inReview = assembleFleetRow(sources({ history, reviews: book([['1.1.0', [event('submitted', '2026-11-21')]]]) }), NOW);
    expect(inReview.version).toEqual({ version: '1.1.0', state: 'submitted', at: '2026-11-21' });
    expect(inReview.clocks).toEqual([{ kind: 'review', version: '1.1.0', days: 10, since: '2026-11-21', pastUsual: true }]);

    const rejected = assembleFleetRow(sources({ history, reviews: book([['1.1.0', [event('submitted', '2026-11-21'), event('rejected', '2026-11-23', { reason: '类目不符' })]]]) }), NOW);
    expect(rejected.version).toMatchObject({ state: 'rejected', at: '2026-11-23' });
    expect(rejected.clocks).toEqual([]);

    const released = assembleFleetRow(sources({ history, reviews: book([['1.1.0', [event('submitted', '2026-11-21'), event('approved', '2026-11-22'), event('released', '2026-11-23', { mode: 'full' })]]]) }), NOW);
    expect(released.version).toMatchObject({ state: 'released', at: '2026-11-23' });
  });

  it('takes a version whose review was recorded after the last upload (an upload made elsewhere), and a later upload over an older review', () => {
    const history = [upload('1.0.0', '2026-11-10T12:00:00.000Z')];
    const reviews = book([['1.0.0', [event('submitted', '2026-11-11'), event('approved', '2026-11-12'), event('released', '2026-11-12', { mode: 'full' })]], ['2.0.0', [event('submitted', '2026-11-29')]]]);
    expect(assembleFleetRow(sources({ history, reviews }), NOW).version).toEqual({ version: '2.0.0', state: 'submitted', at: '2026-11-29' });
    const later = [...history, upload('2.1.0', '2026-11-30T08:00:00.000Z')];
    expect(assembleFleetRow(sources({ history: later, reviews }), NOW).version).toMatchObject({ version: '2.1.0', state: 'uploaded' });
  });

  it('runs the phased release clock (day N of 15) before the days of another version in review, and stops it after day 15', () => {
    const reviews: ReviewBook = {
      ...book([
        ['1.0.0', [event('submitted', '2026-11-20'), event('approved', '2026-11-21'), event('released', '2026-11-25', { mode: 'phased' })]],
        ['1.1.0', [event('submitted', '2026-11-30')]],
      ]),
      releasedBefore: true,
    };
    const row = assembleFleetRow(sources({ reviews }), NOW);
    expect(row.clocks).toEqual([
      { kind: 'phase', version: '1.0.0', day: 7, autoFullOn: '2026-12-09' },
      { kind: 'review', version: '1.1.0', days: 1, since: '2026-11-30', pastUsual: false },
    ]);
    expect(assembleFleetRow(sources({ reviews }), new Date('2026-12-10T10:00:00')).clocks.map((clock) => clock.kind)).toEqual(['review']);
  });

  it('gives the stored key its fingerprint and age in whole days', () => {
    const key: StoredKeyInfo = { appid: APPID, fingerprint: 'ab:cd:ef', bits: 2048, importedAt: '2026-11-01T09:00:00.000Z', lastUsedAt: null, backend: 'keychain', sessionOnly: false };
    expect(assembleFleetRow(sources({ key }), new Date('2026-12-01T10:00:00.000Z')).key).toEqual({ fingerprint: 'ab:cd:ef', importedAt: key.importedAt, ageDays: 30, sessionOnly: false });
  });

  it('counts the domain entries not ticked across the lists, and none open once all are ticked', () => {
    const domains = { at: '2026-11-30T08:00:00.000Z', lists: { request: ['https://api.example.com', 'https://b.example.com'], socket: ['wss://ws.example.com'], uploadFile: [], downloadFile: [], webview: [] } };
    expect(assembleFleetRow(sources({ domains, ticks: { ...NO_TICKS, request: ['https://api.example.com'] } }), NOW).domains).toEqual({ at: domains.at, total: 3, open: 2 });
    const all = { ...NO_TICKS, request: ['https://api.example.com', 'https://b.example.com'], socket: ['wss://ws.example.com'] };
    expect(assembleFleetRow(sources({ domains, ticks: all }), NOW).domains).toMatchObject({ total: 3, open: 0 });
  });

  it('takes 备案 from the answers or the first-release checklist, and the privacy guide as recorded', () => {
    expect(assembleFleetRow(sources({ answers: { ...NO_ANSWERS(APPID), filed: false } }), NOW).filed).toBe(false);
    const ticked = { ...UNKNOWN_FIRST_RELEASE, done: ['beian' as const, 'privacy' as const] };
    const row = assembleFleetRow(sources({ answers: { ...NO_ANSWERS(APPID), filed: false, declared: ['location', 'album'] }, firstRelease: ticked }), NOW);
    expect(row.filed).toBe(true);
    expect(row.privacy).toEqual({ guideDone: true, declared: 2 });
  });

  it('passes the last connection check on as recorded', () => {
    const check = { at: '2026-11-30T08:00:00.000Z', ok: false, code: 'ci.invalid-ip', ip: '203.0.113.7' };
    expect(assembleFleetRow(sources({ check }), NOW).check).toEqual(check);
  });
});
