import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReleaseRecord } from '../../../shared/history';
import { NO_FILTER } from '../../../shared/history-view';
import { reviewLookup } from '../../../shared/review';
import { createFileSaver, type PickSavePath } from './file-saver';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'file-saver-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a464946', 'hex');
const dataUrl = (bytes: Buffer, type = 'image/jpeg') => `data:${type};base64,${bytes.toString('base64')}`;
const at = new Date(2026, 10, 30, 18, 5);

/** A save dialog that answers `file` (in the test folder) and remembers what it proposed. */
function dialog(file: string | null) {
  return vi.fn<PickSavePath>(async () => (file === null ? null : path.join(dir, file)));
}

const record = (id: string, extra: Partial<ReleaseRecord>): ReleaseRecord => ({
  id, appid: 'wx0123456789abcdef', projectRoot: '/p/shop', kind: 'upload', version: '1.0.0', desc: null, robot: 1, operator: '',
  startedAt: '2026-11-30T10:00:00.000Z', durationMs: 4000, outcome: { ok: true, sizes: [] }, trialVersion: false, ...extra,
});

describe('saving a QR image', () => {
  it('writes the decoded bytes where the operator chose, named by kind, appid and time, with the extension of the bytes', async () => {
    const pick = dialog('chosen.png');
    const saver = createFileSaver({ pickSavePath: pick, lang: () => 'zh-CN', now: () => at });
    expect(await saver.saveQr({ kind: 'preview', appid: 'wx0123456789abcdef', image: dataUrl(PNG) })).toEqual({ saved: true, file: path.join(dir, 'chosen.png') });
    expect(fs.readFileSync(path.join(dir, 'chosen.png'))).toEqual(PNG);
    expect(pick).toHaveBeenCalledWith({ suggestedName: 'preview-qr-wx0123456789abcdef-20261130-1805.png', kind: 'image' });

    await saver.saveQr({ kind: 'trial', appid: 'wx0123456789abcdef', image: dataUrl(JPEG) });
    expect(pick).toHaveBeenLastCalledWith({ suggestedName: 'trial-qr-wx0123456789abcdef-20261130-1805.jpg', kind: 'image' });
  });

  it('refuses what is not an image before asking where, and writes nothing', async () => {
    const pick = dialog('page.png');
    const saver = createFileSaver({ pickSavePath: pick, lang: () => 'zh-CN' });
    const html = dataUrl(Buffer.from('<!DOCTYPE html><html>'));
    expect(await saver.saveQr({ kind: 'preview', appid: 'wx0123456789abcdef', image: html })).toMatchObject({ saved: false, problem: { code: 'preview.qr-not-image' } });
    expect(await saver.saveQr({ kind: 'preview', appid: 'wx0123456789abcdef', image: 'https://example.com/qr.png' })).toMatchObject({ saved: false, problem: { code: 'preview.qr-not-image' } });
    expect(pick).not.toHaveBeenCalled();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('writes nothing when the operator closes the dialog, and names the path it could not write', async () => {
    const closed = createFileSaver({ pickSavePath: dialog(null), lang: () => 'zh-CN' });
    expect(await closed.saveQr({ kind: 'trial', appid: 'wx0123456789abcdef', image: dataUrl(PNG) })).toEqual({ saved: false, problem: null });
    const nowhere = createFileSaver({ pickSavePath: dialog('no/such/folder/qr.png'), lang: () => 'zh-CN' });
    expect(await nowhere.saveQr({ kind: 'trial', appid: 'wx0123456789abcdef', image: dataUrl(PNG) })).toEqual({
      saved: false,
      problem: { code: 'file.save-failed', severity: 'error', params: { path: path.join(dir, 'no/such/folder/qr.png') }, detail: 'ENOENT' },
    });
  });
});

describe('saving the hand-off card', () => {
  it('writes a PNG named by appid, version and time, and refuses anything else before asking where', async () => {
    const pick = dialog('card.png');
    const saver = createFileSaver({ pickSavePath: pick, lang: () => 'zh-CN', now: () => at });
    expect(await saver.saveHandoffCard({ appid: 'wx0123456789abcdef', version: '1.2.0', image: dataUrl(JPEG) })).toEqual({ saved: false, problem: { code: 'handoff.not-png', severity: 'error' } });
    expect(pick).not.toHaveBeenCalled();
    expect(await saver.saveHandoffCard({ appid: 'wx0123456789abcdef', version: '1.2.0 beta/2', image: dataUrl(PNG, 'image/png') })).toEqual({ saved: true, file: path.join(dir, 'card.png') });
    expect(pick).toHaveBeenCalledWith({ suggestedName: 'handoff-wx0123456789abcdef-1.2.0-beta-2-20261130-1805.png', kind: 'image' });
    expect(fs.readFileSync(path.join(dir, 'card.png'))).toEqual(PNG);
  });
});

describe('exporting the history as CSV', () => {
  const records = [
    record('a', { version: '1.0.0', desc: '首发，含"购物车"', robot: 3, trialVersion: true, outcome: { ok: true, sizes: [{ name: '__FULL__', bytes: 3000 }, { name: '__APP__', bytes: 2000 }, { name: 'packageA/', bytes: 1000 }] } }),
    record('b', { kind: 'preview', version: null }),
    record('c', { version: '1.0.1', outcome: { ok: false, code: 'ci.invalid-ip', params: { ip: '203.0.113.7' } } }),
  ];

  it('writes the filtered records in the operator\'s language, UTF-8 with a BOM, named after the project folder', async () => {
    const pick = dialog('history.csv');
    const saver = createFileSaver({ pickSavePath: pick, lang: () => 'zh-CN', now: () => at });
    expect(await saver.saveHistoryCsv(records, '/work/我的 商城', { ...NO_FILTER, kind: 'upload' })).toEqual({ saved: true, file: path.join(dir, 'history.csv') });
    expect(pick).toHaveBeenCalledWith({ suggestedName: 'history-我的-商城-20261130-1805.csv', kind: 'csv' });
    const bytes = fs.readFileSync(path.join(dir, 'history.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^时间,类型,结果,版本号,备注,/);
    expect(lines).toHaveLength(4); // header, two uploads, the empty end
    expect(lines[1]).toContain(',上传,成功,1.0.0,"首发，含""购物车""",3,,4,2000,3000,packageA/=1000,体验版,,');
    expect(lines[2]).toContain(',上传,失败,1.0.1,,1,,4,,,,,ci.invalid-ip,这台电脑的公网 IP（203.0.113.7）不在「代码上传 IP 白名单」里');
  });

  it('speaks English when the app does', async () => {
    const saver = createFileSaver({ pickSavePath: dialog('h.csv'), lang: () => 'en' });
    await saver.saveHistoryCsv(records, '/p/shop', { ...NO_FILTER, result: 'failed' });
    const text = fs.readFileSync(path.join(dir, 'h.csv'), 'utf8');
    expect(text.slice(1).split('\r\n')[0]).toBe('Time,Kind,Result,Version,Notes,Robot,Operator,Duration (seconds),Main package (bytes),Total (bytes),Subpackages (bytes),Trial version,Problem code,Problem,Review,Submitted,Review outcome,Released');
    expect(text).toContain(',Upload,Failed,1.0.1,');
  });

  it('filters on the review state and writes it, joined by appid and version', async () => {
    const saver = createFileSaver({ pickSavePath: dialog('r.csv'), lang: () => 'en' });
    const reviews = reviewLookup([{ appid: records[0]!.appid, version: '1.0.0', events: [{ state: 'submitted', at: '2026-12-01', recordedAt: 'a' }, { state: 'approved', at: '2026-12-02', recordedAt: 'b' }] }]);
    await saver.saveHistoryCsv(records, '/p/shop', { ...NO_FILTER, review: 'approved' }, reviews);
    const lines = fs.readFileSync(path.join(dir, 'r.csv'), 'utf8').slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/,1\.0\.0,.*,Approved,2026-12-01,2026-12-02,$/);
  });
});
