import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PrivacyScan } from '../../../shared/precheck';
import { useTempDir } from '../project/test-support/project-builder';
import { privacyProblems } from './privacy-findings';
import { readPrivateInfoDeclarations } from './private-info-declarations';
import { scanPrivacy } from './scan-privacy';

// The privacy scan on e2e/fixtures/projects/privacy-shop (its README is the ground truth), as
// committed (no requiredPrivateInfos) and with the declarations written, plus the cases the
// fixture cannot hold at once (fuzzy location, a service provider's ext.json).
const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../e2e/fixtures/projects/privacy-shop');

async function scan(projectRoot: string): Promise<PrivacyScan> {
  const miniprogramRoot = path.join(projectRoot, 'miniprogram');
  return scanPrivacy({ projectRoot, miniprogramRoot }, await readPrivateInfoDeclarations(projectRoot, miniprogramRoot));
}

/** Every use as "category file:line api", the fixture's README table in one list. */
const places = (result: PrivacyScan) => result.uses.flatMap((use) => use.evidence.map((e) => `${use.category} ${e.file.replace('miniprogram/', '')}:${e.line} ${e.api}`));

const FIXTURE_USES = [
  'userInfo pages/index/index.wxml:2 open-type="chooseAvatar"',
  'userInfo pages/index/index.wxml:3 <input type="nickname">',
  'location pages/map/map.js:5 wx.getLocation',
  'location pages/map/map.js:9 wx.startLocationUpdate',
  'location pages/map/map.js:10 wx.onLocationChange',
  'chosenLocation pages/map/map.js:15 wx.chooseLocation',
  'chosenLocation pages/map/map.js:19 wx.choosePoi',
  'address pages/map/map.js:23 wx.chooseAddress',
  'invoice pages/order/order.js:3 wx.chooseInvoiceTitle',
  'werun pages/order/order.js:7 wx.getWeRunData',
  'phoneNumber pages/index/index.wxml:4 open-type="getPhoneNumber"',
  'licensePlate pages/order/order.js:11 wx.chooseLicensePlate',
  'album pages/media/media.js:7 wx.chooseMedia',
  'file pages/order/order.js:15 wx.chooseMessageFile',
  "microphone pages/media/media.js:1 wx.getRecorderManager",
  "microphone pages/media/media.js:24 'scope.record'",
  'microphone pages/media/media.wxml:2 <live-pusher>',
  'camera pages/media/media.js:19 wx.createCameraContext',
  'camera pages/media/media.wxml:1 <camera>',
  'camera pages/media/media.wxml:2 <live-pusher>',
  'bluetooth pages/device/device.js:3 wx.openBluetoothAdapter',
  'albumWrite pages/media/media.js:15 wx.saveImageToPhotosAlbum',
  'contacts pages/device/device.js:7 wx.addPhoneContact',
  'contacts pages/device/device.js:11 wx.chooseContact',
  'calendar pages/device/device.js:15 wx.addPhoneCalendar',
  'clipboard pages/index/index.js:17 wx.setClipboardData',
  'clipboard pages/index/index.js:21 wx.getClipboardData',
];

const LOCATION_APIS = ['getLocation', 'onLocationChange', 'startLocationUpdate', 'chooseAddress', 'choosePoi', 'chooseLocation'];

describe('privacy scan of privacy-shop', () => {
  const tmp = useTempDir();

  it('without requiredPrivateInfos: every family found with its place, and each location API undeclared', async () => {
    const result = await scan(FIXTURE);
    expect(places(result)).toEqual(FIXTURE_USES);
    // Words in comments and strings, another platform's object and another object's wx property are not uses.
    expect(places(result).filter((use) => use.includes('not-calls'))).toEqual([]);
    expect(result.declared).toEqual([]);
    expect(result.declarationFile).toBe('miniprogram/app.json');
    expect(result.undeclared.map((entry) => entry.api).sort()).toEqual([...LOCATION_APIS].sort());
    expect(result.undeclared.find((entry) => entry.api === 'getLocation')?.evidence).toEqual([{ file: 'miniprogram/pages/map/map.js', line: 5, api: 'wx.getLocation' }]);
    expect(result.conflicting).toEqual([]);

    const [undeclared, guide, ...rest] = privacyProblems(result);
    expect(rest).toEqual([]);
    expect(undeclared).toMatchObject({ code: 'precheck.private-info-undeclared', severity: 'error', file: 'miniprogram/app.json', params: { count: 6 } });
    expect(undeclared!.params!.declaration).toBe(`"requiredPrivateInfos": [${result.undeclared.map((entry) => `"${entry.api}"`).join(', ')}]`);
    expect(undeclared!.detail).toContain('wx.chooseAddress  miniprogram/pages/map/map.js:23');
    expect(guide).toMatchObject({ code: 'precheck.privacy-guide', severity: 'warning', params: { count: 17 } });
  });

  it('with requiredPrivateInfos declared: the same uses, nothing undeclared, no blocker', async () => {
    await cp(FIXTURE, tmp().root, { recursive: true });
    const appJson = tmp().path('miniprogram', 'app.json');
    const app = JSON.parse(await readFile(appJson, 'utf8')) as Record<string, unknown>;
    await writeFile(appJson, JSON.stringify({ ...app, requiredPrivateInfos: LOCATION_APIS }, null, 2));
    const result = await scan(tmp().root);
    expect(places(result)).toEqual(FIXTURE_USES);
    expect(result.declared).toEqual(LOCATION_APIS);
    expect(result.undeclared).toEqual([]);
    expect(privacyProblems(result).map((problem) => [problem.code, problem.severity])).toEqual([['precheck.privacy-guide', 'warning']]);
  });

  it('declaring part of them leaves the rest undeclared, and the line to write keeps what is there', async () => {
    await cp(FIXTURE, tmp().root, { recursive: true });
    const appJson = tmp().path('miniprogram', 'app.json');
    const app = JSON.parse(await readFile(appJson, 'utf8')) as Record<string, unknown>;
    await writeFile(appJson, JSON.stringify({ ...app, requiredPrivateInfos: ['getLocation', 'chooseAddress'] }, null, 2));
    const result = await scan(tmp().root);
    expect(result.undeclared.map((entry) => entry.api).sort()).toEqual(['chooseLocation', 'choosePoi', 'onLocationChange', 'startLocationUpdate']);
    const declaration = String(privacyProblems(result)[0]!.params!.declaration);
    expect(declaration.startsWith('"requiredPrivateInfos": ["getLocation", "chooseAddress", ')).toBe(true);
  });
});

describe('privacy scan edges', () => {
  const tmp = useTempDir();

  async function project(files: Record<string, string | object>) {
    await tmp().write('project.config.json', { appid: 'wx4444444444444444', compileType: 'miniprogram', miniprogramRoot: 'miniprogram/' });
    for (const [rel, content] of Object.entries(files)) await tmp().write(path.join('miniprogram', rel), content);
    return scan(tmp().root);
  }

  it('fuzzy location declared beside precise location is a conflict the compile would refuse', async () => {
    const result = await project({
      'app.json': { pages: ['pages/a/a'], requiredPrivateInfos: ['getFuzzyLocation', 'getLocation'] },
      'pages/a/a.js': 'Page({ onLoad() { wx.getFuzzyLocation({ type: "wgs84" }); } });\n',
    });
    expect(places(result)).toEqual(['location pages/a/a.js:1 wx.getFuzzyLocation']);
    expect(result.undeclared).toEqual([]);
    expect(result.conflicting).toEqual(['getFuzzyLocation', 'getLocation']);
    expect(privacyProblems(result)[0]).toMatchObject({ code: 'precheck.private-info-conflict', severity: 'error', params: { apis: 'getFuzzyLocation, getLocation' } });
  });

  it('getFuzzyLocation alone must be declared too', async () => {
    const result = await project({
      'app.json': { pages: ['pages/a/a'] },
      'pages/a/a.ts': 'export const where = () => uni.getFuzzyLocation({});\n',
    });
    expect(result.undeclared.map((entry) => entry.api)).toEqual(['getFuzzyLocation']);
  });

  it("a service provider's project declares in ext.json, which counts with app.json", async () => {
    const result = await project({
      'app.json': { pages: ['pages/a/a'] },
      'ext.json': { extEnable: true, extAppid: 'wx5555555555555555', requiredPrivateInfos: ['chooseLocation'] },
      'pages/a/a.js': 'wx.chooseLocation({}); wx.chooseAddress({});\n',
    });
    expect(result.declarationFile).toBe('miniprogram/ext.json');
    expect(result.declared).toEqual(['chooseLocation']);
    expect(result.undeclared.map((entry) => entry.api)).toEqual(['chooseAddress']);
  });

  it('an ext.json without extEnable declares nothing', async () => {
    const declarations = await (async () => {
      await project({ 'app.json': { pages: ['pages/a/a'] }, 'ext.json': { extEnable: false, requiredPrivateInfos: ['chooseLocation'] } });
      return readPrivateInfoDeclarations(tmp().root, tmp().path('miniprogram'));
    })();
    expect(declarations).toEqual({ declared: [], declarationFile: 'miniprogram/app.json', thirdParty: false });
  });

  it('code the upload leaves out (packOptions.ignore) is not scanned; miniprogram_npm is', async () => {
    await tmp().write('project.config.json', {
      appid: 'wx4444444444444444',
      compileType: 'miniprogram',
      miniprogramRoot: 'miniprogram/',
      packOptions: { ignore: [{ type: 'folder', value: 'mock' }] },
    });
    await tmp().write('miniprogram/app.json', { pages: ['pages/a/a'] });
    await tmp().write('miniprogram/mock/data.js', 'wx.chooseImage({});\n');
    await tmp().write('miniprogram/miniprogram_npm/map-sdk/index.js', 'module.exports = () => wx.getLocation({});\n');
    const result = await scan(tmp().root);
    expect(places(result)).toEqual(['location miniprogram_npm/map-sdk/index.js:1 wx.getLocation']);
  });
});
