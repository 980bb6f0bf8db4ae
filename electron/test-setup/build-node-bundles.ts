import { execFileSync } from 'node:child_process';

// Job-runner tests fork the real, bundled job worker and the CLI tests spawn the bundled CLI;
// bundle the Node side once before any test runs, so no test runs yesterday's build.
export default function buildNodeBundles(): void {
  execFileSync(process.execPath, ['scripts/build-node.mjs'], { stdio: 'inherit' });
}
