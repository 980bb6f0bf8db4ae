#!/usr/bin/env node
// The `mp-release` command: the release desk's services without a window.
// dist/ is built by `npm install` (the prepare script) or `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../dist/cli/mp-release.mjs', import.meta.url));
if (!existsSync(entry)) {
  console.error('mp-release 尚未构建：请先运行 npm run build。 (Not built yet: run `npm run build` first.)');
  process.exit(2);
}
await import(entry);
