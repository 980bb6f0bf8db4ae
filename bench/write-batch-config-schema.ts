import fs from 'node:fs';
import { batchConfigJsonSchema } from '../shared/batch-config-schema';

// `npx tsx bench/write-batch-config-schema.ts`: rewrites docs/batch-config.schema.json from the zod
// schema; electron/cli/batch-config-schema.test.ts fails while the file is out of date.
fs.mkdirSync('docs', { recursive: true });
fs.writeFileSync('docs/batch-config.schema.json', `${JSON.stringify(batchConfigJsonSchema(), null, 2)}\n`);
