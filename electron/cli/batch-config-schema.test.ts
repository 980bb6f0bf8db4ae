import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { batchConfigJsonSchema } from '../../shared/batch-config-schema';
import { BatchConfig } from '../../shared/schemas';

describe('the batch config format', () => {
  it('is documented by docs/batch-config.schema.json, as generated from the schema (npx tsx bench/write-batch-config-schema.ts)', () => {
    const committed = JSON.parse(fs.readFileSync('docs/batch-config.schema.json', 'utf8')) as unknown;
    expect(committed).toEqual(batchConfigJsonSchema());
  });

  it('takes the README example and refuses what it must', () => {
    const example = { defaults: { version: '1.4.0', desc: 'fixes' }, concurrency: 2, rows: [{ project: 'shop-a' }, { project: 'shop-b', version: '1.4.1', robot: 3 }] };
    expect(BatchConfig.safeParse(example).success).toBe(true);
    expect(BatchConfig.safeParse({ rows: [] }).success).toBe(false);
    expect(BatchConfig.safeParse({ concurrency: 5, rows: [{ project: 'a' }] }).success).toBe(false);
    expect(BatchConfig.safeParse({ rows: [{ project: 'a', robot: 31 }] }).success).toBe(false);
    expect(BatchConfig.safeParse({ rows: [{ project: 'a', appid: 'not-an-appid' }] }).success).toBe(false);
    expect(BatchConfig.safeParse({ rows: [{ project: 'a', extra: 1 }] }).success).toBe(false);
  });

  it('takes 第三方平台 rows: one project, an extAppid each, an ext only with an extAppid', () => {
    const template = { rows: [{ project: 't', extAppid: 'wxa000000000000001' }, { project: 't', extAppid: 'wxa000000000000002', ext: { shopName: 'B' } }] };
    expect(BatchConfig.safeParse(template).success).toBe(true);
    expect(BatchConfig.safeParse({ rows: [{ project: 't', extAppid: 'wxa00000000000000' }] }).success).toBe(false);
    expect(BatchConfig.safeParse({ rows: [{ project: 't', ext: { shopName: 'B' } }] }).success).toBe(false);
    expect(BatchConfig.safeParse({ rows: [{ project: 't', extAppid: 'wxa000000000000001', ext: [] }] }).success).toBe(false);
  });
});
