import fs from 'node:fs/promises';
import path from 'node:path';
import type { BatchConfig } from '../../shared/batch';
import type { Problem } from '../../shared/model';
import { BatchConfig as BatchConfigSchema } from '../../shared/schemas';

/**
 * Reads `mp-release batch`'s config file (format: docs/batch-config.schema.json): JSON, checked
 * with the same schema, project folders made absolute against the file's own folder.
 */
export async function readBatchConfigFile(file: string): Promise<{ ok: true; config: BatchConfig } | { ok: false; problem: Problem }> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, problem: { code: 'batch.config-unreadable', severity: 'error', params: { file }, detail: error instanceof Error ? error.message : String(error) } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { code: 'batch.config-invalid', severity: 'error', params: { file, where: 'JSON' }, detail: error instanceof Error ? error.message : String(error) } };
  }
  const parsed = BatchConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    return { ok: false, problem: { code: 'batch.config-invalid', severity: 'error', params: { file, where }, detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n') } };
  }
  const base = path.dirname(path.resolve(file));
  const config = parsed.data;
  return { ok: true, config: { ...config, rows: config.rows.map((row) => ({ ...row, project: path.resolve(base, row.project) })) } };
}
