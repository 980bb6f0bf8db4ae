import { z } from 'zod';
import { BatchConfig } from './schemas';

/** docs/batch-config.schema.json, generated from the zod schema both the CLI and the app check with (zod 4's toJSONSchema). */
export function batchConfigJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(BatchConfig, { target: 'draft-2020-12' }),
    $id: 'https://mp-release.local/batch-config.schema.json',
    title: 'mp-release batch config',
    description: 'The file `mp-release batch <config.json>` reads: rows of projects uploaded a few at a time, each with its own version, notes and robot or the defaults.',
  };
}
