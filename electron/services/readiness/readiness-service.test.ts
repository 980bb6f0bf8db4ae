import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readinessBlockers } from '../../../shared/readiness';
import { useTempDir, writeMiniProgram } from '../project/test-support/project-builder';
import { readinessService } from './test-support/readiness-service';

// The whole report on e2e/fixtures/projects/review-shop (its README is the ground truth), and on a
// plain project that has none of it.
const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../e2e/fixtures/projects/review-shop');
const APPID = 'wx5555555555555555';

const service = readinessService;
const codes = (problems: ReadonlyArray<{ code: string; severity: string }>) => problems.map((p) => `${p.severity} ${p.code}`);

describe('readiness report on review-shop', () => {
  const tmp = useTempDir();

  it('finds the login wall, the privacy categories, the placeholder page, and asks both questions', async () => {
    const report = await service().run(FIXTURE);
    expect(report.appid).toBe(APPID);
    expect(report.loginWall).toEqual({ file: 'miniprogram/app.js', line: 12, reason: 'redirect', evidence: 'wx.reLaunch → pages/login/login' });
    expect(report.privacy.map((use) => use.category)).toEqual(['location', 'phoneNumber', 'album', 'clipboard']);
    expect(report.privacy.find((use) => use.category === 'phoneNumber')!.evidence).toEqual([{ file: 'miniprogram/pages/login/login.wxml', line: 4, api: 'open-type="getPhoneNumber"' }]);
    expect(report.placeholderPages).toEqual([{ page: 'pages/activity/activity', file: 'miniprogram/pages/activity/activity.wxml', reason: 'placeholder', text: '敬请期待' }]);
    // getLocation is declared in requiredPrivateInfos: nothing from the pre-upload check's rule.
    expect(report.privateInfoProblems).toEqual([]);
    expect(codes(report.problems)).toEqual([
      'error readiness.privacy-undeclared',
      'error readiness.filing',
      'warning readiness.login-wall',
      'warning readiness.page-placeholder',
      'warning readiness.ugc-unanswered',
    ]);
    expect(report.problems[0]!.params).toEqual({ count: 4, categories: 'location, phoneNumber, album, clipboard' });
    expect(report.problems[0]!.detail).toContain('wx.chooseImage  miniprogram/pages/index/index.js:');
  });

  it('clears the blockers with the answers, and warns of 网信报备 when users publish content', async () => {
    const readiness = service();
    readiness.answer({ appid: APPID, declared: ['location', 'phoneNumber', 'album'], filed: false, ugc: true });
    let report = await readiness.run(FIXTURE);
    expect(codes(readinessBlockers(report))).toEqual(['error readiness.privacy-undeclared', 'error readiness.filing']);
    expect(report.problems[0]!.params).toEqual({ count: 1, categories: 'clipboard' });
    expect(report.problems.find((p) => p.code === 'readiness.filing')!.params).toEqual({ answered: 'no' });
    expect(codes(report.problems)).toContain('warning readiness.ugc');

    readiness.answer({ appid: APPID, declared: ['location', 'phoneNumber', 'album', 'clipboard'], filed: true });
    report = await readiness.run(FIXTURE);
    expect(readinessBlockers(report)).toEqual([]);
    expect(report.answers).toEqual({ appid: APPID, ugc: true, filed: true, declared: ['location', 'phoneNumber', 'album', 'clipboard'] });
  });

  it('keeps the requiredPrivateInfos blocker of the pre-upload check as it is', async () => {
    const copy = tmp().root;
    await fs.promises.cp(FIXTURE, copy, { recursive: true });
    const appJson = path.join(copy, 'miniprogram/app.json');
    const app = JSON.parse(fs.readFileSync(appJson, 'utf8'));
    delete app.requiredPrivateInfos;
    fs.writeFileSync(appJson, JSON.stringify(app));
    const report = await service().run(copy);
    expect(report.problems[0]).toMatchObject({ code: 'precheck.private-info-undeclared', severity: 'error', file: 'miniprogram/app.json', params: { apis: 'getLocation' } });
  });
});

describe('readiness report on a plain project', () => {
  const tmp = useTempDir();

  it('finds no wall, no privacy and no placeholder; only the two questions', async () => {
    const root = await writeMiniProgram(tmp(), { pages: ['pages/index/index', 'pages/me/me'] });
    const report = await service().run(root);
    expect(report.loginWall).toBeNull();
    expect(report.privacy).toEqual([]);
    expect(report.placeholderPages).toEqual([]);
    expect(codes(report.problems)).toEqual(['error readiness.filing', 'warning readiness.ugc-unanswered']);
  });

  it('reports a folder that is not a project with the project reader\'s problems', async () => {
    const report = await service().run(tmp().root);
    expect(report.appid).toBeNull();
    expect(report.answers).toBeNull();
    expect(readinessBlockers(report).length).toBeGreaterThan(0);
  });
});
