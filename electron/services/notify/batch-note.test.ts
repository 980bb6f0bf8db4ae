import { describe, expect, it } from 'vitest';
import type { BatchRowStatus, BatchSummary } from '../../../shared/batch';
import { summarise } from '../../../shared/batch';
import { batchNote } from './batch-note';

// The batch's one desktop note: all succeeded, or how many did not, naming them with their reason.
function row(index: number, state: BatchRowStatus['state'], extra: Partial<BatchRowStatus> = {}): BatchRowStatus {
  return { index, project: `/work/shop-${index + 1}`, appid: `wx${String(index + 1).repeat(16)}`, version: '1.0.0', jobId: `job-${index}`, state, attempts: 1, ...extra };
}
const summary = (rows: BatchRowStatus[]): BatchSummary => summarise('b1', rows);

describe('batchNote', () => {
  it('says all succeeded, with no lines', () => {
    expect(batchNote(summary([row(0, 'ok'), row(1, 'ok')]), 'zh-CN')).toEqual({ title: '✅ 批量发布完成：2 个项目全部上传成功', body: '', ok: true });
    expect(batchNote(summary([row(0, 'ok')]), 'en').title).toBe('✅ Batch release done: all 1 project uploaded');
  });

  it('names each row that did not succeed with its reason, and counts the rest beyond three', () => {
    const invalidIp = { code: 'ci.invalid-ip' as const, severity: 'error' as const, params: { ip: '203.0.113.7' } };
    const rows = [row(0, 'ok'), row(1, 'failed', { problem: invalidIp }), row(2, 'failed', { problem: { code: 'ci.cancelled', severity: 'error' } }), row(3, 'failed', { problem: invalidIp }), row(4, 'failed', { problem: invalidIp })];
    const note = batchNote(summary(rows), 'zh-CN');
    expect(note.ok).toBe(false);
    expect(note.title).toBe('❌ 批量发布结束：5 个项目中 4 个没有成功');
    const lines = note.body.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^shop-2 \(wx2{16}\)：.*203\.0\.113\.7/);
    expect(lines[1]).toMatch(/^shop-3 \(wx3{16}\)：/);
    expect(lines[3]).toBe('还有 1 个，详情见「批量发布」页。');
    expect(note.body).not.toContain('shop-1');
  });

  it('names a template\'s row by its merchant, the rows sharing one project and appid', () => {
    const notAuth = { code: 'ci.ext-appid-not-auth' as const, severity: 'error' as const };
    const template = { project: '/work/template', appid: 'wx5e1f000000000001' };
    const rows = [row(0, 'ok', { ...template, extAppid: 'wxa000000000000001' }), row(1, 'failed', { ...template, extAppid: 'wxa0000000000000ff', problem: notAuth })];
    expect(batchNote(summary(rows), 'zh-CN').body).toMatch(/^template \(wxa0000000000000ff\)：微信拒绝了这次上传/);
  });
});

