import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JobOutcome } from '../../../shared/jobs';
import type { ProjectCheck } from '../../../shared/model';
import type { PrivacyScan } from '../../../shared/precheck';
import { checkProject } from '../release/check-project';
import { precheckVerdict, type PrecheckParts } from './precheck-findings';
import { readPrivateInfoDeclarations } from './private-info-declarations';
import { scanPrivacy } from './scan-privacy';

// The aggregation: every part's findings in one list, blockers first, with how each part ended.
// The project parts are real (privacy-shop checked and scanned); the jobs' outcomes are as the
// jobs return them (their own tests run the real library).
const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../e2e/fixtures/projects/privacy-shop');
const MB = 1024 * 1024;

let check: ProjectCheck;
let privacy: PrivacyScan;
beforeAll(async () => {
  check = await checkProject(FIXTURE);
  const miniprogramRoot = path.join(FIXTURE, 'miniprogram');
  privacy = await scanPrivacy({ projectRoot: FIXTURE, miniprogramRoot }, await readPrivateInfoDeclarations(FIXTURE, miniprogramRoot));
});

const offline = (mainBytes: number): JobOutcome<'offline-checks'> => ({
  ok: true,
  kind: 'offline-checks',
  value: {
    sizes: { ok: true, value: { packages: [{ name: '__FULL__', bytes: mainBytes }, { name: '__APP__', bytes: mainBytes }], fileCount: 30 } },
    quality: {
      ok: true,
      value: [
        { name: 'JS_COMPRESS_OPEN', passed: true, text: '' },
        { name: 'WXML_COMPRESS_OPEN', passed: false, text: 'WXML compression is not turned on' },
        { name: 'CONTAINS_UNUSED_CODES', passed: false, text: 'No dependency files should exist', detail: 'utils/not-calls.js', count: 1 },
        { name: 'SOMETHING_NEW', passed: false, text: 'a new item' },
      ],
    },
    refusedRequests: [],
    durationMs: 1,
  },
});
const refused: JobOutcome<'connection-check'> = {
  ok: false,
  kind: 'connection-check',
  problem: { code: 'ci.invalid-ip', severity: 'error', params: { ip: '203.0.113.7' } },
};
const accepted: JobOutcome<'connection-check'> = { ok: true, kind: 'connection-check', value: { accepted: true, appid: 'wx0123456789abcdef', released: false, durationMs: 1 } };
const noTicks = { request: [], socket: [], uploadFile: [], downloadFile: [], webview: [] };

const parts = (overrides: Partial<PrecheckParts> = {}): PrecheckParts => ({
  check,
  version: '1.0.0',
  connection: refused,
  offline: offline(2.5 * MB),
  privacy,
  thirdParty: false,
  ticks: noTicks,
  ...overrides,
});

const codes = (verdict: ReturnType<typeof precheckVerdict>) => verdict.findings.map((f) => `${f.severity} ${f.code}`);

describe('the pre-upload check, put together', () => {
  it('lists every blocker and every warning at once, blockers first', () => {
    const verdict = precheckVerdict(parts());
    expect(codes(verdict)).toEqual([
      'error ci.invalid-ip',
      'error precheck.size-main-over',
      'error precheck.private-info-undeclared',
      'warning precheck.privacy-guide',
      'warning precheck.domains-unticked',
      'warning quality.wxml-not-minified',
      'warning quality.unused-files',
      'warning quality.other',
    ]);
    expect(verdict.findings.find((f) => f.code === 'precheck.domains-unticked')?.params).toMatchObject({ list: 'request合法域名', count: 1, total: 1 });
    expect(verdict.findings.find((f) => f.code === 'quality.other')?.params).toMatchObject({ name: 'SOMETHING_NEW', text: 'a new item' });
    expect(verdict.parts.map((p) => `${p.part} ${p.status}`)).toEqual([
      'project ok',
      'connection findings',
      'sizes findings',
      'privacy findings',
      'domains findings',
      'quality findings',
    ]);
    expect(verdict.sizes?.main).toEqual({ root: '', bytes: 2.5 * MB, limitBytes: 2 * MB });
  });

  it('ticked entries are not reminded of; a passing connection and sizes leave only what is left', () => {
    const verdict = precheckVerdict(parts({ connection: accepted, offline: offline(MB), ticks: { ...noTicks, request: ['https://api.privacyshop.cn'] } }));
    expect(codes(verdict).filter((code) => code.startsWith('error'))).toEqual(['error precheck.private-info-undeclared']);
    expect(codes(verdict)).not.toContain('warning precheck.domains-unticked');
    expect(verdict.parts.find((p) => p.part === 'domains')?.status).toBe('ok');
  });

  it('the version typed is judged by the release rules', () => {
    expect(codes(precheckVerdict(parts({ version: '1.0 beta' })))[0]).toBe('error ci.version-invalid');
    expect(codes(precheckVerdict(parts({ version: ' ' })))[0]).toBe('error ci.version-empty');
  });

  it('a job that did not finish is a reminder, never a blocker', () => {
    const timedOut: JobOutcome<'offline-checks'> = { ok: false, kind: 'offline-checks', problem: { code: 'ci.timeout', severity: 'error', params: { seconds: 300 } } };
    const verdict = precheckVerdict(parts({ connection: accepted, offline: timedOut }));
    expect(verdict.findings.filter((f) => f.code === 'precheck.check-incomplete')).toEqual([
      { code: 'precheck.check-incomplete', severity: 'warning', params: { part: 'sizes' }, detail: 'ci.timeout' },
    ]);
    expect(verdict.parts.filter((p) => p.status === 'failed').map((p) => p.part)).toEqual(['sizes', 'quality']);
    expect(verdict.sizes).toBeNull();
  });

  it('a compile that fails blocks, as the upload would fail the same way', () => {
    const failed: JobOutcome<'offline-checks'> = {
      ok: true,
      kind: 'offline-checks',
      value: { sizes: { ok: false, problem: { code: 'ci.compile-failed', severity: 'error', file: 'pages/a/a.js', line: 3 } }, quality: null, refusedRequests: [], durationMs: 1 },
    };
    const verdict = precheckVerdict(parts({ connection: accepted, offline: failed }));
    expect(codes(verdict)).toContain('error ci.compile-failed');
  });

  it("the project step's estimated sizes give way to the exact ones", () => {
    const estimate = { code: 'project.size-main-over' as const, severity: 'warning' as const, params: { size: '2.1 MB', limit: '2.0 MB', root: '' } };
    const withEstimate = { ...check, problems: [...check.problems, estimate] };
    expect(codes(precheckVerdict(parts({ check: withEstimate, offline: offline(MB) })))).not.toContain('warning project.size-main-over');
    const unmeasured = precheckVerdict(parts({ check: withEstimate, offline: null }));
    expect(codes(unmeasured)).toContain('warning project.size-main-over');
  });

  it('a project that could not be read skips what needs it', () => {
    const unread: ProjectCheck = { droppedPath: '/nowhere', summary: null, problems: [{ code: 'project.path-missing', severity: 'error' }], candidates: [], domains: null };
    const verdict = precheckVerdict({ check: unread, version: '1.0.0', connection: null, offline: null, privacy: null, thirdParty: false, ticks: null });
    expect(codes(verdict)).toEqual(['error project.path-missing']);
    expect(verdict.parts.map((p) => `${p.part} ${p.status} ${p.skippedBecause ?? ''}`.trim())).toEqual([
      'project failed',
      'connection skipped no-project',
      'sizes skipped no-project',
      'privacy skipped no-project',
      'domains skipped no-project',
      'quality skipped no-project',
    ]);
  });
});
